import { createHash } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, projectRoot } from '../helpers/build-site.ts';
import { brokenFixture, throwawayCacheEnv } from '../helpers/fixture-copy.ts';
import { listDist } from '../helpers/dist.ts';

const outDir = resolve(projectRoot, '.build/test/atomic');

function snapshot(root: string): Map<string, string> {
  return new Map(listDist(root).map((file) => [file, createHash('sha256').update(readFileSync(join(root, file))).digest('hex')]));
}

describe('a failed build', () => {
  let before: Map<string, string>;

  beforeAll(async () => {
    rmSync(outDir, { recursive: true, force: true });
    const first = await buildSite({ contentDir: 'tests/fixtures/basic', outDir });
    expect(first.code).toBe(0);
    before = snapshot(outDir);
  });

  it.each(['missing-title', 'broken-link', 'unknown-citation', 'component-error'])(
    'leaves the previous site exactly as it was (%s)',
    async (name) => {
      const contentDir = brokenFixture(name);
      const result = await buildSite({ contentDir, outDir, env: throwawayCacheEnv(contentDir) });
      expect(result.code).toBe(1);
      expect(result.output).toContain(`The previous site in ${outDir} was left as it was.`);
      expect(snapshot(outDir)).toEqual(before);
    },
  );
});
