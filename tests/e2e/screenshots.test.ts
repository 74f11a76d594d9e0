import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable } from '../helpers/browser.ts';
import { projectRoot } from '../helpers/build-site.ts';
import { SitePage } from '../helpers/site-page.ts';
import { useServedSite } from '../helpers/served-site.ts';

const folder = resolve(projectRoot, 'test-results/screenshots');

describe.runIf(browserAvailable())('screenshots for a human to look at', () => {
  const served = useServedSite('content');

  beforeAll(() => mkdirSync(folder, { recursive: true }));
  afterAll(() => console.log(`\n[screenshots] written to ${folder}\n`));

  it.each([375, 1280])('captures home, an article and search results at %i px in both themes, with no horizontal scrolling', async (width) => {
    for (const theme of ['light', 'dark'] as const) {
      const reader = await SitePage.open(served.browser, served.site, { colorScheme: theme, viewport: { width, height: 900 } });
      for (const [name, path] of [['home', ''], ['article', 'articles/microdermabrasion-cannot-erase-stretch-marks/']] as const) {
        await reader.goto(path);
        expect(await reader.page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), `${name} ${width}px`).toBe(true);
        await reader.page.screenshot({ path: `${folder}/${name}-${width}-${theme}.png`, fullPage: name === 'article' && width === 375 ? false : false });
      }
      await reader.search('cocoa butter');
      await reader.page.screenshot({ path: `${folder}/search-${width}-${theme}.png` });
    }
  });
});
