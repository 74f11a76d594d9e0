import { describe, expect, it } from 'vitest';
import { browserAvailable } from '../helpers/browser.ts';
import { SitePage } from '../helpers/site-page.ts';
import { useServedSite } from '../helpers/served-site.ts';

describe.runIf(browserAvailable()).each(['basic', 'basicSubPath'] as const)('search on the %s site', (siteName) => {
  const served = useServedSite(siteName);

  it('finds the one article whose body contains a word, and following the result lands on it', async () => {
    const reader = await SitePage.open(served.browser, served.site);
    await reader.goto();
    await reader.search('zanzibarquux');
    expect(await reader.resultTitles()).toEqual(['The first fixture article']);
    await reader.resultLinks.first().click();
    await reader.page.waitForURL(/articles\/first-article\//);
    expect(new URL(reader.page.url()).pathname).toBe(`${new URL(served.site.url).pathname}articles/first-article/`);
    await expect(reader.page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('The first fixture article');
    expect(reader.problems, reader.problems.join("\n")).toEqual([]);
  });

  it('links a result to the section that matches, named under the title', async () => {
    const reader = await SitePage.open(served.browser, served.site);
    await reader.goto();
    await reader.search('zanzibarquux');
    await expect(reader.resultLinks.first().getAttribute('href')).resolves.toMatch(/articles\/first-article\/\?highlight=zanzibarquux#why-widgets-matter$/);
    expect(await reader.page.locator('[data-search-results] .search-result__path').first().textContent()).toMatch(/widgets matter/i);
  });

  it('does not index navigation or other pages\u2019 chrome: a footer-only word finds nothing', async () => {
    const reader = await SitePage.open(served.browser, served.site);
    await reader.goto();
    await reader.search('pharmacist');
    expect(await reader.resultTitles()).toEqual([]);
  });

  it('finds an article through a glossary alias it never uses', async () => {
    const reader = await SitePage.open(served.browser, served.site);
    await reader.goto();
    await reader.search('evidence synthesis');
    expect(await reader.resultTitles()).toContain('The first fixture article');
  });

  it('never finds drafts', async () => {
    const reader = await SitePage.open(served.browser, served.site);
    await reader.goto();
    await reader.search('draftonlyword');
    expect(await reader.resultTitles()).toEqual([]);
  });
});
