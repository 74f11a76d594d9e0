import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, projectRoot } from '../helpers/build-site.ts';
import { brokenFixture, throwawayCacheEnv } from '../helpers/fixture-copy.ts';
import { listDist } from '../helpers/dist.ts';
import { siteDir, sites } from '../helpers/sites.ts';

describe('a build in shards', () => {
  it('is byte-identical to a build in one process, under a sub-path, sitemap and search index included', async () => {
    const sharded = resolve(projectRoot, '.build/test/basic-sub-sharded');
    const result = await buildSite({ ...sites.basicSubPath, outDir: sharded, env: { EVIDENCE_SITE_SHARD_SIZE: '1', EVIDENCE_SITE_JOBS: '2' } });
    expect(result.output).toMatch(/Building \d+ articles in [2-9] shards of about 1, 2 at a time\./);
    expect(result.code).toBe(0);
    const single = siteDir('basicSubPath');
    const files = listDist(single);
    expect(files).toContain('sitemap-0.xml');
    expect(files.some((file) => file.startsWith('pagefind/fragment/'))).toBe(true);
    expect(listDist(sharded)).toEqual(files);
    const different = files.filter((file) => !readFileSync(join(single, file)).equals(readFileSync(join(sharded, file))));
    expect(different).toEqual([]);
    expect(existsSync(`${sharded}.shards`)).toBe(false);
  });

  it('reports an author error once, with the file and line, and leaves no output behind', async () => {
    const contentDir = brokenFixture('unknown-citation');
    const outDir = resolve(projectRoot, '.build/test/sharded-broken');
    rmSync(outDir, { recursive: true, force: true });
    const result = await buildSite({ contentDir, outDir, env: { ...throwawayCacheEnv(contentDir), EVIDENCE_SITE_SHARD_SIZE: '1', EVIDENCE_SITE_JOBS: '1' } });
    expect(result.code).toBe(1);
    expect(result.output).toMatch(/articles\/broken\.mdx:\d+:\d+: Unknown citation key/);
    expect(result.output.match(/Unknown citation key/g)).toHaveLength(1);
    expect(result.output).toContain('Nothing was written.');
    for (const dir of [outDir, `${outDir}.staging`, `${outDir}.shards`]) expect(existsSync(dir)).toBe(false);
  });

  it('fails on a broken link between pages of different shards, naming the page and the source line, and keeps nothing', async () => {
    const contentDir = brokenFixture('broken-link');
    const outDir = resolve(projectRoot, '.build/test/sharded-broken-link');
    rmSync(outDir, { recursive: true, force: true });
    const result = await buildSite({ contentDir, outDir, env: { ...throwawayCacheEnv(contentDir), EVIDENCE_SITE_SHARD_SIZE: '1', EVIDENCE_SITE_JOBS: '2' } });
    expect(result.code).toBe(1);
    expect(result.output).toMatch(/articles\/broken\.mdx:12: \/articles\/first-article\/#no-such-heading: the page has no element with id "no-such-heading"/);
    expect(result.output).toMatch(/articles\/broken\.mdx:12: \/articles\/does-not-exist\/: no file or page exists/);
    for (const dir of [outDir, `${outDir}.staging`, `${outDir}.shards`]) expect(existsSync(dir)).toBe(false);
  });

  it('refuses a shard size that is not a whole number, naming the option', async () => {
    const result = await buildSite({ ...sites.basic, outDir: '.build/test/sharded-bad-option', env: { EVIDENCE_SITE_SHARD_SIZE: 'lots' } });
    expect(result.code).toBe(1);
    expect(result.output).toContain('--shard-size must be a whole number, 1 or more (got "lots").');
  });
});
