import { describe, expect, it } from 'vitest';
import { browserAvailable } from '../helpers/browser.ts';
import { SitePage } from '../helpers/site-page.ts';
import { useServedSite } from '../helpers/served-site.ts';

describe.runIf(browserAvailable())('light and dark themes', () => {
  const served = useServedSite('basic');

  const background = (reader: SitePage) => reader.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const themeChoice = (reader: SitePage) => reader.page.getByRole('combobox', { name: 'Colour theme' });
  const DARK = 'rgb(21, 25, 30)';
  const LIGHT = 'rgb(247, 245, 240)';

  it('follows the system preference until the reader chooses', async () => {
    const dark = await SitePage.open(served.browser, served.site, { colorScheme: 'dark' });
    await dark.goto();
    const light = await SitePage.open(served.browser, served.site, { colorScheme: 'light' });
    await light.goto();
    expect(await background(dark)).toBe(DARK);
    expect(await background(light)).toBe(LIGHT);
    expect(await themeChoice(dark).inputValue()).toBe('system');
  });

  it('remembers the choice across reloads, applied before the first paint', async () => {
    const reader = await SitePage.open(served.browser, served.site, { colorScheme: 'light' });
    // Record the theme at the moment <body> is created, i.e. before anything of the page can paint.
    await reader.page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (!document.body) return;
        (window as unknown as { themeAtBody: string | undefined }).themeAtBody = document.documentElement.dataset['theme'];
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    await reader.goto('articles/first-article/');
    await themeChoice(reader).selectOption('dark');
    expect(await background(reader)).toBe(DARK);
    await reader.page.reload();
    expect(await reader.page.evaluate(() => (window as unknown as { themeAtBody: string }).themeAtBody)).toBe('dark');
    expect(await background(reader)).toBe(DARK);
    expect(await themeChoice(reader).inputValue()).toBe('dark');
    await reader.goto('topics/');
    expect(await background(reader)).toBe(DARK);
  });

  it('can go back to following the system after pinning a theme', async () => {
    const reader = await SitePage.open(served.browser, served.site, { colorScheme: 'dark' });
    await reader.goto();
    await themeChoice(reader).selectOption('light');
    expect(await background(reader)).toBe(LIGHT);
    await themeChoice(reader).selectOption('system');
    expect(await background(reader)).toBe(DARK);
    await reader.page.reload();
    expect(await background(reader)).toBe(DARK);
    expect(await themeChoice(reader).inputValue()).toBe('system');
  });

  it('hides the theme choice when JavaScript is off, since it could not work', async () => {
    const context = await served.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(served.site.url);
    expect(await page.getByRole('combobox', { name: 'Colour theme' }).isVisible()).toBe(false);
    await context.close();
  });
});
