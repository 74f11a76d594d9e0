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
    // Not the theme choice in the header, a <select> (also a combobox).
    return this.page.getByRole('searchbox').or(this.page.locator('[role="combobox"]:not(select)')).first();
  }

  /** Result links, in order. */
  get resultLinks() {
    return this.page.locator('pagefind-results .pf-result-link');
  }

  /** Opens search with "/" and types a query; waits for results or the empty state. */
  async search(query: string): Promise<void> {
    await this.page.keyboard.press('/');
    await this.searchInput.waitFor();
    await this.searchInput.fill(query);
    // Settled when the summary names the query and the number of rendered results matches it.
    await this.page.waitForFunction(
      (term) => {
        const summary = document.querySelector('pagefind-summary')?.textContent ?? '';
        if (!summary.includes(term)) return false;
        if (/no results/i.test(summary)) return true;
        const count = Number(/(\d+)\s+results?/i.exec(summary)?.[1] ?? NaN);
        const shown = document.querySelectorAll('pagefind-results .pf-result-link').length;
        return shown > 0 && (shown === count || shown >= 5);
      },
      query,
      { timeout: 15_000 },
    );
  }

  /** Titles of the results shown, in order. */
  async resultTitles(): Promise<string[]> {
    return (await this.resultLinks.allTextContents()).map((title) => title.trim());
  }
}
