import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { browserAvailable, openPage } from '../helpers/browser.ts';
import { useServedSite } from '../helpers/served-site.ts';
import { listDist } from '../helpers/dist.ts';
import { siteDir, type SiteName } from '../helpers/sites.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface AxeResult {
  violations: Array<{ id: string; help: string; nodes: Array<{ target: string[] }> }>;
}

describe.runIf(browserAvailable()).each<SiteName>(['content', 'basicSubPath'])('accessibility of every page of the %s site', (siteName) => {
  const served = useServedSite(siteName);
  const pages = listDist(siteDir(siteName))
    .filter((file) => file.endsWith('.html'))
    .map((file) => file.replace(/index\.html$/, ''));

  it.each(['light', 'dark'] as const)('has zero axe violations (WCAG 2.2 AA) in the %s theme', async (theme) => {
    const { page } = await openPage(served.browser, { colorScheme: theme });
    const violations: string[] = [];
    for (const path of pages) {
      await page.goto(new URL(path, served.site.url).href);
      // The search page builds its UI after load: check it once it is complete.
      if (path === 'search/') await page.locator('[data-search-page] [data-search-input]').waitFor();
      await page.evaluate(axeSource);
      const result = (await page.evaluate((tags) => (window as unknown as { axe: { run: (context: Document, options: object) => Promise<unknown> } }).axe.run(document, { runOnly: { type: 'tag', values: tags } }), WCAG_TAGS)) as AxeResult;
      for (const violation of result.violations) {
        violations.push(`${path || '/'} [${theme}] ${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
      }
    }
    expect(pages.length).toBeGreaterThan(10);
    expect(violations, violations.join('\n')).toHaveLength(0);
  });

  it('has zero axe violations with the search dialog open, in both themes', async () => {
    for (const theme of ['light', 'dark'] as const) {
      const { page } = await openPage(served.browser, { colorScheme: theme });
      await page.goto(new URL(pages.find((path) => path.startsWith('articles/'))!, served.site.url).href);
      await page.keyboard.press('/');
      await page.getByRole('dialog').getByRole('searchbox').fill('the');
      await page.locator('[data-search-results] .search-result__title').first().waitFor();
      await page.evaluate(axeSource);
      const result = (await page.evaluate((tags) => (window as unknown as { axe: { run: (context: Document, options: object) => Promise<unknown> } }).axe.run(document, { runOnly: { type: 'tag', values: tags } }), WCAG_TAGS)) as AxeResult;
      const violations = result.violations.map((violation) => `[${theme}] ${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
      expect(violations, violations.join('\n')).toHaveLength(0);
    }
  });
});
