import { describe, expect, it } from 'vitest';
import { browserAvailable } from '../helpers/browser.ts';
import { SitePage } from '../helpers/site-page.ts';
import { useServedSite } from '../helpers/served-site.ts';

// Citations and glossary terms open in place (native popover), by keyboard, touch and pointer.
describe.runIf(browserAvailable())('citation and glossary popovers', () => {
  const served = useServedSite('basic');

  const open = async (options: Parameters<typeof SitePage.open>[2] = {}) => {
    const reader = await SitePage.open(served.browser, served.site, options);
    await reader.goto('articles/first-article/');
    return reader;
  };
  const openPopovers = (reader: SitePage) => reader.page.locator(':popover-open').count();

  it.each([
    ['citation', '.prose button.cite', 'Smith A, Jones B. A randomised trial of widgets.'],
    ['glossary term', '.prose button.term__button', 'A small device used in the fixture articles.'],
  ])('opens a %s by keyboard, closes it with Esc and gives focus back', async (_, selector, text) => {
    const reader = await open();
    const button = reader.page.locator(selector).first();
    await button.focus();
    await reader.page.keyboard.press('Enter');
    const popover = reader.page.locator(':popover-open');
    await expect.poll(() => popover.textContent()).toContain(text);
    await reader.page.keyboard.press('Tab');
    expect(await reader.page.evaluate(() => document.activeElement?.closest(':popover-open') !== null)).toBe(true);
    await reader.page.keyboard.press('Escape');
    expect(await openPopovers(reader)).toBe(0);
    expect(await button.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(reader.problems).toEqual([]);
  });

  it.each([
    ['citation', '.prose button.cite'],
    ['glossary term', '.prose button.term__button'],
  ])('opens a %s with a tap and closes it with a second tap, without moving the page', async (_, selector) => {
    const reader = await open({ viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true, reducedMotion: 'reduce' });
    const button = reader.page.locator(selector).first();
    await button.evaluate((element) => element.scrollIntoView({ block: 'center' }));
    const scrolled = await reader.page.evaluate(() => scrollY);
    await button.tap();
    expect(await openPopovers(reader)).toBe(1);
    const sheet = await reader.page.locator(':popover-open').boundingBox();
    expect(sheet!.y + sheet!.height).toBeLessThanOrEqual(812);
    expect(await reader.page.evaluate(() => scrollY)).toBe(scrolled);
    await button.tap();
    expect(await openPopovers(reader)).toBe(0);
    expect(await reader.page.evaluate(() => scrollY)).toBe(scrolled);
  });

  it('copies each full entry, with its DOI and PubMed links, from the reference list into a citation popover as it opens', async () => {
    const reader = await open();
    const button = reader.page.locator('.prose button.cite').nth(1);
    await button.click();
    const popover = reader.page.locator(':popover-open');
    await expect.poll(() => popover.locator('a').evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toEqual([
      'https://doi.org/10.1000/fixture.2020.1',
      'https://pubmed.ncbi.nlm.nih.gov/12345678/',
      '#ref-smith2020',
      'https://doi.org/10.1000/fixture.2019.7',
      '#ref-doe2019',
    ]);
    expect(await popover.textContent()).toContain('Doe C. A systematic review of gadgets. Review Letters. 2019.');
    // Opened again, it is not copied twice.
    await button.click();
    await button.click();
    expect(await reader.page.locator(':popover-open a').count()).toBe(5);
    expect(reader.problems).toEqual([]);
  });

  it('opens the shared popover of a repeated citation beside the citation the reader chose', async () => {
    const reader = await open({ viewport: { width: 1280, height: 900 } });
    const buttons = reader.page.locator('.prose button.cite');
    expect(await buttons.nth(2).getAttribute('popovertarget')).toBe(await buttons.nth(0).getAttribute('popovertarget'));
    // The repeated citation is in the "Study numbers" details block.
    await reader.page.getByText('Study numbers').click();
    const third = buttons.nth(2);
    await third.click();
    const popover = reader.page.locator(':popover-open');
    await expect.poll(() => popover.textContent()).toContain('Smith A, Jones B. A randomised trial of widgets.');
    const [button, sheet] = await Promise.all([third.boundingBox(), popover.boundingBox()]);
    expect(Math.abs(sheet!.y - (button!.y + button!.height))).toBeLessThan(40);
  });

  it('closes an open popover when the reader taps elsewhere', async () => {
    const reader = await open({ viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true });
    await reader.page.locator('.prose button.cite').first().tap();
    expect(await openPopovers(reader)).toBe(1);
    await reader.page.locator('h1').tap();
    expect(await openPopovers(reader)).toBe(0);
  });

  it.each([375, 1280])('gives every citation a target of at least 24 × 24 px at %i px', async (width) => {
    const reader = await open({ viewport: { width, height: 900 } });
    await reader.page.locator('details.evidence > summary').click();
    const sizes = await reader.page.locator('button.cite').evaluateAll((buttons) => buttons.map((button) => button.getBoundingClientRect()).map(({ width: w, height: h }) => [w, h]));
    expect(sizes.length).toBeGreaterThanOrEqual(4);
    for (const [w, h] of sizes) {
      expect(w).toBeGreaterThanOrEqual(24);
      expect(h).toBeGreaterThanOrEqual(24);
    }
  });

  it('never starts a line with a citation number: the number stays with its word at any width', async () => {
    const reader = await open();
    for (const width of [320, 340, 360, 375, 400, 420]) {
      await reader.page.setViewportSize({ width, height: 800 });
      const orphans = await reader.page.locator('.prose .cite-anchor').evaluateAll((anchors) =>
        anchors.filter((anchor) => {
          const word = anchor.firstChild!;
          const range = document.createRange();
          range.selectNodeContents(word);
          const wordBox = range.getBoundingClientRect();
          const button = anchor.querySelector('button.cite')!.getBoundingClientRect();
          return Math.abs(wordBox.bottom - button.bottom) > wordBox.height / 2;
        }).length,
      );
      expect(orphans, `${width}px`).toBe(0);
    }
  });
});
