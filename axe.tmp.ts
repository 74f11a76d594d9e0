import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { launchBrowser, openPage } from './tests/helpers/browser.ts';
import { serveSite } from './tests/helpers/site-page.ts';
import { listDist } from './tests/helpers/dist.ts';
import { siteDir } from './tests/helpers/sites.ts';
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const site = await serveSite('content');
const browser = await launchBrowser();
for (const scheme of ['light', 'dark'] as const) {
  const { page } = await openPage(browser, { colorScheme: scheme });
  for (const file of listDist(siteDir('content')).filter((f) => f.endsWith('.html'))) {
    await page.goto(site.url + file.replace(/index\.html$/, ''));
    await page.evaluate(axeSource);
    const result = await page.evaluate(() => (window as any).axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } }));
    for (const v of result.violations) console.log(scheme, file, v.id, v.nodes.length, v.nodes[0].target.join(' '), v.nodes[0].failureSummary?.slice(0, 200));
  }
}
await browser.close(); await site.close();
