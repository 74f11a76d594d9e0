import { cpSync, mkdtempSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { projectRoot } from './build-site.ts';

/** Fixture folders the tests build from. */
export const fixturesDir = resolve(projectRoot, 'tests/fixtures');

/**
 * A fresh copy of the valid `basic` fixture with one broken case laid over it
 * (tests/fixtures/broken/<name>/ holds only the files that differ). Returns the folder.
 */
export function brokenFixture(name: string): string {
  const dir = mkdtempSync(join(resolve(projectRoot, '.build'), `broken-${name}-`));
  cpSync(join(fixturesDir, 'basic'), dir, { recursive: true });
  cpSync(join(fixturesDir, 'broken', name), dir, { recursive: true });
  return dir;
}

/** Environment that keeps a throwaway fixture's Astro cache inside the fixture folder. */
export function throwawayCacheEnv(contentDir: string): Record<string, string> {
  return { SITE_CACHE_DIR: join(contentDir, '.astro-cache') };
}
