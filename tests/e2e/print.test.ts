import { describe, expect, it } from 'vitest';
import { browserAvailable } from '../helpers/browser.ts';
import { SitePage } from '../helpers/site-page.ts';
import { useServedSite } from '../helpers/served-site.ts';

describe.runIf(browserAvailable())('printing an article', () => {
  const served = useServedSite('basic');

  it('gives a clean handout: no navigation, links with their URLs, references, review dates and care cards kept', async () => {
    const reader = await SitePage.open(served.browser, served.site);
    await reader.goto('articles/first-article/');
    await reader.page.emulateMedia({ media: 'print' });
    const visible = (selector: string) => reader.page.locator(selector).first().isVisible();
    for (const hidden of ['.site-header', '.breadcrumbs', '.toc', '.prev-next', '.related', '.skip-link']) expect(await visible(hidden), hidden).toBe(false);
    for (const kept of ['h1', '.references', '.review-info', '.care-card', '.key-points', '.evidence']) expect(await visible(kept), kept).toBe(true);
    const linkSuffix = await reader.page.evaluate(() => getComputedStyle(document.querySelector('.prose a[href^="/articles/"]')!, '::after').content);
    expect(linkSuffix).toBe('" (/articles/second-article/#beta-details)"');
    expect(await reader.page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
  });
});
