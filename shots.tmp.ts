import { launchBrowser, openPage } from './tests/helpers/browser.ts';
import { serveSite } from './tests/helpers/site-page.ts';
const site = await serveSite('content');
const browser = await launchBrowser();
for (const scheme of ['light', 'dark'] as const) for (const width of [375, 1280]) {
  const { page, problems } = await openPage(browser, { colorScheme: scheme, viewport: { width, height: 900 } });
  await page.goto(site.url);
  await page.screenshot({ path: `/tmp/shot-home-${scheme}-${width}.png` });
  await page.goto(site.url + 'articles/microdermabrasion-cannot-erase-stretch-marks/');
  await page.screenshot({ path: `/tmp/shot-article-${scheme}-${width}.png` });
  await page.keyboard.press('/');
  await page.waitForTimeout(800);
  await page.keyboard.type('cocoa butter');
  await page.waitForTimeout(1500);
  await page.screenshot({ path: `/tmp/shot-search-${scheme}-${width}.png` });
  if (problems.length) console.log(problems);
}
const { page } = await openPage(browser);
await page.goto(site.url + 'articles/microdermabrasion-cannot-erase-stretch-marks/');
await page.pdf({ path: '/tmp/print.pdf' }).catch(e => console.log('pdf', e.message));
await browser.close(); await site.close();
