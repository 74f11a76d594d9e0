// The shards of a build write into folders of their own; this makes them one site folder, each
// shard as soon as it has finished, so the build's last minutes are not spent moving files.
import { cp, mkdir, readFile, readdir, rename, rm } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { existsSync } from 'node:fs';

/** Where the article routes write (`/articles/<id>/…`): each such file belongs to exactly one shard. */
const ARTICLE_FILES = `articles${sep}`;

/** Moves one finished shard's folder into the site folder; resolves to the files it added (relative to the site folder, `/`-separated). */
export type MergeShard = (index: number, dir: string) => Promise<string[]>;

/** A merger of shards into one site folder, and a way to stop it when the build fails. */
export interface ShardMerger {
  add: MergeShard;
  /** Makes shards still waiting for shard 0 fail at once (shard 0 will never come). */
  abandon(): void;
}

/**
 * Merges shards into `target` (which must not exist) in the order they finish: shard 0's folder
 * whole (it alone has the site-wide pages), then each other shard's article files and any asset
 * shard 0 lacks; shards that finish before shard 0 wait for it. Fails when two shards wrote one
 * article file or one asset name with different bytes.
 */
export function shardMerger(target: string): ShardMerger {
  let firstMoved!: () => void;
  let firstMissing!: (error: Error) => void;
  const first = new Promise<void>((resolveFirst, rejectFirst) => {
    firstMoved = resolveFirst;
    firstMissing = rejectFirst;
  });
  first.catch(() => {});
  // One shard at a time after shard 0: two merges writing one asset name at once would race.
  let queue: Promise<unknown> = first;
  return {
    add(index, dir) {
      if (index === 0) {
        const moved = move(dir, target).then(() => filesUnder(target));
        moved.then(firstMoved, firstMissing);
        return moved;
      }
      const merged = queue.then(() => mergeInto(dir, target));
      queue = merged.catch(() => {});
      return merged;
    },
    abandon: () => firstMissing(new Error('Shard 0 was not built.')),
  };
}

/** Moves a shard's files that `target` lacks into it, then removes the shard's folder; resolves to the files moved. */
async function mergeInto(dir: string, target: string): Promise<string[]> {
  const moved: string[] = [];
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const from = join(entry.parentPath, entry.name);
    const path = relative(dir, from);
    const to = join(target, path);
    const owned = path.startsWith(ARTICLE_FILES);
    if (existsSync(to)) {
      if (owned) throw new Error(`Two shards wrote ${path.split(sep).join('/')}: each article must be built by one shard. This is a bug in evidence-site; build in one process meanwhile (--jobs 1 --shard-size larger than the number of articles).`);
      // Shard 0 wrote the site-wide pages from the full collection; the other shards' copies are dropped.
      if (path.startsWith(`_astro${sep}`) && !(await readFile(to)).equals(await readFile(from))) {
        throw new Error(`Shards built ${path.split(sep).join('/')} differently. Does an article import a file that changes between builds? Build it in one process: --jobs 1 --shard-size larger than the number of articles.`);
      }
      continue;
    }
    await mkdir(dirname(to), { recursive: true });
    await move(from, to);
    moved.push(path.split(sep).join('/'));
  }
  await rm(dir, { recursive: true, force: true });
  return moved;
}

/** Every file under `dir`, relative to it and `/`-separated. */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

/** Renames, or copies then removes when the two paths are on different file systems. */
async function move(from: string, to: string): Promise<void> {
  try {
    await rename(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    await cp(from, to, { recursive: true });
    await rm(from, { recursive: true, force: true });
  }
}
