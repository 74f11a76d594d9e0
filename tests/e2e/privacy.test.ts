import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchBrowser } from '../helpers/browser.ts';
import { SitePage, serveSite } from '../helpers/site-page.ts';
import { listDist } from '../helpers/dist.ts';
import { siteDir } from '../helpers/sites.ts';
import type { StaticSite } from '../helpers/static-server.ts';

describe.runIf(browserAvailable())('privacy and the Content-Security-Policy', () => {
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

  it('makes no request to any origin but its own, on any page or while searching', async () => {
    const reader = await SitePage.open(browser, site);
    for (const file of listDist(siteDir('content')).filter((name) => name.endsWith('.html'))) {
      await reader.goto(file.replace(/index\.html$/, ''));
      await reader.page.waitForLoadState('networkidle');
    }
    await reader.goto('articles/what-are-stretch-marks/');
    await reader.search('striae');
    await reader.resultLinks.first().click();
    await reader.page.waitForLoadState('networkidle');
    const foreign = reader.requests.filter((url) => !url.startsWith(site.origin) && !url.startsWith('data:'));
    expect(reader.requests.length).toBeGreaterThan(30);
    expect(foreign).toEqual([]);
  });

  it('works under its strict CSP with no violation and no console error, search included', async () => {
    const reader = await SitePage.open(browser, site);
    const response = await reader.page.goto(site.url);
    const csp = response?.headers()['content-security-policy'] ?? '';
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-");
    expect(csp).not.toContain('unsafe-inline');
    await reader.search('tretinoin');
    await reader.resultLinks.first().click();
    await reader.page.waitForLoadState('networkidle');
    await reader.goto('search/?q=laser');
    await reader.resultLinks.first().waitFor();
    expect(reader.problems).toEqual([]);
  });
});
