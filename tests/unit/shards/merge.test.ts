import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shardMerger } from '../../../src/shards/merge.ts';

/** Merges the shard folders into `target` in shard order, as a build whose shards finish in order does. */
async function mergeShards(shardDirs: readonly string[], target: string): Promise<void> {
  const merger = shardMerger(target);
  for (const [index, dir] of shardDirs.entries()) await merger.add(index, dir);
}

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'shard-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe('shardMerger', () => {
  it('keeps shard 0 whole, adds the other shards’ articles and missing assets, and drops their site pages', async () => {
    const first = folder({ 'index.html': 'home from shard 0', 'articles/a/index.html': 'a', '_astro/site.css': 'css' });
    const second = folder({ 'index.html': 'home from shard 1', 'articles/b/index.html': 'b', 'articles/b/cite.bib': 'bib', '_astro/site.css': 'css', '_astro/b.webp': 'img' });
    const target = join(mkdtempSync(join(tmpdir(), 'merged-')), 'site');
    await mergeShards([first, second], target);
    const read = (path: string) => readFileSync(join(target, path), 'utf8');
    expect(read('index.html')).toBe('home from shard 0');
    expect([read('articles/a/index.html'), read('articles/b/index.html'), read('articles/b/cite.bib'), read('_astro/b.webp')]).toEqual(['a', 'b', 'bib', 'img']);
    expect(existsSync(first) || existsSync(second)).toBe(false);
  });

  it('refuses an article file two shards wrote, and assets of one name with different bytes', async () => {
    const target = () => join(mkdtempSync(join(tmpdir(), 'merged-')), 'site');
    await expect(mergeShards([folder({ 'articles/a/index.html': 'a' }), folder({ 'articles/a/index.html': 'a' })], target())).rejects.toThrow(
      'Two shards wrote articles/a/index.html',
    );
    await expect(mergeShards([folder({ '_astro/x.css': 'one' }), folder({ '_astro/x.css': 'two' })], target())).rejects.toThrow('Shards built _astro/x.css differently');
  });

  it('takes shards in the order they finish: one done before shard 0 waits for it, and each names the files it added', async () => {
    const target = join(mkdtempSync(join(tmpdir(), 'merged-')), 'site');
    const merger = shardMerger(target);
    const second = merger.add(1, folder({ 'index.html': 'home from shard 1', 'articles/b/index.html': 'b', 'articles/b/cite.bib': 'bib' }));
    const first = merger.add(0, folder({ 'index.html': 'home from shard 0', 'articles/a/index.html': 'a' }));
    expect((await first).sort()).toEqual(['articles/a/index.html', 'index.html']);
    expect((await second).sort()).toEqual(['articles/b/cite.bib', 'articles/b/index.html']);
    expect(readFileSync(join(target, 'index.html'), 'utf8')).toBe('home from shard 0');
  });

  it('fails the shards still waiting for shard 0 once the build gives up on it', async () => {
    const merger = shardMerger(join(mkdtempSync(join(tmpdir(), 'merged-')), 'site'));
    const waiting = merger.add(1, folder({ 'articles/b/index.html': 'b' }));
    merger.abandon();
    await expect(waiting).rejects.toThrow('Shard 0 was not built.');
  });
});
