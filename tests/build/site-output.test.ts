import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listDist, readPage, readText } from '../helpers/dist.ts';
import { siteDir } from '../helpers/sites.ts';

const root = siteDir('basic');
const sub = siteDir('basicSubPath');
const articles = ['first-article', 'second-article', 'guides/nested-guide'];

describe('the built fixture site', () => {
  it('has a page for every published article and topic, and the fixed pages', () => {
    for (const path of [...articles.map((slug) => `articles/${slug}/`), 'topics/alpha/', 'topics/beta/', 'topics/', '', 'search/', 'claims/', 'glossary/', 'about/']) {
      expect(existsSync(join(root, path, 'index.html')), path).toBe(true);
    }
    expect(existsSync(join(root, '404.html'))).toBe(true);
  });

  it('never publishes drafts, not even in the search index or feeds', () => {
    expect(existsSync(join(root, 'articles/draft-article'))).toBe(false);
    expect(readText(root, 'rss.xml')).not.toContain('draft-article');
    expect(readText(root, 'sitemap-0.xml')).not.toContain('draft-article');
    expect(readPage(root, 'topics/alpha/').body.textContent).not.toContain('A draft fixture article');
  });

  it('runs remark-gfm on MDX: tables, task lists, footnotes and autolinks', () => {
    const page = readPage(root, 'articles/first-article/');
    expect(page.querySelector('.prose table th')?.textContent).toBe('Size');
    expect(page.querySelectorAll('.prose input[type="checkbox"]')).toHaveLength(2);
    expect(page.querySelector('[data-footnote-ref]')?.getAttribute('href')).toBe('#user-content-fn-1');
    expect(page.querySelector('a[href="https://agency.example/autolinked"]')).not.toBeNull();
  });

  it('runs rehype-slug on MDX: every heading has an id the table of contents links to', () => {
    const page = readPage(root, 'articles/first-article/');
    expect(page.querySelector('h2#why-widgets-matter')).not.toBeNull();
    expect(page.querySelector('h3#widget-sizes')).not.toBeNull();
    expect([...page.querySelectorAll('[data-toc] a')].map((a) => a.getAttribute('href'))).toEqual(
      expect.arrayContaining(['#why-widgets-matter', '#widget-sizes']),
    );
  });

  it('marks exactly one element per article page for the search index, with its topics as a filter', () => {
    for (const slug of articles) {
      const page = readPage(root, `articles/${slug}/`);
      expect(page.querySelectorAll('[data-pagefind-body]'), slug).toHaveLength(1);
    }
    const first = readPage(root, 'articles/first-article/');
    expect([...first.querySelectorAll('[data-pagefind-filter="topic"]')].map((el) => el.textContent)).toEqual(['Alpha topic']);
  });

  it('keeps navigation and page chrome out of the search index', () => {
    const page = readPage(root, 'articles/first-article/');
    const body = page.querySelector('[data-pagefind-body]')!;
    expect(body.querySelector('header.site-header, footer.site-footer, nav.breadcrumbs')).toBeNull();
    for (const selector of ['.site-header', '.site-footer', '.breadcrumbs', '.toc', '.references']) {
      const element = page.querySelector(selector);
      expect(element, selector).not.toBeNull();
      expect(element?.closest('[data-pagefind-ignore]') ?? element?.getAttribute('data-pagefind-ignore'), selector).not.toBeNull();
    }
  });

  it('writes the Pagefind index, its JS API and the search vocabulary, without Pagefind\u2019s bundled UIs', () => {
    const files = listDist(root).filter((file) => file.startsWith('pagefind/'));
    expect(files).toEqual(expect.arrayContaining(['pagefind/pagefind.js', 'pagefind/pagefind-worker.js', 'pagefind/pagefind-entry.json']));
    expect(files.some((file) => file.startsWith('pagefind/fragment/'))).toBe(true);
    expect(files.filter((file) => /pagefind-(component-|modular-)?ui\./.test(file))).toEqual([]);
    const vocabulary = JSON.parse(readText(root, 'assets/search-vocabulary.json'));
    expect(vocabulary.words).toContain('zanzibarquux');
    expect(vocabulary.words).not.toContain('draftonlyword');
    expect(vocabulary.synonyms).toContainEqual(['widget', 'doohickey', 'widgets']);
  });

  it('adds the site\u2019s own word groups to the search vocabulary, the word its pages use first, and leaves out groups no page uses', () => {
    const { synonyms } = JSON.parse(readText(root, 'assets/search-vocabulary.json')) as { synonyms: string[][] };
    expect(synonyms).toContainEqual(['zanzibarquux', 'zanzi quux']);
    expect(synonyms.flat()).not.toContain('unusedwordalpha');
  });

  it('has one h1, a main landmark, a skip link and the language on every page', () => {
    for (const file of listDist(root).filter((path) => path.endsWith('.html'))) {
      const page = readPage(root, file);
      expect(page.querySelectorAll('h1'), file).toHaveLength(1);
      expect(page.querySelectorAll('main#main'), file).toHaveLength(1);
      expect(page.querySelector('a.skip-link')?.getAttribute('href'), file).toBe('#main');
      expect(page.documentElement.getAttribute('lang'), file).toBe('en-GB');
    }
  });

  it('shows the publication date, not an "Updated" one, on an article that was never updated', () => {
    const meta = readPage(root, 'articles/guides/nested-guide/').querySelector('.article__meta')?.textContent ?? '';
    expect(meta).toMatch(/^Published 12 January 2026/);
    expect(meta).not.toContain('Updated');
  });

  it('shows title, description, one "Updated" date, review dates, topics after the text, previous/next and related articles on an article', () => {
    const page = readPage(root, 'articles/first-article/');
    expect(page.querySelector('h1')?.textContent).toBe('The first fixture article');
    expect(page.querySelector('.article__lede')?.textContent).toContain('exercises tables');
    expect(page.querySelector('.article__meta')?.textContent).toBe('Updated 1 February 2026Not yet reviewed by a clinician');
    expect(page.querySelectorAll('.article__header time')).toHaveLength(1);
    expect(page.querySelector('.review-info')?.textContent).toMatch(/Page last reviewed1 February 2026.*Next review due1 February 2099/);
    expect(page.querySelector('.review-info')?.textContent).toContain('Not yet reviewed by a clinician');
    expect(page.querySelector('.article__header .topic-chips')).toBeNull();
    expect(page.querySelector('.references + .article__topics a')?.getAttribute('href')).toBe('/topics/alpha/');
    expect(page.querySelector('a[rel="next"]')?.getAttribute('href')).toBe('/articles/second-article/');
    expect(page.querySelector('.related a')?.getAttribute('href')).toBe('/articles/second-article/');
  });

  it('has a plain "On this page" list for wide screens and a collapsible bar for phones', () => {
    const page = readPage(root, 'articles/first-article/');
    expect(page.querySelector('nav.toc details')).toBeNull();
    expect(page.querySelector('nav.toc h2')?.textContent).toBe('On this page');
    expect(page.querySelector('nav.toc-bar details summary')?.textContent).toBe('On this page');
    expect([...page.querySelectorAll('nav.toc-bar a')].map((a) => a.getAttribute('href'))).toEqual([...page.querySelectorAll('nav.toc a')].map((a) => a.getAttribute('href')));
  });

  it('answers each question on the home page with a one-line answer, puts a verdict only beside the claim it judges, lists each article once, and shows why to trust it', () => {
    const home = readPage(root, '');
    const card = home.querySelector('.question-card')!;
    expect(card.querySelector('h3 a')?.textContent).toBe('What does the first fixture article prove?');
    expect(card.querySelector('.question-card__answer')?.textContent).toBe('That widgets are small, and they cure nothing.');
    const finding = card.querySelector('.question-card__finding')!;
    expect(finding.textContent).toBe('Claim checked: Widgets cure everything. May not be true — low certainty');
    expect(finding.querySelector('q')?.nextElementSibling?.className).toBe('finding');
    const articleLinks = [...home.querySelectorAll('main a[href^="/articles/"]')].map((a) => a.getAttribute('href'));
    expect(articleLinks.sort()).toEqual(['/articles/first-article/', '/articles/guides/nested-guide/', '/articles/second-article/']);
    expect([...home.querySelectorAll('.topic-cards a')].map((a) => a.textContent)).toEqual(['Alpha topic', 'Beta topic']);
    expect(home.querySelector('.trust')?.textContent).toMatch(/3 sources cited.*Last checked against sources 1 February 2026/);
    // One fixture article has a clinical review, so the site as a whole is not called unreviewed; each page's box says its own.
    expect(home.querySelector('.trust')?.textContent).not.toContain('Not yet reviewed by a clinician');
  });

  it('gives every page a title, description, social cards with a share image from the site itself, favicon and theme colour (and, at the placeholder example.org, no canonical URL)', () => {
    const page = readPage(root, 'articles/first-article/');
    const meta = (selector: string) => page.querySelector(selector)?.getAttribute('content');
    expect(page.querySelector('title')?.textContent).toBe('The first fixture article | Fixture Health Site');
    expect(meta('meta[name="description"]')).toMatch(/^A fixture article/);
    // The fixture keeps the placeholder address; tests/build/placeholder-address.test.ts builds it at a real one too.
    expect(page.querySelector('link[rel="canonical"]')).toBeNull();
    expect(meta('meta[property="og:url"]')).toBeUndefined();
    expect(meta('meta[property="og:type"]')).toBe('article');
    expect(meta('meta[property="og:image"]')).toBe('https://example.org/share.png');
    // The size is read from the site's own image (800×418 in the fixture), not assumed.
    expect([meta('meta[property="og:image:width"]'), meta('meta[property="og:image:height"]')]).toEqual(['800', '418']);
    expect(meta('meta[name="twitter:card"]')).toBe('summary_large_image');
    expect(page.querySelectorAll('meta[name="theme-color"]')).toHaveLength(2);
    expect(existsSync(join(root, 'share.png'))).toBe(true);
    expect(existsSync(join(root, page.querySelector('link[rel="icon"]')!.getAttribute('href')!))).toBe(true);
  });

  it("shows the site's footer line and the built-in disclaimer of its language", () => {
    const page = readPage(root, '');
    expect(page.querySelector('.site-footer__text')?.textContent).toBe('Fixture footer line.');
    expect(page.querySelector('.site-footer__disclaimer')?.textContent).toMatch(/^This site gives general information, not medical advice\./);
  });

  it('says on the search page that search needs JavaScript, and links to the topic index', () => {
    const noscript = readText(root, 'search/index.html').match(/<noscript>([\s\S]*?)<\/noscript>/)?.[1] ?? '';
    expect(noscript).toContain('Search needs JavaScript');
    expect(noscript).toContain('href="/topics/"');
  });
});

describe('the same site built under a sub-path', () => {
  it('prefixes every internal link, asset and the search bundle with the base path', () => {
    const page = readPage(sub, 'articles/first-article/');
    const internal = [...page.querySelectorAll('a[href^="/"], link[href^="/"], img[src^="/"], script[src^="/"]')].map(
      (element) => element.getAttribute('href') ?? element.getAttribute('src'),
    );
    expect(internal.length).toBeGreaterThan(10);
    for (const url of internal) expect(url).toMatch(/^\/some\/sub\/path\//);
    expect(page.documentElement.getAttribute('data-base')).toBe('/some/sub/path/');
    // The search client finds Pagefind's bundle and the vocabulary under the base path it is given.
    expect(readText(sub, 'articles/first-article/index.html')).toContain('&quot;base&quot;:&quot;/some/sub/path/&quot;');
    expect(page.querySelector('a[href="/some/sub/path/articles/second-article/#beta-details"]')).not.toBeNull();
  });

  it('writes sitemap, feed and robots.txt with the base path (canonical URLs under a base path: placeholder-address.test.ts)', () => {
    expect(readText(sub, 'sitemap-0.xml')).toContain('<loc>https://example.org/some/sub/path/articles/first-article/</loc>');
    expect(readText(sub, 'rss.xml')).toContain('<link>https://example.org/some/sub/path/articles/first-article/</link>');
    expect(readText(sub, 'robots.txt')).toContain('Sitemap: https://example.org/some/sub/path/sitemap-index.xml');
    expect(readText(sub, '_headers')).toMatch(/^\/some\/sub\/path\/\*\n/);
  });
});
