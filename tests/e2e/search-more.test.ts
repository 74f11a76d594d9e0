import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchBrowser } from '../helpers/browser.ts';
import { buildSite, projectRoot } from '../helpers/build-site.ts';
import { fixturesDir, throwawayCacheEnv } from '../helpers/fixture-copy.ts';
import { SitePage } from '../helpers/site-page.ts';
import { serveStatic, type StaticSite } from '../helpers/static-server.ts';

const outDir = resolve(projectRoot, '.build/test/search-more');
const EXTRA_ARTICLES = 20;

/** The houseplant fixture with 20 more articles on what pots cost, so "pot cost" has more results than one batch. */
function fixtureWithManyResults(): string {
  mkdirSync(resolve(projectRoot, '.build'), { recursive: true });
  const dir = mkdtempSync(join(resolve(projectRoot, '.build'), 'search-more-'));
  cpSync(join(fixturesDir, 'search'), dir, { recursive: true });
  for (let n = 1; n <= EXTRA_ARTICLES; n++) {
    writeFileSync(
      join(dir, 'articles', `pot-${n}.mdx`),
      `---
title: Choosing pot number ${n}
description: What pot number ${n} is made of, how big it is and what it costs.
topics: [watering]
published: 2026-03-${String(n).padStart(2, '0')}
review:
  reviewed: 2026-03-01
  by: Fixture editorial process
  next: 2099-03-01
---

## What it is made of

Pot number ${n} is clay, with one drainage hole.

## What it costs

The cost of this pot depends on its size. The price of a bigger pot is higher.
`,
    );
  }
  return dir;
}

describe.runIf(browserAvailable())('more search results', () => {
  const state = {} as { browser: Browser; site: StaticSite };
  beforeAll(async () => {
    const contentDir = fixtureWithManyResults();
    const result = await buildSite({ contentDir, outDir, env: throwawayCacheEnv(contentDir) });
    expect(result.code, result.output.slice(-2000)).toBe(0);
    // The collector on demand: Pagefind frees the data of results the page no longer holds.
    state.browser = await launchBrowser(['--js-flags=--expose-gc']);
    state.site = await serveStatic(outDir, '/');
  }, 300_000);
  afterAll(async () => {
    await state.browser?.close();
    await state.site?.close();
  });

  it('load on "Show more" after the garbage collector has run, each with its title and link', async () => {
    const reader = await SitePage.open(state.browser, state.site);
    await reader.goto();
    // "cost" is also searched as "price" (an everyday word group): the results merge two searches.
    await reader.search('pot cost');
    const results = reader.page.locator('[data-search-results] > li');
    expect(await results.count()).toBe(8);
    for (let round = 0; round < 5; round++) {
      await reader.page.evaluate(() => (globalThis as unknown as { gc: () => void }).gc());
      await reader.page.waitForTimeout(50);
    }
    const more = reader.page.locator('[data-search-more]').first();
    await more.click();
    await reader.page.waitForFunction(() => document.querySelectorAll('[data-search-results] > li').length === 16, undefined, { timeout: 10_000 });
    await more.click();
    await reader.page.waitForFunction(() => document.querySelectorAll('[data-search-results] > li').length > 16, undefined, { timeout: 10_000 });
    const links = await reader.page.locator('[data-search-results] .search-result__title').evaluateAll((nodes) => nodes.map((node) => [node.textContent ?? '', node.getAttribute('href') ?? '']));
    expect(links.length).toBeGreaterThanOrEqual(EXTRA_ARTICLES);
    for (const [title, href] of links) {
      expect(title).not.toBe('');
      expect(href).toMatch(/^\/articles\//);
    }
    expect(reader.problems).toEqual([]);
  });
});
