// The Astro step of `evidence-site build`: one Astro process (of one shard, when sharded) started
// by the build's parent. It imports only what it needs: every shard pays for what it loads.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatBuildError, takeDeferredBuildFailure } from '../lib/build-error.ts';
import { loadSiteConfig } from './site-config-file.ts';

/** Set in the environment of the child process that runs the Astro step. */
export const ASTRO_STEP_ENV = 'EVIDENCE_SITE_ASTRO_STEP';

/**
 * Makes this process build for production whatever the caller's environment: test runners set
 * NODE_ENV=test and DEV=1, which would leak into import.meta.env, make the build count as
 * development and publish drafts.
 */
export function useProductionEnvironment(): void {
  process.env['ASTRO_TELEMETRY_DISABLED'] ??= '1';
  process.env['NODE_ENV'] = 'production';
  for (const reserved of ['DEV', 'PROD', 'MODE', 'SSR', 'BASE_URL']) delete process.env[reserved];
}

/** Builds into the staging folder (the integration writes there when asked to), without the after-build steps; prints its own errors; resolves to the exit code. */
export async function astroStepCommand(root: string = process.cwd()): Promise<number> {
  useProductionEnvironment();
  try {
    const site = await loadSiteConfig(root);
    const finalDir = resolve(root, site.outDir);
    try {
      const { build } = await import('astro');
      takeDeferredBuildFailure();
      await build({ root, logLevel: process.env['ASTRO_LOG_LEVEL'] === 'debug' ? 'debug' : 'info' });
      const deferred = takeDeferredBuildFailure();
      if (deferred) throw deferred;
      return 0;
    } catch (error) {
      return reportFailure(finalDir, error);
    }
  } catch (error) {
    console.error(formatBuildError(error));
    return 1;
  }
}

/** Tells the author the build failed, what to fix, and that the previous site is untouched; resolves to the exit code. */
export function reportFailure(finalDir: string, error: unknown): number {
  console.error(`\nBuild failed. ${existsSync(finalDir) ? `The previous site in ${finalDir} was left as it was.` : 'Nothing was written.'}\n`);
  console.error(formatBuildError(error));
  return 1;
}
