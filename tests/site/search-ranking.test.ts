import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { browserAvailable } from '../helpers/browser.ts';
import { projectRoot } from '../helpers/build-site.ts';
import { readQuerySet, rankQueries, scoreRanking } from '../helpers/query-set.ts';
import { SitePage } from '../helpers/site-page.ts';
import { useServedSite } from '../helpers/served-site.ts';

// The share of this site's query set (tests/site/search-queries.json) with the right article
// first: 33 of 40 with whole-page ranking, 32 of 40 when results first ranked sections, 29 of 40
// once sections were scored as records of their own (BM25): one-word queries ("dermis",
// "microneedling") went to the page with the densest section on the word rather than the one
// that uses it most overall. 31 of 40 since misspelt words are searched as the site spells them
// and a heading that says little besides the reader's words counts for more; 33 of 40 since the
// safety article has a section on pregnancy and breastfeeding; 35 of 40 since a heading worded
// like the reader's question lifts its section more (up to 3×, was 1.5×), 36 since a page found
// by the query and a variant is ranked on both searches' matches (before, on the last one's), 37
// since a section covers its page's title words and such a heading lifts it up to 5×; 36 since
// sections list their readers' questions (<SearchQuestions>): "skin of colour" now finds the
// treatments article's "Does my skin colour affect which treatment to choose?" before the safety
// article (both answer it; this older set names one article), while the blind question sets'
// held-out halves gained 3 to 6 questions each. A drop below it fails; raise it when the content
// or the ranking gets better.
const REACHED = 36 / 40;

describe.runIf(browserAvailable())('searching this site with readers\u2019 own words', () => {
  const served = useServedSite('content');

  it('puts the right article first for at least the share reached when ranking was tuned', async () => {
    const queries = readQuerySet(resolve(projectRoot, 'tests/site/search-queries.json'));
    expect(queries.length).toBeGreaterThanOrEqual(30);
    const reader = await SitePage.open(served.browser, served.site);
    const { share, report } = scoreRanking(await rankQueries(reader, queries));
    console.log(`[search ranking, this site] ${report}`);
    expect(share, report).toBeGreaterThanOrEqual(REACHED);
  });

  it('finds the pages about stretch marks through the clinical words "striae distensae"', async () => {
    const reader = await SitePage.open(served.browser, served.site);
    await reader.goto();
    await reader.search('striae distensae');
    expect(await reader.resultTitles()).toContain('What are stretch marks (striae)?');
  });

  it('answers a pregnant reader typing "im" without an apostrophe with the pregnancy section', async () => {
    // "im" was searched as a word (pages have "I'm"), which outweighed "pregnant" and put a cream
    // article first; it is filler now, as "i'm" always was.
    const reader = await SitePage.open(served.browser, served.site);
    await reader.goto();
    await reader.search('can i have microdermabrasion when im pregnant');
    expect(await reader.resultLinks.first().getAttribute('href')).toMatch(/\/articles\/microdermabrasion-side-effects-and-safety\/.*#if-you-are-pregnant-or-breastfeeding$/);
  });

  it('offers "side effects" for the misspelt "side efects"', async () => {
    const reader = await SitePage.open(served.browser, served.site);
    await reader.goto();
    await reader.search('side efects');
    expect(await reader.page.locator('[data-search-suggestion]').textContent()).toBe('side effects');
  });
});
