import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';

const candidates = [process.env['CHROME_PATH'], '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
  (path): path is string => Boolean(path),
);

/** Path of the Chromium the browser tests drive, or undefined when none is installed. */
export const chromiumPath = candidates.find((path) => existsSync(path));

/**
 * Whether browser tests can run. Without Chromium they are skipped with a notice saying how to
 * install it, so `npm test` passes on a fresh machine; with CI=true a missing browser is a failure.
 */
export function browserAvailable(): boolean {
  if (chromiumPath) return true;
  const notice =
    'Browser tests need Chromium: install it with `apt-get install -y chromium` (or set CHROME_PATH to a Chromium binary).';
  if (process.env['CI'] === 'true') throw new Error(`CI=true but no browser was found. ${notice}`);
  console.warn(`\n[browser tests skipped] ${notice}\n`);
  return false;
}

/** Launches headless Chromium with the flags this machine needs, and any a test adds (`--js-flags=--expose-gc`). */
export function launchBrowser(extraArgs: readonly string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath!,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-dev-shm-usage', ...extraArgs],
  });
}

/** A new page with every console error, page error and CSP violation collected. */
export async function openPage(browser: Browser, options: BrowserContextOptions = {}): Promise<{ page: Page; problems: string[]; requests: string[] }> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const problems: string[] = [];
  const requests: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('request', (request) => requests.push(request.url()));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI}`);
    });
  });
  return { page, problems, requests };
}
