import { resolve, sep } from 'node:path';

// A large site builds in shards: each Astro process compiles and renders only its share of the
// articles, so its memory depends on the shard's size rather than the site's.

/** Which shard a build process is, out of how many. */
export interface Shard {
  /** 0-based; shard 0 also writes the site-wide pages (home, topics, claims, glossary, feeds). */
  index: number;
  count: number;
}

/** The environment variable that tells an Astro step which shard it builds ("2/5"). */
export const SHARD_ENV = 'EVIDENCE_SITE_SHARD';

/** Reads "index/count" (as `evidence-site build` sets it); undefined when the build is not sharded. */
export function parseShard(value: string | undefined): Shard | undefined {
  if (value === undefined || value === '') return undefined;
  const match = /^(\d+)\/(\d+)$/.exec(value.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index >= count) {
    throw new Error(`${SHARD_ENV}="${value}" is not a shard: write it as index/count with 0 <= index < count, for example 0/4.`);
  }
  return { index, count };
}

/**
 * The shard an article belongs to, from its path relative to the project root (forward slashes).
 * A hash rather than a position in a list: the Vite plugin and the routes decide alone, and adding
 * an article moves no other article to another shard (so their compile caches stay warm).
 */
export function shardOfPath(relativePath: string, count: number): number {
  // FNV-1a, 32 bits: fast, well spread over similar file names, and the same on every machine.
  let hash = 0x811c9dc5;
  const path = relativePath.replaceAll('\\', '/');
  for (let i = 0; i < path.length; i++) {
    hash ^= path.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % count;
}

/** Whether this process builds the article at `relativePath`; every article is built when unsharded. */
export function buildsArticle(shard: Shard | undefined, relativePath: string): boolean {
  return shard === undefined || shard.count === 1 || shardOfPath(relativePath, shard.count) === shard.index;
}

/** Whether this process writes the site-wide pages and endpoints (unsharded, or shard 0). */
export function writesSitePages(shard: Shard | undefined): boolean {
  return shard === undefined || shard.index === 0;
}

/**
 * Below this many articles, a shard's fixed cost (a Node process, Astro's start-up, the content
 * sync of every article) outweighs what a second core saves: measured at 1,000 articles on 2 cores,
 * two shards of 500 built in 45.8 s against 62.5 s for one process.
 */
export const MIN_PARALLEL_SHARD = 250;

/**
 * How many shards a site of `articles` articles is built in: at most `shardSize` articles each,
 * at least one per job while each keeps MIN_PARALLEL_SHARD articles (so every core works), and a
 * multiple of `jobs` when there is more than one, so the last round never runs one shard alone.
 */
export function shardCount(articles: number, shardSize: number, jobs = 1): number {
  if (!Number.isInteger(shardSize) || shardSize < 1) throw new Error(`The shard size must be a whole number of articles, 1 or more (got ${shardSize}).`);
  const needed = Math.max(1, Math.ceil(articles / shardSize), Math.min(jobs, Math.floor(articles / MIN_PARALLEL_SHARD)));
  if (needed === 1) return 1;
  const parallel = Math.max(1, Math.min(jobs, needed));
  return Math.ceil(needed / parallel) * parallel;
}

/** How `evidence-site build` splits a site: at most `shardSize` articles per Astro process, `jobs` processes at once (`--jobs 1` with a large `shardSize` builds in one process). */
export interface ShardOptions {
  shardSize: number;
  jobs: number;
}

/**
 * Articles per shard unless the author says otherwise. Each shard pays a fixed start-up and a
 * content sync of every article, so fewer, larger shards cost less time; memory sets the limit. At
 * 5,000 articles on 2 cores: 4 shards of 1,250 built in 178.8 s with 308 CPU-s, 6 of 834 in
 * 201.6 s with 353 CPU-s, for the same peak (2.5 GB, Pagefind's, at the end); one 1,250-article
 * process peaks near 1.4 GB.
 */
export const DEFAULT_SHARD_SIZE = 1250;

/**
 * Reads `--shard-size N` and `--jobs N` (or EVIDENCE_SITE_SHARD_SIZE / EVIDENCE_SITE_JOBS); the
 * defaults are DEFAULT_SHARD_SIZE and one process per core. Unknown flags are errors.
 */
export function parseShardOptions(args: readonly string[], env: Record<string, string | undefined>, cores: number): ShardOptions {
  const values: Record<string, string | undefined> = { '--shard-size': env['EVIDENCE_SITE_SHARD_SIZE'], '--jobs': env['EVIDENCE_SITE_JOBS'] };
  for (let i = 0; i < args.length; i++) {
    const [flag, inline] = args[i]!.split('=', 2) as [string, string | undefined];
    if (!(flag in values)) throw new Error(`Unknown option "${args[i]}" for build. Options: --shard-size N (articles per Astro process), --jobs N (processes at once).`);
    const value = inline ?? args[++i];
    if (value === undefined) throw new Error(`${flag} needs a number, for example ${flag} 2.`);
    values[flag] = value;
  }
  const whole = (flag: string, fallback: number) => {
    const raw = values[flag];
    if (raw === undefined || raw === '') return fallback;
    const number = Number(raw);
    if (!Number.isInteger(number) || number < 1) throw new Error(`${flag} must be a whole number, 1 or more (got "${raw}").`);
    return number;
  };
  return { shardSize: whole('--shard-size', DEFAULT_SHARD_SIZE), jobs: whole('--jobs', Math.max(1, cores)) };
}

/**
 * The V8 heap limit (MiB) for the Astro process of a shard of `articles` articles. Without one, V8
 * lets garbage pile up to a quarter of the machine's memory, and two shards side by side hold
 * twice that; measured at 834 articles, a limit of 1,024 MiB cut the peak from 1,468 to 1,228 MiB
 * for 3 % more time. The slope leaves room for long articles; a shard that still runs out is rebuilt without it.
 */
export function shardHeapLimit(articles: number): number {
  return Math.round(640 + 0.45 * articles);
}

/** Whether NODE_OPTIONS or the Node flags already set a heap limit (then the author's choice stands). */
export function hasHeapLimit(execArgv: readonly string[], nodeOptions: string | undefined): boolean {
  return [...execArgv, ...(nodeOptions ?? '').split(/\s+/)].some((flag) => flag.startsWith('--max-old-space-size') || flag.startsWith('--max_old_space_size'));
}

/**
 * Where the shards of a build write, one folder each: beside the output folder, or inside the
 * project when the output folder is outside it (Astro then puts its own server build under the
 * project's `.astro/`, where shards running side by side would overwrite each other's).
 */
export function shardsDirFor(finalOutDir: string, projectRoot: string): string {
  const beside = `${finalOutDir}.shards`;
  return beside.startsWith(`${resolve(projectRoot)}${sep}`) ? beside : resolve(projectRoot, '.astro', 'evidence-site-shards');
}
