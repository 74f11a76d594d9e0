import { describe, expect, it } from 'vitest';
import { browserAvailable } from '../helpers/browser.ts';
import { listDist } from '../helpers/dist.ts';
import { SitePage } from '../helpers/site-page.ts';
import { useServedSite } from '../helpers/served-site.ts';
import { siteDir } from '../helpers/sites.ts';

// Reader layout of the real site's articles, whatever articles it has: the answer comes first on a
// phone, diagrams stay readable, and lines keep a comfortable length on a desktop.
const articles = listDist(siteDir('content'))
  .filter((file) => /^articles\/.+\/index\.html$/.test(file))
  .map((file) => file.replace(/index\.html$/, ''));

describe.runIf(browserAvailable())('the answer first on a 375 × 812 phone screen', () => {
  const served = useServedSite('content');

  it('has articles to check', () => {
    expect(articles.length).toBeGreaterThan(0);
  });

  it.each(articles)('%s: the first key point starts within 600 px and the first paragraph within 1,200 px', async (path) => {
    const reader = await SitePage.open(served.browser, served.site, { viewport: { width: 375, height: 812 } });
    await reader.goto(path);
    const tops = await reader.page.evaluate(() => {
      const top = (selector: string) => {
        const element = document.querySelector(selector);
        return element ? element.getBoundingClientRect().top + scrollY : null;
      };
      return { keyPoint: top('.key-points li'), paragraph: top('.prose > p') };
    });
    if (tops.keyPoint !== null) expect(tops.keyPoint).toBeLessThanOrEqual(600);
    expect(tops.paragraph).not.toBeNull();
    expect(tops.paragraph!).toBeLessThanOrEqual(1200);
  });

  it.each(articles)('%s: the main finding\u2019s certainty, in words, ends within the first 812 px', async (path) => {
    const reader = await SitePage.open(served.browser, served.site, { viewport: { width: 375, height: 812 } });
    await reader.goto(path);
    const certainty = reader.page.locator('.key-finding .badge');
    await expect(certainty.textContent()).resolves.toMatch(/\S/);
    const box = (await certainty.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(812);
  });

  it('the claims page shows a claim within the first 812 px', async () => {
    const reader = await SitePage.open(served.browser, served.site, { viewport: { width: 375, height: 812 } });
    await reader.goto('claims/');
    const claim = (await reader.page.locator('.claims-section .claim__text').first().boundingBox())!;
    expect(claim.y + claim.height).toBeLessThanOrEqual(812);
  });

  it('the home page shows the first question and its answer within the first 812 px', async () => {
    const reader = await SitePage.open(served.browser, served.site, { viewport: { width: 375, height: 812 } });
    await reader.goto('');
    const answer = (await reader.page.locator('.question-card__answer').first().boundingBox())!;
    expect(answer.y + answer.height).toBeLessThanOrEqual(812);
  });

  it.each(articles)('%s: text in figures renders at 12 px or more', async (path) => {
    const reader = await SitePage.open(served.browser, served.site, { viewport: { width: 375, height: 812 } });
    await reader.goto(path);
    const sizes = await reader.page.locator('figure svg text').evaluateAll((texts) =>
      texts
        .filter((text) => (text as SVGTextElement).getClientRects().length > 0)
        .map((text) => (text as SVGTextElement).getScreenCTM()!.a * parseFloat(getComputedStyle(text).fontSize)),
    );
    for (const size of sizes) expect(size).toBeGreaterThanOrEqual(12);
  });
});

describe.runIf(browserAvailable())('line length on a 1280 px desktop', () => {
  const served = useServedSite('content');

  it.each(articles)('%s: full lines of body text hold 60–70 characters', async (path) => {
    const reader = await SitePage.open(served.browser, served.site, { viewport: { width: 1280, height: 900 } });
    await reader.goto(path);
    // Characters per rendered line, over the first paragraphs; a paragraph's last line is not full.
    const lengths = await reader.page.evaluate(() => {
      const lines: number[] = [];
      for (const paragraph of [...document.querySelectorAll('.prose > p')].slice(0, 6)) {
        const counts = new Map<number, number>();
        const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT, {
          acceptNode: (node) => (node.parentElement?.closest('.cite-pop, .term-pop') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
        });
        const range = document.createRange();
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          for (let index = 0; index < node.textContent!.length; index++) {
            range.setStart(node, index);
            range.setEnd(node, index + 1);
            const rect = range.getClientRects()[0];
            if (rect) counts.set(Math.round(rect.bottom), (counts.get(Math.round(rect.bottom)) ?? 0) + 1);
          }
        }
        lines.push(...[...counts.values()].slice(0, -1));
      }
      return lines;
    });
    if (lengths.length === 0) return;
    const sorted = [...lengths].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)]!;
    expect(median).toBeGreaterThanOrEqual(60);
    expect(median).toBeLessThanOrEqual(70);
  });
});
