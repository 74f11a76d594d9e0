import { existsSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

// Cheapest first: unit tests need nothing built; build, content and e2e tests share sites built once
// by the global setup (skipped when only the unit project runs).
//   unit, build, e2e  the engine, on fixture sites only (tests/fixtures)
//   content           whatever site is configured at the root (site.config.ts + its content folder)
//   site              expectations of our first site only: skipped when content/ holds another site
//   adoption          the packed engine, used by a new site made with `evidence-site create`
const isFirstSite = existsSync('content/articles/microdermabrasion-cannot-erase-stretch-marks.mdx');
if (!isFirstSite) console.log('[tests/site skipped] content/ is not the stretch-marks site; the engine and content tests still run.');

const built = { testTimeout: 240_000, hookTimeout: 600_000, fileParallelism: false };
const browser = { testTimeout: 120_000, hookTimeout: 120_000, fileParallelism: false };

export default defineConfig({
  test: {
    globalSetup: ['tests/global-setup.ts'],
    projects: [
      { test: { name: 'unit', sequence: { groupOrder: 0 }, include: ['tests/unit/**/*.test.ts'] } },
      { test: { name: 'build', sequence: { groupOrder: 1 }, include: ['tests/build/**/*.test.ts'], ...built } },
      { test: { name: 'content', sequence: { groupOrder: 2 }, include: ['tests/content/**/*.test.ts'], ...built } },
      ...(isFirstSite ? [{ test: { name: 'site', sequence: { groupOrder: 3 }, include: ['tests/site/**/*.test.ts'], ...built, ...browser } }] : []),
      { test: { name: 'e2e', sequence: { groupOrder: 4 }, include: ['tests/e2e/**/*.test.ts'], ...browser } },
      { test: { name: 'adoption', sequence: { groupOrder: 5 }, include: ['tests/adoption/**/*.test.ts'], testTimeout: 900_000, hookTimeout: 900_000 } },
    ],
  },
});
