import { cpSync, mkdirSync, mkdtempSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { projectRoot } from './build-site.ts';

/** Fixture folders the tests build from. */
export const fixturesDir = resolve(projectRoot, 'tests/fixtures');

/**
 * A fresh copy of the valid `basic` fixture with one broken case laid over it
 * (tests/fixtures/broken/<name>/ holds only the files that differ). Returns the folder.
 */
export function brokenFixture(name: string): string {
  return overlayFixture(join(fixturesDir, 'broken', name), `broken-${name}`);
}

/** A fresh copy of the `basic` fixture with the files of `overlay` laid over it. */
export function overlayFixture(overlay: string, label: string): string {
  mkdirSync(resolve(projectRoot, '.build'), { recursive: true });
  const dir = mkdtempSync(join(resolve(projectRoot, '.build'), `${label}-`));
  cpSync(join(fixturesDir, 'basic'), dir, { recursive: true });
  cpSync(overlay, dir, { recursive: true });
  return dir;
}

/** Environment that keeps a throwaway fixture's Astro cache inside the fixture folder. */
export function throwawayCacheEnv(contentDir: string): Record<string, string> {
  return { SITE_CACHE_DIR: join(contentDir, '.astro-cache') };
}
