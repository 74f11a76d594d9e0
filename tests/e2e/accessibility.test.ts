import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserAvailable, openPage } from '../helpers/browser.ts';
import { useServedSite } from '../helpers/served-site.ts';
import { listDist } from '../helpers/dist.ts';
import { siteDir, type SiteName } from '../helpers/sites.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const THEMES = ['light', 'dark'] as const;
const WIDTHS = [375, 1280] as const;

interface AxeResult {
  violations: Array<{ id: string; help: string; nodes: Array<{ target: string[] }> }>;
}

/** axe's WCAG 2.2 AA violations on the page as it is now, one line each. */
async function violationsOf(page: Page, label: string): Promise<string[]> {
  await page.evaluate(axeSource);
  const result = (await page.evaluate((tags) => (window as unknown as { axe: { run: (context: Document, options: object) => Promise<unknown> } }).axe.run(document, { runOnly: { type: 'tag', values: tags } }), WCAG_TAGS)) as AxeResult;
  return result.violations.map((violation) => `${label} ${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
}

describe.runIf(browserAvailable()).each<SiteName>(['content', 'basicSubPath'])('accessibility of every page of the %s site', (siteName) => {
  const served = useServedSite(siteName);
  const pages = listDist(siteDir(siteName))
    .filter((file) => file.endsWith('.html'))
    .map((file) => file.replace(/index\.html$/, ''));
  const firstArticle = () => pages.find((path) => path.startsWith('articles/'))!;

  it.each(WIDTHS.flatMap((width) => THEMES.map((theme) => [width, theme] as const)))('has zero axe violations (WCAG 2.2 AA) at %i px in the %s theme', async (width, theme) => {
    const { page } = await openPage(served.browser, { colorScheme: theme, viewport: { width, height: 900 } });
    const violations: string[] = [];
    for (const path of pages) {
      await page.goto(new URL(path, served.site.url).href);
      // The search page builds its UI after load: check it once it is complete.
      if (path === 'search/') await page.locator('[data-search-page] [data-search-input]').waitFor();
      violations.push(...(await violationsOf(page, `${path || '/'} [${width} ${theme}]`)));
    }
    expect(pages.length).toBeGreaterThan(10);
    expect(violations, violations.join('\n')).toHaveLength(0);
  });

  it.each(WIDTHS)('has zero axe violations with a citation and a glossary popover open, and with the claims folded open, at %i px in both themes', async (width) => {
    for (const theme of THEMES) {
      const { page } = await openPage(served.browser, { colorScheme: theme, viewport: { width, height: 900 } });
      await page.goto(new URL(firstArticle(), served.site.url).href);
      // The folded claims are checked open on their own: an open popover may cover some of their links.
      await page.locator('details.evidence > summary').click();
      const violations = await violationsOf(page, `[${width} ${theme} claims open]`);
      await page.locator('details.evidence > summary').click();
      await page.locator('.prose button.cite').first().click();
      await page.locator('.cite-pop:popover-open').waitFor();
      violations.push(...(await violationsOf(page, `[${width} ${theme} citation open]`)));
      await page.keyboard.press('Escape');
      await page.locator('.prose button.term__button').first().click();
      await page.locator('.term-pop:popover-open').waitFor();
      violations.push(...(await violationsOf(page, `[${width} ${theme} glossary open]`)));
      expect(violations, violations.join('\n')).toHaveLength(0);
    }
  });

  it('has zero axe violations with the search dialog open, in both themes', async () => {
    for (const theme of THEMES) {
      const { page } = await openPage(served.browser, { colorScheme: theme });
      await page.goto(new URL(firstArticle(), served.site.url).href);
      await page.keyboard.press('/');
      await page.getByRole('dialog').getByRole('searchbox').fill('the');
      await page.locator('[data-search-results] .search-result__title').first().waitFor();
      const violations = await violationsOf(page, `[${theme}]`);
      expect(violations, violations.join('\n')).toHaveLength(0);
    }
  });
});
