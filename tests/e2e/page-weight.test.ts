import { describe, expect, it } from 'vitest';
import { browserAvailable } from '../helpers/browser.ts';
import { SitePage } from '../helpers/site-page.ts';
import { useServedSite } from '../helpers/served-site.ts';

describe.runIf(browserAvailable())('JavaScript on article pages', () => {
  const served = useServedSite('search');

  const scripts = (requests: string[]) => requests.filter((url) => /\.(m?js)(\?|$)/.test(url));

  it('loads no script at all until search is opened, then only the search code', async () => {
    const reader = await SitePage.open(served.browser, served.site);
    await reader.goto('articles/how-much-light/');
    await reader.page.waitForLoadState('networkidle');
    expect(scripts(reader.requests)).toEqual([]);
    await reader.search('greenfly');
    const loaded = scripts(reader.requests).map((url) => new URL(url).pathname);
    expect(loaded).toEqual(expect.arrayContaining(['/assets/search.js', '/pagefind/pagefind.js']));
    for (const path of loaded) expect(path).toMatch(/^\/(assets\/search\.js|pagefind\/)/);
  });
});
