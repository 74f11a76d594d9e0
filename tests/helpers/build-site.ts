import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

/** The project root (where package.json is). */
export const projectRoot = resolve(import.meta.dirname, '../..');

/** The site root engine fixtures are built from (its own astro.config.mjs and site.config.ts). */
export const fixtureSiteRoot = resolve(projectRoot, 'tests/fixtures/site');

/** How to build a site for a test. */
export interface BuildRequest {
  /** Content folder (relative to the project root, or absolute), built with the fixture site's config; omit to build the configured site at the project root as it is. */
  contentDir?: string | undefined;
  /** Site root to build from (relative to the project root, or absolute). Default: the fixture site when `contentDir` is given, else the project root. */
  root?: string;
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

/** Runs the real `evidence-site build` (the package's bin, on the project's Node) in the site root with the request's environment. */
export function buildSite({ contentDir, outDir, base = '/', env = {}, root }: BuildRequest): Promise<BuildResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [resolve(projectRoot, 'bin/evidence-site.mjs'), 'build'], {
      cwd: root ? resolve(projectRoot, root) : contentDir ? fixtureSiteRoot : projectRoot,
      env: {
        ...withoutTestRunnerVariables(process.env),
        ...(contentDir ? { SITE_CONTENT_DIR: resolve(projectRoot, contentDir) } : {}),
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
