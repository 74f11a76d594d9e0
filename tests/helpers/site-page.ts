import type { Browser, Page } from 'playwright-core';
import { openPage } from './browser.ts';
import { serveStatic, type StaticSite } from './static-server.ts';
import { siteDir, sites, type SiteName } from './sites.ts';

/** A shared test site served on 127.0.0.1 for browser tests. */
export async function serveSite(name: SiteName): Promise<StaticSite> {
  return serveStatic(siteDir(name), sites[name].base);
}

/** A page of a served site, driven the way a reader would: by roles, keys and visible text. */
export class SitePage {
  readonly page: Page;
  readonly site: StaticSite;
  /** Console errors, page errors and CSP violations seen so far. */
  readonly problems: string[];
  /** Every URL the page requested. */
  readonly requests: string[];

  constructor(page: Page, site: StaticSite, problems: string[], requests: string[]) {
    this.page = page;
    this.site = site;
    this.problems = problems;
    this.requests = requests;
  }

  /** Opens a new page (console errors, page errors and CSP violations are collected). */
  static async open(browser: Browser, site: StaticSite, options: Parameters<typeof openPage>[1] = {}): Promise<SitePage> {
    const { page, problems, requests } = await openPage(browser, options);
    return new SitePage(page, site, problems, requests);
  }

  /** Goes to a site path such as "articles/a/" (relative to the base path). */
  async goto(path = ''): Promise<void> {
    await this.page.goto(new URL(path, this.site.url).href);
  }

  /** The search dialog. */
  get searchDialog() {
    return this.page.getByRole('dialog', { name: /search/i });
  }

  /** The search box inside the open search dialog or search page. */
  get searchInput() {
    return this.page.getByRole('searchbox').first();
  }

  /** Result title links, in order. */
  get resultLinks() {
    return this.page.locator('[data-search-results] .search-result__title');
  }

  /** The status line above the results ("3 results for …"). */
  get searchStatus() {
    return this.page.locator('[data-search-status]').first();
  }

  /** Opens search with "/" and types a query; waits until the results for it are drawn. */
  async search(query: string): Promise<void> {
    await this.page.keyboard.press('/');
    await this.searchInput.waitFor();
    await this.searchInput.fill(query);
    await this.searchSettled(query);
  }

  /** Waits until the results (or "No results") for `query` are drawn. */
  async searchSettled(query: string): Promise<void> {
    await this.page.waitForFunction((term) => document.querySelector('[data-search-results]')?.getAttribute('data-query') === term, query.trim(), { timeout: 15_000 });
  }

  /** Titles of the results shown, in order. */
  async resultTitles(): Promise<string[]> {
    return (await this.resultLinks.allTextContents()).map((title) => title.trim());
  }
}
