// The shards of a build write into folders of their own; this makes them one site folder.
import { cp, mkdir, readFile, readdir, rename, rm } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { existsSync } from 'node:fs';

/** Where the article routes write (`/articles/<id>/…`): each such file belongs to exactly one shard. */
const ARTICLE_FILES = `articles${sep}`;

/**
 * Moves the shards' folders into `target` (which must not exist): shard 0's folder whole (it alone
 * has the site-wide pages), then each other shard's article files, and any asset shard 0 lacks.
 * Fails when two shards wrote one article file or one asset name with different bytes.
 */
export async function mergeShards(shardDirs: readonly string[], target: string): Promise<{ files: number }> {
  const [first, ...others] = shardDirs;
  if (first === undefined) throw new Error('No shard was built.');
  await move(first, target);
  let files = 0;
  for (const dir of others) {
    const entries = await readdir(dir, { recursive: true, withFileTypes: true });
    for (const entry of entries) {
      if (!entry.isFile()) continue;
      const from = join(entry.parentPath, entry.name);
      const path = relative(dir, from);
      const to = join(target, path);
      const owned = path.startsWith(ARTICLE_FILES);
      if (existsSync(to)) {
        if (owned) throw new Error(`Two shards wrote ${path.split(sep).join('/')}: each article must be built by one shard. This is a bug in evidence-site; build with --shard-size larger than the number of articles meanwhile.`);
        // Shard 0 wrote the site-wide pages from the full collection; the other shards' copies are dropped.
        if (path.startsWith(`_astro${sep}`) && !(await readFile(to)).equals(await readFile(from))) {
          throw new Error(`Shards built ${path.split(sep).join('/')} differently. Does an article import a file that changes between builds? Build with --shard-size larger than the number of articles to build it in one process.`);
        }
        continue;
      }
      await mkdir(dirname(to), { recursive: true });
      await move(from, to);
      files++;
    }
    await rm(dir, { recursive: true, force: true });
  }
  return { files };
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
