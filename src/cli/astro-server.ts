// `evidence-site dev` and `evidence-site preview`: Astro's own dev and preview servers, with every
// flag passed through, but without Astro's anonymous usage data (telemetry) or its notice: a site
// that tells readers it asks nothing of third parties should not send its authors' usage either.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** Runs `astro <command> …args` in `root` with telemetry off; resolves to Astro's exit code. */
export function astroServerCommand(command: 'dev' | 'preview', args: string[], root: string = process.cwd()): Promise<number> {
  // The site's own Astro (its dependency), as `npx astro` would find it.
  const astroPackage = createRequire(join(root, 'package.json')).resolve('astro/package.json');
  const child = spawn(process.execPath, [join(dirname(astroPackage), 'bin/astro.mjs'), command, ...args], {
    cwd: root,
    stdio: 'inherit',
    // Astro reads this before it loads any config, so it cannot be set from the integration.
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: process.env['ASTRO_TELEMETRY_DISABLED'] ?? '1' },
  });
  // Ctrl+C reaches the whole process group; the server stops on its own and its exit code is ours.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
  return new Promise((resolveCode) => child.on('exit', (code, signal) => resolveCode(code ?? (signal ? 1 : 0))));
}
