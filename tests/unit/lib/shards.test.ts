import { describe, expect, it } from 'vitest';
import { buildsArticle, hasHeapLimit, parseShard, parseShardOptions, shardCount, shardHeapLimit, shardOfPath, shardsDirFor, writesSitePages } from '../../../src/lib/shards.ts';

describe('parseShard', () => {
  it('reads "index/count" and says how to write it when it is wrong', () => {
    expect(parseShard('2/5')).toEqual({ index: 2, count: 5 });
    expect(parseShard(undefined)).toBeUndefined();
    expect(() => parseShard('5/5')).toThrow('write it as index/count with 0 <= index < count, for example 0/4');
    expect(() => parseShard('two')).toThrow('EVIDENCE_SITE_SHARD="two" is not a shard');
  });
});

describe('shardOfPath', () => {
  it('puts every article in exactly one shard, the same one on every call, spread evenly', () => {
    const paths = Array.from({ length: 4000 }, (_, i) => `content/articles/article-${i}.mdx`);
    const sizes = [0, 0, 0, 0];
    for (const path of paths) sizes[shardOfPath(path, 4)]!++;
    expect(sizes.reduce((a, b) => a + b)).toBe(4000);
    for (const size of sizes) expect(size).toBeGreaterThan(900);
    expect(paths.map((path) => shardOfPath(path, 4))).toEqual(paths.map((path) => shardOfPath(path, 4)));
    expect(shardOfPath('content\\articles\\a.mdx', 7)).toBe(shardOfPath('content/articles/a.mdx', 7));
  });

  it('builds every article and the site-wide pages when unsharded, and the site pages only in shard 0', () => {
    expect(buildsArticle(undefined, 'content/articles/a.mdx')).toBe(true);
    const owners = [0, 1, 2].filter((index) => buildsArticle({ index, count: 3 }, 'content/articles/a.mdx'));
    expect(owners).toHaveLength(1);
    expect(writesSitePages(undefined)).toBe(true);
    expect(writesSitePages({ index: 0, count: 3 })).toBe(true);
    expect(writesSitePages({ index: 1, count: 3 })).toBe(false);
  });
});

describe('shardCount', () => {
  it('builds a small site in one process, and a large one in a multiple of the jobs', () => {
    expect(shardCount(8, 1000, 2)).toBe(1);
    expect(shardCount(499, 1000, 2)).toBe(1);
    expect(shardCount(1000, 1000, 1)).toBe(1);
    expect(shardCount(5000, 1000, 2)).toBe(6);
    expect(shardCount(5000, 1000, 1)).toBe(5);
    expect(shardCount(10000, 1000, 4)).toBe(12);
    expect(() => shardCount(10, 0)).toThrow('whole number of articles');
  });

  it('gives every core a shard once each keeps 250 articles, and one process when asked for one job', () => {
    expect(shardCount(500, 1000, 2)).toBe(2);
    expect(shardCount(1000, 1000, 2)).toBe(2);
    expect(shardCount(1000, 1000, 8)).toBe(4);
    expect(shardCount(1000, 100000, 1)).toBe(1);
  });
});

describe('parseShardOptions', () => {
  it('takes flags over the environment, and defaults to 1,250 articles and one process per core', () => {
    expect(parseShardOptions([], {}, 4)).toEqual({ shardSize: 1250, jobs: 4 });
    expect(parseShardOptions(['--shard-size', '250', '--jobs=3'], { EVIDENCE_SITE_SHARD_SIZE: '9' }, 2)).toEqual({ shardSize: 250, jobs: 3 });
    expect(parseShardOptions([], { EVIDENCE_SITE_SHARD_SIZE: '9', EVIDENCE_SITE_JOBS: '1' }, 2)).toEqual({ shardSize: 9, jobs: 1 });
  });

  it('names the option and the fix when a value is wrong or unknown', () => {
    expect(() => parseShardOptions(['--jobs', '0'], {}, 2)).toThrow('--jobs must be a whole number, 1 or more (got "0").');
    expect(() => parseShardOptions(['--shard-size'], {}, 2)).toThrow('--shard-size needs a number, for example --shard-size 2.');
    expect(() => parseShardOptions(['--fast'], {}, 2)).toThrow('Unknown option "--fast" for build. Options: --shard-size N');
  });
});

describe('heap limits', () => {
  it('grow with the shard, and an author’s own limit stands', () => {
    expect(shardHeapLimit(834)).toBe(1015);
    expect(shardHeapLimit(5000)).toBeGreaterThan(shardHeapLimit(1000));
    expect(hasHeapLimit(['--expose-gc'], '--max-old-space-size=4096')).toBe(true);
    expect(hasHeapLimit(['--max_old_space_size=2048'], undefined)).toBe(true);
    expect(hasHeapLimit(['--expose-gc'], '')).toBe(false);
  });
});

describe('shardsDirFor', () => {
  it('writes beside the output folder when it is inside the project, else inside the project', () => {
    expect(shardsDirFor('/site/dist', '/site')).toBe('/site/dist.shards');
    expect(shardsDirFor('/elsewhere/out', '/site')).toBe('/site/.astro/evidence-site-shards');
  });
});
