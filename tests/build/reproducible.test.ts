import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, projectRoot } from '../helpers/build-site.ts';
import { listDist } from '../helpers/dist.ts';
import { siteDir } from '../helpers/sites.ts';

describe('two builds of the same commit', () => {
  it('produce byte-identical output, search index included', async () => {
    const again = resolve(projectRoot, '.build/test/basic-again');
    const result = await buildSite({ contentDir: 'tests/fixtures/basic', outDir: again });
    expect(result.code).toBe(0);
    const first = siteDir('basic');
    const files = listDist(first);
    expect(listDist(again)).toEqual(files);
    expect(files.some((file) => file.startsWith('pagefind/fragment/'))).toBe(true);
    const different = files.filter((file) => !readFileSync(join(first, file)).equals(readFileSync(join(again, file))));
    expect(different).toEqual([]);
  });
});
