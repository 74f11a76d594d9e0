// `evidence-site build`: builds the site into a staging folder, checks it, then swaps it into place,
// so a failed build (bad frontmatter, broken link, unknown citation…) leaves the previous
// output exactly as it was. Errors are printed for the author, without a stack trace.
import { spawn, type ChildProcess } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { existsSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatBuildError } from '../lib/build-error.ts';
import { ASTRO_STEP_ENV, astroStepCommand, reportFailure, useProductionEnvironment } from './astro-step.ts';
import { acquireBuildLock } from './build-lock.ts';
import { loadSiteConfig } from './site-config-file.ts';
import { preflightContent } from '../content-audit.ts';
import { checkBibliography, overdueReviews } from '../integrations/content-checks.ts';
import { contentPaths } from '../lib/content-paths.ts';
import { checkRedirectSources, publishedPaths } from '../lib/redirects.ts';
import { today } from '../lib/dates.ts';
import { normalizeBase } from '../lib/urls.ts';
import { analyticsOrigins } from '../lib/security-headers.ts';
import { auditBuiltSite } from '../integrations/dist-audit.ts';
import { writeSearchIndex } from '../integrations/pagefind.ts';
import { writeSitemapFiles } from '../integrations/sitemap-files.ts';
import { listMdxFiles } from '../lib/content-files.ts';
import { hasHeapLimit, parseShardOptions, shardCount, shardHeapLimit, shardsDirFor, SHARD_ENV, type ShardOptions } from '../lib/shards.ts';
import { shardMerger } from '../shards/merge.ts';
import { ARTICLE_INDEX_ENV, writeArticleIndex } from '../shards/article-index.ts';
import type { SiteConfig } from '../site-config.ts';

async function main(root: string, options: ShardOptions): Promise<number> {
  let finalDir: string;
  let site: SiteConfig;
  try {
    site = await loadSiteConfig(root);
    finalDir = resolve(root, site.outDir);
    try {
      checkBeforeBuild(resolve(root, site.contentDir), site);
    } catch (error) {
      return reportFailure(finalDir, error);
    }
  } catch (error) {
    console.error(formatBuildError(error));
    return 1;
  }
  // Fixed names (builds are serialised by the lock) keep the config identical between builds, so Astro's caches stay valid.
  const stagingDir = `${finalDir}.staging`;
  const shardsDir = shardsDirFor(finalDir, root);
  const previousDir = `${finalDir}.previous`;
  const failed = async (error?: unknown) => {
    await rm(stagingDir, { recursive: true, force: true });
    await rm(shardsDir, { recursive: true, force: true });
    if (error === undefined) return 1;
    return reportFailure(finalDir, error);
  };
  await rm(stagingDir, { recursive: true, force: true });
  await rm(shardsDir, { recursive: true, force: true });
  const paths = contentPaths(site.contentDir, root);
  const articleCount = listMdxFiles(paths.articles).length;
  const shards = shardCount(articleCount, options.shardSize, options.jobs);
  // Astro renders in a process of its own, which exits before the link audit and the search
  // index run here: the peak memory of the build is then the larger of the two, not their sum.
  // What the checks above read is garbage now: collect it (npm run build passes --expose-gc) so
  // this process stays small while the Astro step runs beside it.
  (globalThis as { gc?: () => void }).gc?.();
  const jobs = Math.min(options.jobs, shards);
  if (shards > 1) console.log(`Building ${articleCount} articles in ${shards} shards of about ${Math.ceil(articleCount / shards)}, ${jobs} at a time.`);
  let shardEnv: Record<string, string> = {};
  if (shards > 1) {
    // Every shard lists every article: parse their frontmatter once here, not once per shard.
    await mkdir(shardsDir, { recursive: true });
    const indexFile = resolve(shardsDir, 'article-index.bin');
    if (writeArticleIndex(paths.articles, indexFile)) shardEnv = { [ARTICLE_INDEX_ENV]: indexFile };
  }
  // Each finished shard moves into the staging folder while the next shards build, so little is left to do after the last one.
  const merger = shardMerger(stagingDir);
  const merged: Array<Promise<unknown>> = [];
  const collect = (index: number) => {
    const moved = merger.add(index, resolve(shardsDir, String(index)));
    moved.catch(() => {});
    merged.push(moved);
  };
  const astro = shards === 1 ? await runAstroStep(root).exited : await runShards(root, shards, jobs, articleCount, shardEnv, collect);
  if (astro.signal || astro.code !== 0) {
    merger.abandon();
    await Promise.allSettled(merged);
  }
  if (astro.signal) return failed(new Error(`The Astro build was stopped (${astro.signal})${astro.signal === 'SIGKILL' ? ', most likely because the machine ran out of memory (try --jobs 1, or a smaller --shard-size)' : ''}. Nothing of it was kept.`));
  // The step printed its own error for the author.
  if (astro.code !== 0) return failed();
  try {
    await Promise.all(merged);
    await rm(shardsDir, { recursive: true, force: true });
    const base = normalizeBase(site.base);
    // Pagefind reads the pages on every core, then writes its index on about one: the link audit
    // (one core) waits for the reading to end and runs beside the writing. A broken link still
    // fails the build before anything is swapped in.
    let pagesRead!: () => void;
    const readingDone = new Promise<void>((resolveReading) => (pagesRead = resolveReading));
    const indexed = writeSearchIndex(stagingDir, undefined, { pagesRead }).then((pages) => console.log(`Indexed ${pages} pages for search.`));
    indexed.finally(pagesRead).catch(() => {});
    const checked = (async () => {
      await writeSitemapFiles(stagingDir, { site: site.url, base, redirects: site.redirects, publicDir: resolve(root, 'public') });
      await readingDone;
      const audited = await auditBuiltSite(stagingDir, base, { articlesDir: paths.articles, pagesDir: paths.pages, analyticsOrigins: analyticsOrigins(site.analytics), redirects: site.redirects });
      console.log(`Checked ${audited.links} links on ${audited.pages} pages: none broken.`);
      // What the audit read is garbage now: free it while Pagefind still runs.
      (globalThis as { gc?: () => void }).gc?.();
    })();
    const [audited, index] = await Promise.allSettled([checked, indexed]);
    if (audited.status === 'rejected') throw audited.reason;
    if (index.status === 'rejected') throw index.reason;
  } catch (error) {
    return failed(error);
  }
  await rm(previousDir, { recursive: true, force: true });
  if (existsSync(finalDir)) await rename(finalDir, previousDir);
  await rename(stagingDir, finalDir);
  await rm(previousDir, { recursive: true, force: true });
  console.log(`\nSite written to ${finalDir}`);
  return 0;
}

/**
 * Vite's bundler (Rolldown) allocates with mimalloc, which by default holds freed memory for a
 * while before giving it back: measured, about a quarter of an Astro process's resident memory
 * stayed held after bundling, through rendering. Giving it back at once cut a 1,250-article shard
 * from 1.43 to 1.04 GB while it rendered, in the same time. The author's own setting wins.
 */
const ALLOCATOR_ENV = { MIMALLOC_PURGE_DELAY: '0' };

/** How an Astro step's process ended. */
interface StepEnd {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** Runs this command again as the Astro step (of one shard, when given), in a child process with the same Node flags (and `extraFlags`) and environment (and `extraEnv`). */
function runAstroStep(root: string, shard?: string, extraFlags: readonly string[] = [], extraEnv: Readonly<Record<string, string>> = {}): { child: ChildProcess; exited: Promise<StepEnd> } {
  const child = spawn(process.execPath, [...process.execArgv, ...extraFlags, fileURLToPath(new URL('../../bin/evidence-site.mjs', import.meta.url)), 'build'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...ALLOCATOR_ENV, ...process.env, ...extraEnv, [ASTRO_STEP_ENV]: '1', EVIDENCE_SITE_STAGING: '1', EVIDENCE_SITE_AFTER_BUILD: 'deferred', ...(shard ? { [SHARD_ENV]: shard } : {}) },
  });
  const exited = new Promise<StepEnd>((resolveStep) => {
    child.on('exit', (code, signal) => resolveStep({ code, signal }));
    child.on('error', () => resolveStep({ code: 1, signal: null }));
  });
  return { child, exited };
}

/**
 * Builds shards 0…count-1, `jobs` at a time, each with a heap limit for its size, and calls
 * `finished` with each shard that succeeds; on the first failure starts no more and stops the
 * running ones (they would only repeat the error), then resolves to that failure.
 */
async function runShards(root: string, count: number, jobs: number, articles: number, env: Readonly<Record<string, string>>, finished: (index: number) => void): Promise<StepEnd> {
  const running = new Set<ChildProcess>();
  const heapFlags = hasHeapLimit(process.execArgv, process.env['NODE_OPTIONS']) ? [] : [`--max-old-space-size=${shardHeapLimit(Math.ceil(articles / count))}`];
  let next = 0;
  let failure: StepEnd | undefined;
  const build = async (shard: string) => {
    const step = runAstroStep(root, shard, heapFlags, env);
    running.add(step.child);
    let end = await step.exited;
    running.delete(step.child);
    // V8 aborts when the heap limit is too small for this shard's articles: build it again without one.
    if (heapFlags.length > 0 && failure === undefined && (end.signal === 'SIGABRT' || end.code === 134)) {
      console.log(`Shard ${shard} needed more memory than ${heapFlags[0]!.split('=')[1]} MiB of heap; building it again without a limit.`);
      const retry = runAstroStep(root, shard, [], env);
      running.add(retry.child);
      end = await retry.exited;
      running.delete(retry.child);
    }
    return end;
  };
  const worker = async () => {
    while (failure === undefined && next < count) {
      const index = next++;
      const end = await build(`${index}/${count}`);
      if (end.code === 0 && !end.signal) finished(index);
      else if (failure === undefined) {
        failure = end;
        for (const child of running) child.kill('SIGTERM');
      }
    }
  };
  await Promise.all(Array.from({ length: jobs }, worker));
  return failure ?? { code: 0, signal: null };
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
export async function buildCommand(root: string = process.cwd(), args: readonly string[] = []): Promise<number> {
  useProductionEnvironment();
  // The parent holds the lock for the whole build.
  if (process.env[ASTRO_STEP_ENV] === '1') return astroStepCommand(root);
  let options: ShardOptions;
  try {
    options = parseShardOptions(args, process.env, availableParallelism());
  } catch (error) {
    console.error(formatBuildError(error));
    return 1;
  }
  const release = await acquireBuildLock(root);
  try {
    return await main(root, options);
  } finally {
    release();
  }
}
