import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchBrowser, openPage } from '../helpers/browser.ts';
import { projectRoot } from '../helpers/build-site.ts';
import { startDev } from '../helpers/dev-server.ts';
import { siteDir } from '../helpers/sites.ts';

describe.runIf(browserAvailable())('an author saving a broken article during npm run dev', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('sees the error overlay naming the file and the misspelt field, and the page again once it is fixed', async () => {
    // Outside the project: the dev server does not watch build folders such as .build/.
    const contentDir = join(mkdtempSync(join(tmpdir(), 'dev-errors-')), 'content');
    cpSync(resolve(projectRoot, 'tests/fixtures/basic'), contentDir, { recursive: true });
    const article = join(contentDir, 'articles/first-article.mdx');
    const original = readFileSync(article, 'utf8');
    const dev = await startDev(siteDir('basic'), contentDir);
    try {
      const { page } = await openPage(browser);
      await page.goto(`${dev.url}articles/second-article/`, { waitUntil: 'networkidle' });
      await page.waitForTimeout(1000);
      await page.goto(`${dev.url}articles/second-article/`, { waitUntil: 'networkidle' });
      writeFileSync(article, original.replace(/^keyPoints:/m, 'keypoints:'));
      const overlay = page.locator('vite-error-overlay');
      await overlay.waitFor({ state: 'attached', timeout: 20_000 });
      const text = await overlay.evaluate((element) => element.shadowRoot?.textContent ?? element.textContent ?? '');
      expect(text).toContain('first-article.mdx');
      expect(text).toContain('keypoints: Unknown field (did you mean "keyPoints"?)');
      expect(dev.output()).toMatch(/first-article\.mdx: frontmatter does not match the schema:\n\s+- keypoints: Unknown field/);
      expect(dev.output()).not.toContain('****');

      writeFileSync(article, original);
      await page.waitForTimeout(3000);
      await page.goto(`${dev.url}articles/second-article/`, { waitUntil: 'networkidle' });
      expect(await page.locator('h1').textContent()).toBe('The second fixture article');
    } finally {
      dev.stop();
    }
  });

  it('sees the overlay naming file and line of a component left unclosed', async () => {
    const contentDir = join(mkdtempSync(join(tmpdir(), 'dev-errors-')), 'content');
    cpSync(resolve(projectRoot, 'tests/fixtures/basic'), contentDir, { recursive: true });
    const article = join(contentDir, 'articles/second-article.mdx');
    const original = readFileSync(article, 'utf8');
    const dev = await startDev(siteDir('basic'), contentDir);
    try {
      const { page } = await openPage(browser);
      await page.goto(`${dev.url}articles/first-article/`, { waitUntil: 'networkidle' });
      await page.waitForTimeout(1000);
      await page.goto(`${dev.url}articles/first-article/`, { waitUntil: 'networkidle' });
      const lines = original.split('\n');
      writeFileSync(article, `${original.trimEnd()}\n\n<Callout kind="note" title="Before you book">\n\nAsk about the cost.\n`);
      const overlay = page.locator('vite-error-overlay');
      await overlay.waitFor({ state: 'attached', timeout: 20_000 });
      const text = await overlay.evaluate((element) => element.shadowRoot?.textContent ?? element.textContent ?? '');
      expect(text).toContain(`second-article.mdx:${lines.length + 1}:1: Expected a closing tag for \`<Callout>\``);
      expect(text).toContain('Close the component: add </Callout>');
    } finally {
      writeFileSync(article, original);
      dev.stop();
    }
  });
});
