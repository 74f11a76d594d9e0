import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { fixtureSiteRoot, projectRoot, withoutTestRunnerVariables } from './build-site.ts';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise((done) => server.close(done));
  return port;
}

/** A running `astro dev` of the fixture site root, with what it printed so far. */
export interface DevServer {
  url: string;
  output: () => string;
  stop: () => void;
}

/** Starts `astro dev` on a content folder (default: the basic fixture), with `lastBuild` as "the last build" search serves, and extra environment (e.g. SITE_BASE). */
export async function startDev(lastBuild: string, contentDir = resolve(projectRoot, 'tests/fixtures/basic'), extraEnv: Record<string, string> = {}): Promise<DevServer> {
  const port = await freePort();
  const env = { ...withoutTestRunnerVariables(process.env), SITE_CONTENT_DIR: contentDir, SITE_OUT_DIR: lastBuild, ASTRO_TELEMETRY_DISABLED: '1', ...extraEnv };
  const child: ChildProcess = spawn(process.execPath, [resolve(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: fixtureSiteRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise<void>((ready, fail) => {
    const timer = setTimeout(() => fail(new Error(`astro dev did not start:\n${output}`)), 60_000);
    const listen = (chunk: Buffer) => {
      output += chunk;
      if (output.includes(`127.0.0.1:${port}`)) {
        clearTimeout(timer);
        ready();
      }
    };
    child.stdout?.on('data', listen);
    child.stderr?.on('data', listen);
  });
  return { url: `http://127.0.0.1:${port}/`, output: () => output, stop: () => child.kill() };
}
