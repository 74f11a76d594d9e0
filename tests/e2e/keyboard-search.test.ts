import { describe, expect, it } from 'vitest';
import { browserAvailable } from '../helpers/browser.ts';
import { SitePage } from '../helpers/site-page.ts';
import { useServedSite } from '../helpers/served-site.ts';

describe.runIf(browserAvailable())('search with the keyboard only', () => {
  const served = useServedSite('search');

  it('opens with "/", moves through results with the arrow keys, and Enter opens the chosen result', async () => {
    const reader = await SitePage.open(served.browser, served.site);
    await reader.goto('articles/how-much-light/');
    await reader.search('water');
    const titles = await reader.resultTitles();
    expect(titles.length).toBeGreaterThan(1);
    await reader.page.keyboard.press('ArrowDown');
    await reader.page.keyboard.press('ArrowDown');
    await reader.page.keyboard.press('ArrowUp');
    const focused = await reader.page.evaluate(() => document.activeElement?.closest('a')?.getAttribute('href') ?? document.activeElement?.outerHTML ?? '');
    expect(focused).toMatch(/articles\/watering-schedule\//);
    await reader.page.keyboard.press('Enter');
    await reader.page.waitForURL(/highlight=water/);
    expect(reader.page.url()).toContain(focused.split('?')[0]!);
  });

  it('closes with Escape and gives focus back to the search button', async () => {
    const reader = await SitePage.open(served.browser, served.site);
    await reader.goto('articles/how-much-light/');
    await reader.page.getByRole('link', { name: 'Search' }).focus();
    await reader.page.keyboard.press('Enter');
    await reader.searchDialog.waitFor();
    await reader.page.keyboard.type('roots');
    await reader.page.keyboard.press('Escape');
    await reader.searchDialog.waitFor({ state: 'hidden' });
    expect(await reader.page.evaluate(() => document.activeElement?.classList.contains('search-button'))).toBe(true);
  });

  it('reopens with "/" pressed right after Escape, keeps what is typed, and Back then closes it', async () => {
    const reader = await SitePage.open(served.browser, served.site);
    await reader.goto();
    // The race is between the closing history step and the next key: try it a few times.
    for (const query of ['repot', 'greenfly', 'light']) {
      await reader.search('water');
      await reader.page.keyboard.press('Escape');
      await reader.page.keyboard.press('/');
      await reader.page.keyboard.type(query);
      await reader.searchSettled(query);
      await reader.page.waitForTimeout(200);
      expect(await reader.searchDialog.isVisible()).toBe(true);
      expect(await reader.searchInput.inputValue()).toBe(query);
      expect(new URL(reader.page.url()).searchParams.get('q')).toBe(query);
      await reader.page.goBack();
      await reader.searchDialog.waitFor({ state: 'hidden' });
      expect(new URL(reader.page.url()).searchParams.get('q')).toBeNull();
    }
  });

  it('opens with Ctrl+K as well', async () => {
    const reader = await SitePage.open(served.browser, served.site);
    await reader.goto();
    await reader.page.keyboard.press('Control+k');
    await reader.searchDialog.waitFor();
    expect(await reader.searchDialog.isVisible()).toBe(true);
  });

  it('does not steal "/" while the reader is typing in a field', async () => {
    const reader = await SitePage.open(served.browser, served.site);
    await reader.goto('search/');
    await reader.searchInput.waitFor();
    await reader.searchInput.fill('a/b');
    expect(await reader.searchInput.inputValue()).toBe('a/b');
    expect(await reader.page.locator('#search-dialog[open]').count()).toBe(0);
  });

  it('on the search page, "/" goes to the page\u2019s own search box instead of opening a second one', async () => {
    const reader = await SitePage.open(served.browser, served.site);
    await reader.goto('search/');
    await reader.searchInput.waitFor();
    await reader.page.locator('h1').click();
    await reader.page.keyboard.press('/');
    expect(await reader.page.evaluate(() => document.activeElement?.closest('[data-search-page]') !== null)).toBe(true);
    expect(await reader.page.locator('#search-dialog').count()).toBe(0);
  });

  it('reaches every control with Tab, starting with the skip link', async () => {
    const reader = await SitePage.open(served.browser, served.site);
    await reader.goto('articles/how-much-light/');
    await reader.page.keyboard.press('Tab');
    expect(await reader.page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to main content');
    await reader.page.keyboard.press('Enter');
    expect(await reader.page.evaluate(() => document.activeElement?.id)).toBe('main');
  });
});
