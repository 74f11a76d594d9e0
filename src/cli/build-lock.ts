import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Serialises builds of one checkout: Astro keeps generated modules in the project's `.astro/`,
 * so two builds of different content folders at once would read each other's files. Waits for a
 * running build; takes over a lock left by a process that no longer exists.
 */
export async function acquireBuildLock(projectRoot: string): Promise<() => void> {
  const dir = join(projectRoot, 'node_modules', '.cache', 'evidence-site-build.lock');
  mkdirSync(join(dir, '..'), { recursive: true });
  let announced = false;
  for (;;) {
    try {
      mkdirSync(dir);
      writeFileSync(join(dir, 'pid'), String(process.pid));
      return () => rmSync(dir, { recursive: true, force: true });
    } catch {
      const owner = Number(readPid(dir));
      if (!owner || !isAlive(owner)) {
        rmSync(dir, { recursive: true, force: true });
        continue;
      }
      if (!announced) {
        console.log(`Waiting for another build of this project (process ${owner}) to finish…`);
        announced = true;
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}

function readPid(dir: string): string {
  try {
    return readFileSync(join(dir, 'pid'), 'utf8');
  } catch {
    return '';
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
