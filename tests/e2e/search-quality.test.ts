import { describe, expect, it } from 'vitest';
import { browserAvailable } from '../helpers/browser.ts';
import { SitePage } from '../helpers/site-page.ts';
import { useServedSite } from '../helpers/served-site.ts';

describe.runIf(browserAvailable())('search that answers readers\u2019 words', () => {
  const served = useServedSite('search');

  it('finds an article through a glossary alias, with an excerpt of visible text and no alias list', async () => {
    const reader = await SitePage.open(served.browser, served.site);
    await reader.goto();
    await reader.search('plant lice');
    expect((await reader.resultTitles())[0]).toBe('Getting rid of greenfly on houseplants');
    const excerpts = await reader.page.locator('[data-search-results] p').allTextContents();
    expect(excerpts.length).toBeGreaterThan(0);
    for (const excerpt of excerpts) {
      expect(excerpt).not.toMatch(/greenfly, plant lice|plant lice|aphid/i);
    }
    expect(reader.problems).toEqual([]);
  });

  it('offers "Did you mean" from the site\u2019s own words, and one click searches it', async () => {
    const reader = await SitePage.open(served.browser, served.site);
    await reader.goto();
    await reader.search('wattering');
    const suggestion = reader.page.locator('[data-search-suggestion]');
    expect(await reader.page.locator('[data-search-suggest]').textContent()).toMatch(/^Did you mean watering\?$/);
    await suggestion.click();
    await reader.searchSettled('watering');
    expect(await reader.searchInput.inputValue()).toBe('watering');
    expect((await reader.resultTitles())[0]).toBe('How often to water houseplants');
  });

  it('searches a misspelt word as the site spells it, even when the other words match, and says so', async () => {
    const reader = await SitePage.open(served.browser, served.site);
    await reader.goto();
    await reader.search('why are my leaves turning yelow');
    expect(await reader.page.locator('[data-search-fallback]').textContent()).toBe('No page mentions “yelow”, so these results are for “leaves turning yellow”.');
    expect((await reader.resultTitles())[0]).toBe('Why leaves turn yellow');
  });

  it('answers a question with a word no page has from the other words, and says which word was left out', async () => {
    const reader = await SitePage.open(served.browser, served.site);
    await reader.goto();
    await reader.search('how often should I water my bonsai');
    expect(await reader.page.locator('[data-search-fallback]').textContent()).toBe('No page mentions “bonsai”, so these results match the other words.');
    expect((await reader.resultTitles())[0]).toBe('How often to water houseplants');
  });

  it('shows excerpts at body-text size, names sections by their heading without "#", and draws no idle controls', async () => {
    const reader = await SitePage.open(served.browser, served.site);
    await reader.goto();
    await reader.search('roots');
    const sizes = await reader.page.evaluate(() => ({
      body: getComputedStyle(document.body).fontSize,
      excerpt: getComputedStyle(document.querySelector('.search-result__excerpt')!).fontSize,
      section: getComputedStyle(document.querySelector('.search-section__excerpt') ?? document.querySelector('.search-result__excerpt')!).fontSize,
    }));
    expect(sizes.excerpt).toBe(sizes.body);
    expect(sizes.section).toBe(sizes.body);
    for (const heading of await reader.page.locator('.search-section__title').allTextContents()) expect(heading).not.toMatch(/^#/);
    // Fewer results than one page: no "Show more"; no suggestion for a known word.
    expect(await reader.page.locator('[data-search-more]').isVisible()).toBe(false);
    expect(await reader.page.locator('[data-search-suggest]').isVisible()).toBe(false);
    await reader.searchInput.fill('greenfly');
    await reader.searchSettled('greenfly');
    // Every result is in one topic: a chip would filter nothing, so there are none.
    expect(await reader.page.locator('[data-search-chips]').isVisible()).toBe(false);
  });

  it('filters by topic with chips whose counts equal the results then shown', async () => {
    const reader = await SitePage.open(served.browser, served.site);
    await reader.goto();
    await reader.search('water');
    const chip = reader.page.getByRole('group', { name: 'Filter by topic' }).getByRole('button', { name: /^Light/ });
    const count = Number(await chip.locator('.search-chip__count').textContent());
    await chip.click();
    await reader.page.waitForFunction(() => document.querySelector('[data-search-chips] [aria-pressed="true"]') !== null);
    await reader.page.waitForFunction((n) => document.querySelectorAll('[data-search-results] > li').length === n, count);
    expect(await reader.page.locator('[data-search-results] > li').count()).toBe(count);
    expect(await reader.searchStatus.textContent()).toContain(`${count} result`);
    expect(await chip.getAttribute('aria-pressed')).toBe('true');
  });

  it('fits a 320 px screen: the dialog, the search box and every chip stay inside it', async () => {
    const reader = await SitePage.open(served.browser, served.site, { viewport: { width: 320, height: 640 } });
    await reader.goto();
    await reader.search('water');
    await reader.page.locator('[data-search-chips] button').first().waitFor();
    const boxes = await reader.page.evaluate(() =>
      [...document.querySelectorAll('#search-dialog, #search-dialog input, #search-dialog button, #search-dialog .search-result')]
        .filter((node) => (node as HTMLElement).offsetParent !== null || node.id === 'search-dialog')
        .map((node) => { const box = node.getBoundingClientRect(); return { what: node.className || node.tagName, left: box.left, right: box.right }; }),
    );
    expect(boxes.length).toBeGreaterThan(3);
    for (const box of boxes) {
      expect(box.left, box.what).toBeGreaterThanOrEqual(0);
      expect(box.right, box.what).toBeLessThanOrEqual(320);
    }
    expect(await reader.page.evaluate(() => document.getElementById('search-dialog')!.scrollWidth <= document.getElementById('search-dialog')!.clientWidth)).toBe(true);
  });

  it('reopened, selects the previous query so typing replaces it', async () => {
    const reader = await SitePage.open(served.browser, served.site);
    await reader.goto();
    await reader.search('light');
    await reader.page.keyboard.press('Escape');
    await reader.searchDialog.waitFor({ state: 'hidden' });
    // Closing steps back in history; reopening is tested once that step has arrived.
    await reader.page.waitForFunction(() => !(history.state as { search?: boolean } | null)?.search);
    await reader.page.keyboard.press('/');
    await reader.searchDialog.waitFor();
    await reader.page.keyboard.type('repot');
    expect(await reader.searchInput.inputValue()).toBe('repot');
    await reader.searchSettled('repot');
    expect((await reader.resultTitles())[0]).toBe('When to repot a plant');
  });

  it('focuses the search box inside the click that opens search, before any script is fetched', async () => {
    const reader = await SitePage.open(served.browser, served.site);
    await reader.goto();
    // Hold back the search script: focus must not wait for it (phones show the keyboard only
    // when focus moves inside the reader's gesture).
    await reader.page.route('**/assets/search.js', () => undefined);
    await reader.page.getByRole('link', { name: 'Search', exact: true }).click();
    expect(await reader.page.evaluate(() => document.activeElement?.matches('#search-dialog [data-search-input]'))).toBe(true);
  });

  it('Escape from a topic chip closes the search in one press and returns focus to the search button', async () => {
    const reader = await SitePage.open(served.browser, served.site);
    await reader.goto();
    await reader.page.getByRole('link', { name: 'Search', exact: true }).focus();
    await reader.page.keyboard.press('Enter');
    await reader.searchDialog.waitFor();
    await reader.page.keyboard.type('water');
    await reader.searchSettled('water');
    await reader.page.locator('[data-search-chips] button').first().focus();
    await reader.page.keyboard.press('Escape');
    await reader.searchDialog.waitFor({ state: 'hidden' });
    expect(await reader.page.evaluate(() => document.activeElement?.classList.contains('search-button'))).toBe(true);
  });
});
