// `evidence-site build`: builds the site into a staging folder, checks it, then swaps it into place,
// so a failed build (bad frontmatter, broken link, unknown citation…) leaves the previous
// output exactly as it was. Errors are printed for the author, without a stack trace.
import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { formatBuildError, takeDeferredBuildFailure } from '../lib/build-error.ts';
import { acquireBuildLock } from './build-lock.ts';
import { loadSiteConfig } from './site-config-file.ts';
import { preflightContent } from '../content-audit.ts';
import { checkBibliography, overdueReviews } from '../integrations/content-checks.ts';
import { contentPaths } from '../lib/content-paths.ts';
import { checkRedirectSources, publishedPaths } from '../lib/redirects.ts';
import { today } from '../lib/dates.ts';
import type { SiteConfig } from '../site-config.ts';

async function main(root: string): Promise<number> {
  let finalDir: string;
  try {
    const site = await loadSiteConfig(root);
    finalDir = resolve(root, site.outDir);
    try {
      checkBeforeBuild(resolve(root, site.contentDir), site);
    } catch (error) {
      console.error(`\nBuild failed. ${existsSync(finalDir) ? `The previous site in ${finalDir} was left as it was.` : 'Nothing was written.'}\n`);
      console.error(formatBuildError(error));
      return 1;
    }
  } catch (error) {
    console.error(formatBuildError(error));
    return 1;
  }
  // Fixed names (builds are serialised by the lock) keep the config identical between builds, so Astro's caches stay valid.
  const stagingDir = `${finalDir}.staging`;
  const previousDir = `${finalDir}.previous`;
  // The integration writes to `<outDir>.staging` when asked to.
  process.env['EVIDENCE_SITE_STAGING'] = '1';
  await rm(stagingDir, { recursive: true, force: true });
  try {
    const { build } = await import('astro');
    takeDeferredBuildFailure();
    await build({ root, logLevel: process.env['ASTRO_LOG_LEVEL'] === 'debug' ? 'debug' : 'info' });
    const deferred = takeDeferredBuildFailure();
    if (deferred) throw deferred;
  } catch (error) {
    await rm(stagingDir, { recursive: true, force: true });
    console.error(`\nBuild failed. ${existsSync(finalDir) ? `The previous site in ${finalDir} was left as it was.` : 'Nothing was written.'}\n`);
    console.error(formatBuildError(error));
    return 1;
  }
  await rm(previousDir, { recursive: true, force: true });
  if (existsSync(finalDir)) await rename(finalDir, previousDir);
  await rename(stagingDir, finalDir);
  await rm(previousDir, { recursive: true, force: true });
  console.log(`\nSite written to ${finalDir}`);
  return 0;
}

/**
 * The checks that would fail inside an Astro hook, run first from the sources: Astro prefixes a
 * hook's error with an "unhandled error" line of its own, which is noise to an author.
 */
function checkBeforeBuild(contentDir: string, { editorial, redirects }: SiteConfig): void {
  preflightContent(contentDir);
  const paths = contentPaths(contentDir);
  checkRedirectSources(redirects, publishedPaths(paths));
  if (editorial.bibliographyIncomplete === 'fail') checkBibliography(paths.referenceCandidates, 'fail', { warn: () => {} });
  if (editorial.reviewOverdue === 'fail') {
    const problems = overdueReviews(paths.articles, today());
    if (problems.length > 0) throw new Error(`${problems.length} article review(s) overdue (editorial.reviewOverdue is "fail"):\n${problems.join('\n')}`);
  }
}

/** Builds the site in `root` atomically; resolves to the exit code. */
export async function buildCommand(root: string = process.cwd()): Promise<number> {
  process.env['ASTRO_TELEMETRY_DISABLED'] ??= '1';
  // A production build whatever the caller's environment: test runners set NODE_ENV=test and
  // DEV=1, which would leak into import.meta.env, make the build count as development and publish drafts.
  process.env['NODE_ENV'] = 'production';
  for (const reserved of ['DEV', 'PROD', 'MODE', 'SSR', 'BASE_URL']) delete process.env[reserved];
  const release = await acquireBuildLock(root);
  try {
    return await main(root);
  } finally {
    release();
  }
}
