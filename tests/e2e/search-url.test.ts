import { describe, expect, it } from 'vitest';
import { browserAvailable } from '../helpers/browser.ts';
import { SitePage } from '../helpers/site-page.ts';
import { useServedSite } from '../helpers/served-site.ts';

describe.runIf(browserAvailable())('searches that can be shared', () => {
  const served = useServedSite('content');

  it('opens search with the query from ?q= in the URL', async () => {
    const reader = await SitePage.open(served.browser, served.site);
    await reader.goto('?q=diamond');
    await reader.searchDialog.waitFor();
    await reader.resultLinks.first().waitFor();
    expect(await reader.searchInput.inputValue()).toBe('diamond');
  });

  it('keeps the query in the URL while typing, and Back closes the search', async () => {
    const reader = await SitePage.open(served.browser, served.site);
    await reader.goto('topics/');
    await reader.search('dermis');
    await reader.page.waitForURL(/\?q=dermis$/);
    await reader.page.goBack();
    await reader.searchDialog.waitFor({ state: 'hidden' });
    expect(new URL(reader.page.url()).search).toBe('');
  });

  it('highlights the searched words on the page the reader lands on', async () => {
    const reader = await SitePage.open(served.browser, served.site);
    await reader.goto();
    await reader.search('petechiae');
    await reader.resultLinks.first().click();
    await reader.page.waitForURL(/highlight=petechiae/);
    // The first match may sit in a closed <details> (study numbers): attached is enough to show highlighting ran.
    await reader.page.locator('mark.pagefind-highlight, mark.pagefind__highlight').first().waitFor({ state: 'attached' });
    expect(((await reader.page.locator('mark.pagefind-highlight, mark.pagefind__highlight').first().textContent()) ?? '').toLowerCase()).toContain('petechiae');
    expect(reader.problems).toEqual([]);
  });

  it('shows a helpful message when nothing matches', async () => {
    const reader = await SitePage.open(served.browser, served.site);
    await reader.goto();
    await reader.search('zzqqxxvv');
    expect(await reader.page.locator('pagefind-summary').textContent()).toMatch(/no results/i);
    const hint = reader.searchDialog.locator('[data-search-empty]');
    await hint.waitFor();
    expect(await hint.textContent()).toMatch(/Try fewer or simpler words, or browse the topics\. Browse all topics/);
    await hint.getByRole('link').click();
    await reader.page.waitForURL(/\/topics\/$/);
  });

  it('filters results by topic and by evidence certainty', async () => {
    const reader = await SitePage.open(served.browser, served.site);
    await reader.goto('search/');
    await reader.searchInput.waitFor();
    await reader.searchInput.fill('microdermabrasion');
    await reader.resultLinks.first().waitFor();
    const all = await reader.page.locator('pagefind-results > ul > li').count();
    await reader.page.getByRole('combobox', { name: /Topic/ }).click();
    await reader.page.getByRole('option', { name: /^Safety/ }).click();
    await reader.page.waitForFunction((count) => document.querySelectorAll('pagefind-results > ul > li').length < count, all);
    expect(await reader.resultTitles()).toContain('Microdermabrasion side effects and safety');
    await reader.page.keyboard.press('Escape');
    const options = reader.page.getByRole('combobox', { name: /Evidence certainty/ });
    await options.click();
    expect(await reader.page.getByRole('option').allTextContents()).toEqual(expect.arrayContaining([expect.stringMatching(/certainty/)]));
  });
});
