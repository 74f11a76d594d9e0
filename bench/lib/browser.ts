// Browser measurements in the machine's Chromium (driven by playwright-core; never downloads a
// browser): an article's first view, and search latency on a large site.
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { UI, type SearchUi } from './selectors.ts';
import type { StaticServer } from './static-server.ts';

const CHROMIUM_CANDIDATES = [process.env['CHROME_PATH'], '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter((p): p is string => Boolean(p));

/** Launches headless Chromium with the flags this machine needs. */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = CHROMIUM_CANDIDATES.find((path) => existsSync(path));
  if (!executablePath) throw new Error('Chromium not found (looked for /usr/bin/chromium; set CHROME_PATH).');
  return chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-dev-shm-usage'],
  });
}

/** Bytes of one kind of resource. */
export interface Weight {
  requests: number;
  raw: number;
  gzip: number;
}

/** What a page loads before anyone touches it. */
export interface FirstView {
  url: string;
  html: Weight;
  css: Weight;
  js: Weight;
  /** HTML + CSS + JS. */
  total: Weight;
  /** Anything else (images, fonts, fetches), counted apart. */
  other: Weight;
  /** Script requests (external or module scripts) before search is opened. */
  scriptRequests: number;
  /** Bytes of inline <script> code in the HTML (JSON-LD excluded), part of the HTML weight. */
  inlineScriptBytes: number;
  resources: Array<{ url: string; type: string; raw: number; gzip: number }>;
}

const gz = (body: Buffer) => (body.length === 0 ? 0 : gzipSync(body, { level: 6 }).length);
const emptyWeight = (): Weight => ({ requests: 0, raw: 0, gzip: 0 });

/** Waits until the server has been idle (nothing in flight) for `quietMs`. */
async function networkQuiet(server: StaticServer, quietMs = 500, timeoutMs = 10_000): Promise<void> {
  const start = performance.now();
  while (performance.now() - start < timeoutMs) {
    if (server.inFlight() === 0 && performance.now() - server.lastActivity() >= quietMs) return;
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Loads `path` in a fresh context (empty cache) and weighs what it loads before any interaction. */
export async function measureFirstView(browser: Browser, server: StaticServer, path: string): Promise<FirstView> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const pending: Array<Promise<void>> = [];
  const resources: FirstView['resources'] = [];
  let scriptRequests = 0;
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scriptRequests++;
  });
  page.on('response', (response) => {
    pending.push(
      response.body().then(
        (body) => {
          resources.push({ url: response.url(), type: response.request().resourceType(), raw: body.length, gzip: gz(body) });
        },
        () => undefined,
      ),
    );
  });
  const url = `${server.origin}${path}`;
  const response = await page.goto(url, { waitUntil: 'load' });
  if (!response || response.status() !== 200) throw new Error(`First view: ${url} answered ${response?.status()}`);
  // Scripts that load on idle or on visibility would show up here.
  await networkQuiet(server, 1000);
  await Promise.all(pending);
  const html = await page.content();
  const inlineScriptBytes = [...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g)].reduce((sum, m) => sum + Buffer.byteLength(m[1]!), 0);
  await context.close();

  const view: FirstView = { url, html: emptyWeight(), css: emptyWeight(), js: emptyWeight(), total: emptyWeight(), other: emptyWeight(), scriptRequests, inlineScriptBytes, resources };
  for (const resource of resources) {
    const bucket = resource.type === 'document' ? view.html : resource.type === 'stylesheet' ? view.css : resource.type === 'script' ? view.js : view.other;
    bucket.requests++;
    bucket.raw += resource.raw;
    bucket.gzip += resource.gzip;
  }
  for (const part of [view.html, view.css, view.js]) {
    view.total.requests += part.requests;
    view.total.raw += part.raw;
    view.total.gzip += part.gzip;
  }
  return view;
}

/** Timing of one query. */
export interface QueryTiming {
  query: string;
  /** Last keystroke → first result of this query rendered (its title link in the DOM). */
  ms: number;
  /** Bytes the server sent for this query. */
  bytes: number;
  requests: number;
}

/** Search latency over many queries, for one site. */
export interface SearchBenchmark {
  site: string;
  url: string;
  /** Script requests before search was opened (should be 0 for ours). */
  scriptRequestsBeforeOpen: number;
  /** Bytes fetched to open search (UI code, index entry, WASM, vocabulary) before the first query. */
  openBytes: number;
  warmup: QueryTiming;
  queries: QueryTiming[];
  /** Over each query's median time across the passes. */
  p50: number;
  p95: number;
  /** Each pass's own p50 and p95, to show the spread. */
  passes: { p50: number; p95: number }[];
  medianBytes: number;
  /** What the UI waits after a keystroke before it searches. */
  debounce: string;
}

/** Fresh-context passes over the query set; a query's time is its median over them. */
export const SEARCH_PASSES = 3;

/** Nearest-rank percentile. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
}

async function instrument(page: Page, ui: SearchUi): Promise<void> {
  await page.evaluate(({ marker, resultLink, settled }) => {
    type Bench = { term: string | null; lastKey: number; renderedAt: number };
    const w = window as unknown as { __bench: Bench };
    const bench: Bench = (w.__bench = { term: null, lastKey: 0, renderedAt: 0 });
    document.addEventListener('keydown', (event) => { bench.lastKey = event.timeStamp; }, true);
    // Results on screen are the last query's: our list names its query; Pagefind's Default UI
    // says "N results for <query>" above the list it has just drawn.
    const isSettled = (term: string) => {
      const mark = document.querySelector(marker);
      if (!mark || !document.querySelector(resultLink)) return false;
      return settled === 'ours' ? mark.getAttribute('data-query') === term : new RegExp(`\\b${term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(mark.textContent ?? '');
    };
    const check = () => {
      if (bench.term && bench.lastKey && !bench.renderedAt && isSettled(bench.term)) bench.renderedAt = performance.now();
    };
    new MutationObserver(check).observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['data-query'] });
  }, { marker: ui.marker, resultLink: ui.resultLink, settled: ui.settled });
}

async function runQuery(page: Page, server: StaticServer, ui: SearchUi, query: string): Promise<QueryTiming> {
  const input = page.locator(ui.input);
  await input.focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  // Let the cleared input's own (debounced) search finish so it cannot be mistaken for ours.
  await page.waitForTimeout(600);
  await networkQuiet(server, 200);
  await page.evaluate((term) => {
    const bench = (window as unknown as { __bench: Record<string, unknown> }).__bench;
    Object.assign(bench, { term, lastKey: 0, renderedAt: 0 });
  }, query);
  const bytesBefore = server.bytesSent();
  const requestsBefore = server.requests();
  // Typed faster than any debounce, as people type; the clock starts at the last keystroke.
  await page.keyboard.type(query, { delay: 40 });
  await page.waitForFunction(() => (window as unknown as { __bench: { renderedAt: number } }).__bench.renderedAt > 0, undefined, { timeout: 15_000, polling: 'raf' });
  await networkQuiet(server, 300);
  const bench = await page.evaluate(() => (window as unknown as { __bench: { lastKey: number; renderedAt: number } }).__bench);
  return { query, ms: bench.renderedAt - bench.lastKey, bytes: server.bytesSent() - bytesBefore, requests: server.requests() - requestsBefore };
}

/** One pass over the queries in a fresh browser context. */
interface SearchPass {
  scriptRequestsBeforeOpen: number;
  openBytes: number;
  warmup: QueryTiming;
  timings: QueryTiming[];
}

/** One pass over the queries in a fresh browser context: what opening search cost, and each query's timing. */
async function searchPass(browser: Browser, server: StaticServer, url: string, warmupQuery: string, queries: readonly string[], ui: SearchUi): Promise<SearchPass> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  // Closed however the pass ends: a page left open keeps its connections to the static server,
  // whose close() would then wait for ever.
  try {
    return await searchPassIn(context, server, url, warmupQuery, queries, ui);
  } finally {
    await context.close();
  }
}

async function searchPassIn(context: BrowserContext, server: StaticServer, url: string, warmupQuery: string, queries: readonly string[], ui: SearchUi): Promise<SearchPass> {
  const page = await context.newPage();
  let scripts = 0;
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts++;
  });
  await page.goto(url, { waitUntil: 'load' });
  await networkQuiet(server, 500);
  const scriptRequestsBeforeOpen = scripts;
  const openStart = server.bytesSent();
  await page.locator('body').press(ui.openKey);
  // The key may open the dialog long before a large index lets the UI draw its input (Starlight at
  // N=5000 took over 5 s): click the fallback only when no dialog opened, since clicking under an
  // open modal dialog fails ("dialog intercepts pointer events").
  const dialogOpened = await page
    .locator(ui.openDialog)
    .first()
    .waitFor({ state: 'visible', timeout: 5_000 })
    .then(() => true, () => false);
  if (!dialogOpened) await page.locator(ui.openFallback).first().click();
  await page.locator(ui.input).waitFor({ state: 'visible', timeout: 30_000 });
  await networkQuiet(server, 300);
  const openBytes = server.bytesSent() - openStart;
  await instrument(page, ui);
  const warmup = await runQuery(page, server, ui, warmupQuery);
  const timings: QueryTiming[] = [];
  for (const query of queries) timings.push(await runQuery(page, server, ui, query));
  return { scriptRequestsBeforeOpen, openBytes, warmup, timings };
}

/**
 * Opens search on `path` the way a reader would and times `queries` after one warm-up query, in
 * `passes` fresh browser contexts (each starts with an empty cache, so no pass is warmer than the
 * first); a query's time is its median over the passes. One pass of 40 queries swung p50 by half
 * from run to run on a 2-core machine, more than the margin the budget line judges.
 */
export async function measureSearch(browser: Browser, server: StaticServer, path: string, warmupQuery: string, queries: readonly string[], ui: SearchUi = UI, passes = SEARCH_PASSES): Promise<SearchBenchmark> {
  const url = `${server.origin}${path}`;
  const runs: SearchPass[] = [];
  for (let pass = 0; pass < passes; pass++) runs.push(await searchPass(browser, server, url, warmupQuery, queries, ui));
  const first = runs[0]!;
  const timings = first.timings.map((timing, index) => ({ ...timing, ms: percentile(runs.map((run) => run.timings[index]!.ms), 0.5) }));
  const ms = timings.map((t) => t.ms);
  return {
    site: ui.name,
    url,
    scriptRequestsBeforeOpen: first.scriptRequestsBeforeOpen,
    openBytes: first.openBytes,
    warmup: first.warmup,
    queries: timings,
    p50: percentile(ms, 0.5),
    p95: percentile(ms, 0.95),
    passes: runs.map((run) => ({ p50: percentile(run.timings.map((t) => t.ms), 0.5), p95: percentile(run.timings.map((t) => t.ms), 0.95) })),
    medianBytes: percentile(timings.map((t) => t.bytes), 0.5),
    debounce: ui.debounce,
  };
}
