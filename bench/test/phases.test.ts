// Checks of how the harness splits a build's wall time into phases.
// Run: PATH=node_modules/.bin:$PATH node --test bench/test/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildPhases, postBuildSteps } from '../lib/phases.ts';

const lines = (timed: Array<[number, string]>) => timed.map(([t, text]) => ({ t, text }));

test('a sharded build is split where the first shard starts and where the last shard ends, not at the first shard’s own phases', () => {
  const log = lines([
    [100, 'Building 5000 articles in 6 shards of about 834, 2 at a time.'],
    [4_000, '12:00:00 [content] Syncing content'],
    [5_000, '12:00:01 [content] Syncing content'],
    [30_000, '12:00:26 [build] Complete!'],
    [31_000, '12:00:27 [content] Syncing content'],
    [150_000, '12:02:26 [build] Complete!'],
    [155_000, 'Checked 915913 links on 5020 pages: none broken.'],
    [170_000, 'Indexed 5020 pages for search.'],
  ]);
  const phases = buildPhases(log, 171_000);
  assert.deepEqual(
    phases.map((phase) => phase.ms),
    [4_000, 146_000, 21_000],
  );
  assert.match(phases[1]!.name, /^shards \(6 Astro processes, 2 at a time/);
  assert.deepEqual(postBuildSteps(log), [
    { name: 'link audit + _headers', ms: 5_000 },
    { name: 'Pagefind index', ms: 15_000 },
  ]);
});

test('a build in one process keeps Astro’s own phases', () => {
  const log = lines([
    [3_000, '[content] Syncing content'],
    [4_000, '[content] Synced content'],
    [4_100, '[build] Building static entrypoints...'],
    [20_000, 'generating static routes'],
    [30_000, '[build] ✓ Completed in 10s.'],
    [31_000, '[build] Complete!'],
  ]);
  assert.deepEqual(
    buildPhases(log, 40_000).map((phase) => phase.ms),
    [3_000, 1_000, 100, 15_900, 10_000, 1_000, 9_000],
  );
});
