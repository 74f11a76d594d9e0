import { describe, expect, it } from 'vitest';
import { browserAvailable } from '../helpers/browser.ts';
import { SitePage } from '../helpers/site-page.ts';
import { useServedSite } from '../helpers/served-site.ts';
import { listDist } from '../helpers/dist.ts';
import { siteDir } from '../helpers/sites.ts';

describe.runIf(browserAvailable())('privacy and the Content-Security-Policy', () => {
  const served = useServedSite('content');

  it('makes no request to any origin but its own, on any page or while searching', async () => {
    const reader = await SitePage.open(served.browser, served.site);
    for (const file of listDist(siteDir('content')).filter((name) => name.endsWith('.html'))) {
      await reader.goto(file.replace(/index\.html$/, ''));
      await reader.page.waitForLoadState('networkidle');
    }
    await reader.goto('articles/what-are-stretch-marks/');
    await reader.search('striae');
    await reader.resultLinks.first().click();
    await reader.page.waitForLoadState('networkidle');
    const foreign = reader.requests.filter((url) => !url.startsWith(served.site.origin) && !url.startsWith('data:'));
    expect(reader.requests.length).toBeGreaterThan(30);
    expect(foreign).toEqual([]);
  });

  it('works under its strict CSP with no violation and no console error, search included', async () => {
    const reader = await SitePage.open(served.browser, served.site);
    const response = await reader.page.goto(served.site.url);
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
