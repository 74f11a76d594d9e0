import { resolve } from 'node:path';
import { projectRoot, type BuildRequest } from './build-site.ts';

/** Where test builds go (git-ignored). */
export const testBuildRoot = resolve(projectRoot, '.build/test');

/** Sites built once per test run and shared by the build and e2e tests. */
export const sites = {
  /** The fixture content at the root path. */
  basic: { contentDir: 'tests/fixtures/basic', outDir: '.build/test/basic', base: '/' },
  /** The same fixture content deployed under a sub-path. */
  basicSubPath: { contentDir: 'tests/fixtures/basic', outDir: '.build/test/basic-sub', base: '/some/sub/path/' },
  /** A fixture about houseplants for search quality: synonyms, typos, ranking, filters. */
  search: { contentDir: 'tests/fixtures/search', outDir: '.build/test/search', base: '/' },
  /** A Spanish-language site of its own (tests/fixtures/site-es), under a sub-path. */
  spanish: { root: 'tests/fixtures/site-es', contentDir: undefined, outDir: '.build/test/spanish', base: '/es/' },
  /** The site configured at the project root (site.config.ts and its content folder), whatever it is. */
  content: { contentDir: undefined, outDir: '.build/test/content', base: '/' },
} as const satisfies Record<string, Pick<BuildRequest, 'contentDir' | 'outDir' | 'base' | 'root'>>;

/** A built test site's output folder and base path. */
export type SiteName = keyof typeof sites;

/** Absolute output folder of a shared test site. */
export function siteDir(name: SiteName): string {
  return resolve(projectRoot, sites[name].outDir);
}
