import { describe, expect, it } from 'vitest';
import { browserAvailable } from '../helpers/browser.ts';
import { listDist } from '../helpers/dist.ts';
import { SitePage } from '../helpers/site-page.ts';
import { useServedSite } from '../helpers/served-site.ts';
import { siteDir } from '../helpers/sites.ts';

const PHONE = { width: 375, height: 812 } as const;
const articles = listDist(siteDir('basic'))
  .filter((file) => /^articles\/.+\/index\.html$/.test(file))
  .map((file) => file.replace(/index\.html$/, ''));

describe.runIf(browserAvailable())('what a reader sees first on a 375 × 812 phone', () => {
  const served = useServedSite('basic');

  it.each(articles)('%s: the main finding and how sure we are, in words, end within the first screen', async (path) => {
    const reader = await SitePage.open(served.browser, served.site, { viewport: PHONE });
    await reader.goto(path);
    const certainty = reader.page.locator('.key-finding .badge');
    await expect(certainty.textContent()).resolves.toMatch(/certainty|graded/);
    const box = (await certainty.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(PHONE.height);
  });

  it('the home page shows the first question and its answer within the first screen', async () => {
    const reader = await SitePage.open(served.browser, served.site, { viewport: PHONE });
    await reader.goto('');
    const answer = (await reader.page.locator('.question-card__answer').first().boundingBox())!;
    expect(answer.y + answer.height).toBeLessThanOrEqual(PHONE.height);
  });

  it('the claims page shows a claim within the first screen', async () => {
    const reader = await SitePage.open(served.browser, served.site, { viewport: PHONE });
    await reader.goto('claims/');
    const claim = (await reader.page.locator('.claim__text').first().boundingBox())!;
    expect(claim.y + claim.height).toBeLessThanOrEqual(PHONE.height);
  });

  it('the claims filter says how many claims a choice shows, and "Nothing matches" when it shows none', async () => {
    const reader = await SitePage.open(served.browser, served.site, { viewport: PHONE });
    await reader.goto('claims/');
    const { page } = reader;
    // The count is drawn by the filter stylesheet (CSS generated content), as the reader sees it.
    const shown = () =>
      page.locator('.claims__count').evaluate((count) => {
        const all = count.querySelector('.claims__count-all')!;
        return getComputedStyle(all).display === 'none' ? getComputedStyle(count, '::after').content.replaceAll('"', '') : all.textContent;
      });
    const status = { innerText: async () => (await page.locator('.claims__filters-status').innerText()).replace('showing  of', `showing ${await shown()} of`) };
    await expect(status.innerText()).resolves.toBe('showing 3 of 3');
    await page.getByText('Filter by verdict or topic').click();
    await page.locator('label[for="filter-verdict-true"]').click();
    await expect(status.innerText()).resolves.toBe('showing 1 of 3');
    await expect(page.locator('.claims__empty').isVisible()).resolves.toBe(false);
    await page.locator('label[for="filter-topic-alpha"]').click();
    await expect(status.innerText()).resolves.toBe('showing 0 of 3');
    await expect(page.locator('.claims__empty').isVisible()).resolves.toBe(true);
    await expect(page.locator('.claims-section .claim:visible').count()).resolves.toBe(0);
  });

  it('filter choices, header and footer links are at least 44 × 44 px', async () => {
    const reader = await SitePage.open(served.browser, served.site, { viewport: PHONE });
    await reader.goto('claims/');
    await reader.page.getByText('Filter by verdict or topic').click();
    const heights = await reader.page.locator('.filter label, .site-header__nav a, .site-footer li a, .claims__filters > summary').evaluateAll((elements) =>
      elements.map((element) => element.getBoundingClientRect().height),
    );
    for (const height of heights) expect(height).toBeGreaterThanOrEqual(44);
  });

  it('the glossary keeps its A–Z on screen while the reader scrolls', async () => {
    const reader = await SitePage.open(served.browser, served.site, { viewport: PHONE });
    await reader.goto('glossary/');
    await reader.page.evaluate(() => scrollTo(0, document.body.scrollHeight));
    const box = (await reader.page.locator('nav.az').boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeLessThan(PHONE.height);
  });

  it('the glossary filter box narrows the list to the terms a reader types, by term or other name, and says when none match', async () => {
    const reader = await SitePage.open(served.browser, served.site, { viewport: PHONE });
    await reader.goto('glossary/');
    const { page } = reader;
    const filter = page.getByLabel('Find a term');
    await filter.fill('doohick');
    await expect(page.locator('.glossary__entry:visible dt').allTextContents()).resolves.toEqual(['widget']);
    await expect(page.locator('.glossary-filter__status').innerText()).resolves.toBe('Showing 1 of 3 terms');
    await expect(page.locator('.glossary-letter:visible h2').allTextContents()).resolves.toEqual(['W']);
    await filter.fill('zzz');
    await expect(page.locator('.glossary__entry:visible').count()).resolves.toBe(0);
    await expect(page.locator('.glossary-filter__status').innerText()).resolves.toMatch(/^No term matches “zzz”/);
    await filter.fill('');
    await expect(page.locator('.glossary__entry:visible').count()).resolves.toBe(3);
  });
});

describe.runIf(browserAvailable())('claims on a 1280 px desktop', () => {
  const served = useServedSite('basic');

  it('are visible without a tap', async () => {
    const reader = await SitePage.open(served.browser, served.site, { viewport: { width: 1280, height: 900 } });
    await reader.goto('articles/first-article/');
    await expect(reader.page.locator('.evidence .claim__text').first().isVisible()).resolves.toBe(true);
  });
});
