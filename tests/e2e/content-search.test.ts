import { describe, expect, it } from 'vitest';
import { browserAvailable } from '../helpers/browser.ts';
import { SitePage } from '../helpers/site-page.ts';
import { useServedSite } from '../helpers/served-site.ts';

// The questions readers bring, and the article that answers each one: it must come first.
const queries: Array<[string, string]> = [
  ['cocoa butter', 'Microdermabrasion with cocoa butter and other creams'],
  ['dermis', 'Why microdermabrasion cannot erase stretch marks'],
  ['side effects', 'Microdermabrasion side effects and safety'],
  ['diamond', 'How microdermabrasion works: crystal and diamond-tip devices'],
  ['striae', 'What are stretch marks (striae)?'],
];

describe.runIf(browserAvailable())('searching the real site', () => {
  const served = useServedSite('content');

  it.each(queries)('"%s" returns "%s" first', async (query, title) => {
    const reader = await SitePage.open(served.browser, served.site);
    await reader.goto();
    await reader.search(query);
    expect((await reader.resultTitles())[0]).toBe(title);
  });

  it('finds the pages about stretch marks through the clinical word "striae distensae", and vice versa', async () => {
    const reader = await SitePage.open(served.browser, served.site);
    await reader.goto();
    await reader.search('striae distensae');
    expect(await reader.resultTitles()).toContain('What are stretch marks (striae)?');
  });
});
