import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchBrowser } from '../helpers/browser.ts';
import { SitePage, serveSite } from '../helpers/site-page.ts';
import type { StaticSite } from '../helpers/static-server.ts';

describe.runIf(browserAvailable())('JavaScript on article pages', () => {
  let browser: Browser;
  let site: StaticSite;

  beforeAll(async () => {
    browser = await launchBrowser();
    site = await serveSite('content');
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  const scripts = (requests: string[]) => requests.filter((url) => /\.(m?js)(\?|$)/.test(url));

  it('loads no script at all until search is opened, then only the search code', async () => {
    const reader = await SitePage.open(browser, site);
    await reader.goto('articles/how-microdermabrasion-works/');
    await reader.page.waitForLoadState('networkidle');
    expect(scripts(reader.requests)).toEqual([]);
    await reader.search('diamond');
    const loaded = scripts(reader.requests).map((url) => new URL(url).pathname);
    expect(loaded).toEqual(expect.arrayContaining(['/assets/search.js', '/pagefind/pagefind-component-ui.js']));
    for (const path of loaded) expect(path).toMatch(/^\/(assets\/search\.js|pagefind\/)/);
  });
});
