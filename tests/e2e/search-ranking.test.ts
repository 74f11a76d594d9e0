import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { browserAvailable } from '../helpers/browser.ts';
import { projectRoot } from '../helpers/build-site.ts';
import { readQuerySet, rankQueries, scoreRanking } from '../helpers/query-set.ts';
import { SitePage } from '../helpers/site-page.ts';
import { useServedSite } from '../helpers/served-site.ts';

// The level the engine reached on the fixture's query set; a drop below it fails.
const REACHED = 1;

describe.runIf(browserAvailable())('search ranking on the fixture query set', () => {
  const served = useServedSite('search');

  it('puts the right article first for reader-style queries (synonyms, questions, standalone pages last)', async () => {
    const queries = readQuerySet(resolve(projectRoot, 'tests/fixtures/search-queries.json'));
    const reader = await SitePage.open(served.browser, served.site);
    const { share, report } = scoreRanking(await rankQueries(reader, queries));
    console.log(`[search ranking, fixture] ${report}`);
    expect(share, report).toBeGreaterThanOrEqual(REACHED);
    expect(reader.problems).toEqual([]);
  });
});
