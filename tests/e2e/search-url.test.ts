import { describe, expect, it } from 'vitest';
import { browserAvailable } from '../helpers/browser.ts';
import { SitePage } from '../helpers/site-page.ts';
import { useServedSite } from '../helpers/served-site.ts';

describe.runIf(browserAvailable())('searches that can be shared', () => {
  const served = useServedSite('search');

  it('opens search with the query from ?q= in the URL', async () => {
    const reader = await SitePage.open(served.browser, served.site);
    await reader.goto('?q=greenfly');
    await reader.searchDialog.waitFor();
    await reader.resultLinks.first().waitFor();
    expect(await reader.searchInput.inputValue()).toBe('greenfly');
  });

  it('keeps the query in the URL while typing, and Back closes the search', async () => {
    const reader = await SitePage.open(served.browser, served.site);
    await reader.goto('topics/');
    await reader.search('roots');
    await reader.page.waitForURL(/\?q=roots$/);
    await reader.page.goBack();
    await reader.searchDialog.waitFor({ state: 'hidden' });
    expect(new URL(reader.page.url()).search).toBe('');
  });

  it('highlights the searched words on the page the reader lands on', async () => {
    const reader = await SitePage.open(served.browser, served.site);
    await reader.goto();
    await reader.search('chlorosis');
    await reader.resultLinks.first().click();
    await reader.page.waitForURL(/highlight=chlorosis/);
    await reader.page.locator('mark.pagefind-highlight, mark.pagefind__highlight').first().waitFor({ state: 'attached' });
    expect(((await reader.page.locator('mark.pagefind-highlight, mark.pagefind__highlight').first().textContent()) ?? '').toLowerCase()).toContain('chlorosis');
    expect(reader.problems).toEqual([]);
  });

  it('shows a helpful message when nothing matches', async () => {
    const reader = await SitePage.open(served.browser, served.site);
    await reader.goto();
    await reader.search('zzqqxxvv');
    expect(await reader.searchStatus.textContent()).toBe('No results for “zzqqxxvv”');
    const hint = reader.searchDialog.locator('[data-search-empty]');
    await hint.waitFor();
    expect(await hint.textContent()).toMatch(/Try fewer or simpler words, or browse the topics\. Browse all topics/);
    await hint.getByRole('link').click();
    await reader.page.waitForURL(/\/topics\/$/);
  });

  it('searches on the search page too, keeping the query in the URL', async () => {
    const reader = await SitePage.open(served.browser, served.site);
    await reader.goto('search/?q=repot');
    await reader.searchSettled('repot');
    expect((await reader.resultTitles())[0]).toBe('When to repot a plant');
    await reader.searchInput.fill('greenfly');
    await reader.page.waitForURL(/\?q=greenfly$/);
    expect(reader.problems).toEqual([]);
  });
});
