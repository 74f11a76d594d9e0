import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchBrowser, openPage } from '../helpers/browser.ts';
import { projectRoot, withoutTestRunnerVariables } from '../helpers/build-site.ts';
import { siteDir } from '../helpers/sites.ts';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise((done) => server.close(done));
  return port;
}

/** Starts `astro dev` on the fixture content, with the given folder as "the last build". */
async function startDev(lastBuild: string): Promise<{ url: string; stop: () => void }> {
  const port = await freePort();
  const env = { ...withoutTestRunnerVariables(process.env), SITE_CONTENT_DIR: 'tests/fixtures/basic', SITE_OUT_DIR: lastBuild, ASTRO_TELEMETRY_DISABLED: '1' };
  const child: ChildProcess = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: projectRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise<void>((ready, fail) => {
    const timer = setTimeout(() => fail(new Error(`astro dev did not start:\n${output}`)), 60_000);
    const listen = (chunk: Buffer) => {
      output += chunk;
      if (output.includes(`127.0.0.1:${port}`)) {
        clearTimeout(timer);
        ready();
      }
    };
    child.stdout?.on('data', listen);
    child.stderr?.on('data', listen);
  });
  return { url: `http://127.0.0.1:${port}/`, stop: () => child.kill() };
}

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
