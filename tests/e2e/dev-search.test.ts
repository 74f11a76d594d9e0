import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchBrowser, openPage } from '../helpers/browser.ts';
import { projectRoot } from '../helpers/build-site.ts';
import { startDev } from '../helpers/dev-server.ts';
import { siteDir } from '../helpers/sites.ts';

describe.runIf(browserAvailable())('search in the dev server', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('searches the last build\u2019s index', async () => {
    const dev = await startDev(siteDir('basic'));
    try {
      const { page } = await openPage(browser);
      // The first request makes Vite optimise dependencies and reload the page once: let it settle.
      await page.goto(`${dev.url}articles/first-article/`, { waitUntil: 'networkidle' });
      await page.waitForTimeout(1000);
      await page.goto(`${dev.url}articles/first-article/`, { waitUntil: 'networkidle' });
      await page.keyboard.press('/');
      await page.getByRole('dialog').getByRole('searchbox').fill('zanzibarquux');
      await page.locator('[data-search-results] .search-result__title').first().waitFor();
      expect(await page.locator('[data-search-results] .search-result__title').first().textContent()).toContain('The first fixture article');
    } finally {
      dev.stop();
    }
  });

  it('searches the last build\u2019s index under a base path', async () => {
    const dev = await startDev(siteDir('basicSubPath'), undefined, { SITE_BASE: '/some/sub/path/' });
    try {
      const { page } = await openPage(browser);
      const article = `${dev.url}some/sub/path/articles/first-article/`;
      await page.goto(article, { waitUntil: 'networkidle' });
      await page.waitForTimeout(1000);
      await page.goto(article, { waitUntil: 'networkidle' });
      await page.keyboard.press('/');
      await page.getByRole('dialog').getByRole('searchbox').fill('zanzibarquux');
      await page.locator('[data-search-results] .search-result__title').first().waitFor();
      expect(await page.locator('[data-search-results] .search-result__title').first().textContent()).toContain('The first fixture article');
    } finally {
      dev.stop();
    }
  });

  it('says how to get an index when there is no build yet', async () => {
    const dev = await startDev(resolve(projectRoot, '.build/test/no-build-yet'));
    try {
      const { page } = await openPage(browser);
      await page.goto(`${dev.url}search/`, { waitUntil: 'networkidle' });
      const notice = page.locator('[data-search-notice]');
      await notice.waitFor();
      expect(await notice.textContent()).toContain('The search index has not been built yet. Run npm run build once');
      await page.goto(`${dev.url}articles/first-article/`, { waitUntil: 'networkidle' });
      await page.keyboard.press('/');
      await page.locator('#search-dialog [data-search-status]').filter({ hasText: 'Run npm run build once' }).waitFor();
    } finally {
      dev.stop();
    }
  });
});
