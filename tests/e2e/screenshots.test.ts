import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable } from '../helpers/browser.ts';
import { projectRoot } from '../helpers/build-site.ts';
import { SitePage } from '../helpers/site-page.ts';
import { useServedSite } from '../helpers/served-site.ts';

const folder = resolve(projectRoot, 'test-results/screenshots');
const ARTICLE = 'articles/microdermabrasion-cannot-erase-stretch-marks/';

describe.runIf(browserAvailable())('screenshots for a human to look at', () => {
  const served = useServedSite('content');

  beforeAll(() => mkdirSync(folder, { recursive: true }));
  afterAll(() => console.log(`\n[screenshots] written to ${folder}\n`));

  it.each([375, 1280])('captures home, an article (top, table, popover), claims, glossary and search at %i px in both themes, with no horizontal scrolling', async (width) => {
    for (const theme of ['light', 'dark'] as const) {
      const reader = await SitePage.open(served.browser, served.site, { colorScheme: theme, viewport: { width, height: width === 375 ? 812 : 900 } });
      const shot = (name: string) => reader.page.screenshot({ path: `${folder}/${name}-${width}-${theme}.png` });
      const noSideScroll = async (name: string) =>
        expect(await reader.page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), `${name} ${width}px`).toBe(true);
      for (const [name, path] of [['home', ''], ['article', ARTICLE], ['claims', 'claims/'], ['glossary', 'glossary/']] as const) {
        await reader.goto(path);
        await noSideScroll(name);
        await shot(name);
      }
      await reader.goto(ARTICLE);
      const table = reader.page.locator('.prose table').first();
      if (await table.count()) {
        await table.evaluate((element) => element.scrollIntoView({ block: 'start' }));
        await shot('article-table');
      }
      const cite = reader.page.locator('.prose button.cite').nth(2);
      await cite.evaluate((element) => element.scrollIntoView({ block: 'center' }));
      await cite.click();
      await shot('article-citation');
      await reader.page.keyboard.press('Escape');
      const term = reader.page.locator('.prose button.term__button').first();
      await term.evaluate((element) => element.scrollIntoView({ block: 'center' }));
      await term.click();
      await shot('article-term');
      await reader.page.keyboard.press('Escape');
      await reader.search('cocoa butter');
      await shot('search');
    }
  });
});
