import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

/** The project root (where package.json is). */
export const projectRoot = resolve(import.meta.dirname, '../..');

/** How to build a site for a test. */
export interface BuildRequest {
  /** Content folder, relative to the project root or absolute. */
  contentDir: string;
  /** Output folder, relative to the project root or absolute. */
  outDir: string;
  /** Base path, e.g. "/some/sub/path/". Default "/". */
  base?: string;
  /** Extra environment variables. */
  env?: Record<string, string>;
}

/** Result of running `npm run build`. */
export interface BuildResult {
  code: number;
  output: string;
}

/** Runs the real `npm run build` (scripts/build.ts on the project's Node) with the request's environment. */
export function buildSite({ contentDir, outDir, base = '/', env = {} }: BuildRequest): Promise<BuildResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, ['scripts/build.ts'], {
      cwd: projectRoot,
      env: {
        ...withoutTestRunnerVariables(process.env),
        SITE_CONTENT_DIR: contentDir,
        SITE_OUT_DIR: resolve(projectRoot, outDir),
        SITE_BASE: base,
        ASTRO_TELEMETRY_DISABLED: '1',
        FORCE_COLOR: '0',
        NO_COLOR: '1',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code: code ?? 1, output }));
  });
}

/** The environment minus what the test runner adds (NODE_ENV=test, DEV=1, VITEST…), so builds behave as on a real machine. */
export function withoutTestRunnerVariables(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const clean = { ...env };
  for (const name of Object.keys(clean)) {
    if (/^(VITEST|TEST$|NODE_ENV$|DEV$|PROD$|MODE$|SSR$|BASE_URL$)/.test(name)) delete clean[name];
  }
  return clean;
}
