import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { listDist, readPage, readText } from '../helpers/dist.ts';
import { siteDir } from '../helpers/sites.ts';
import { buildSite, projectRoot } from '../helpers/build-site.ts';
import { throwawayCacheEnv } from '../helpers/fixture-copy.ts';

const root = siteDir('basic');
const sub = siteDir('basicSubPath');

describe('change history', () => {
  const page = readPage(root, 'articles/second-article/');

  it('lists what changed, newest first, with corrections labelled as such', () => {
    const items = [...page.querySelectorAll('#changes li')];
    expect(page.querySelector('#changes h2')?.textContent).toBe('What changed');
    expect(items.map((li) => [li.id, li.textContent])).toEqual([
      ['change-2026-01-20', '20 January 2026 Correction: The gadget review was said to include 12 studies; it included 10.'],
      ['change-2026-01-15', '15 January 2026 Update: Added what the newer gadget review found.'],
    ]);
  });

  it('dates the page in structured data by its newest change', () => {
    const json = JSON.parse(page.querySelector('script[type="application/ld+json"]')!.textContent!);
    expect(json).toMatchObject({ datePublished: '2026-01-11', dateModified: '2026-01-20' });
  });

  it('publishes each correction in the RSS feed as its own item, linked to its entry on the page', () => {
    const feed = readText(root, 'rss.xml');
    expect(feed).toContain('<title>Correction: The second fixture article</title>');
    expect(feed).toContain('<link>https://example.org/articles/second-article/#change-2026-01-20</link>');
    expect(feed).toContain('<description>The gadget review was said to include 12 studies; it included 10.</description>');
    expect(feed).not.toContain('Added what the newer gadget review found.');
  });

  it('shows no change list on a page without changes', () => {
    expect(readPage(root, 'articles/first-article/').querySelector('#changes')).toBeNull();
  });
});

describe('report a problem', () => {
  it('links every article to the configured address, with the page title and URL filled in', () => {
    for (const [site, base] of [[root, 'https://example.org/'], [sub, 'https://example.org/some/sub/path/']] as const) {
      const link = readPage(site, 'articles/first-article/').querySelector('.report-problem a')!;
      expect(link.textContent).toBe('Report a problem with this page');
      const url = new URL(link.getAttribute('href')!);
      expect(url.protocol).toBe('mailto:');
      expect(url.pathname).toBe('corrections@example.org');
      expect(url.searchParams.get('subject')).toBe('Problem with: The first fixture article');
      expect(url.searchParams.get('body')).toContain(`Page: ${base}articles/first-article/`);
    }
  });
});

describe('cite this page', () => {
  const page = readPage(root, 'articles/first-article/');
  const meta = (name: string) => [...page.querySelectorAll(`meta[name="${name}"]`)].map((tag) => tag.getAttribute('content'));

  it('carries the citation tags Google Scholar and Zotero read, crediting the publisher when no author is named', () => {
    expect(meta('citation_title')).toEqual(['The first fixture article']);
    expect(meta('citation_author')).toEqual(['Fixture Publisher']);
    expect(meta('citation_publication_date')).toEqual(['2026/01/10']);
    expect(meta('citation_fulltext_html_url')).toEqual(['https://example.org/articles/first-article/']);
  });

  it('credits the named author of an article, family name first', () => {
    const second = readPage(root, 'articles/second-article/');
    expect([...second.querySelectorAll('meta[name="citation_author"]')].map((tag) => tag.getAttribute('content'))).toEqual(['Writer, Fixture']);
  });

  it('offers a formatted citation and CSL-JSON, BibTeX and RIS files, in a closed details block', () => {
    const block = page.querySelector('details.cite-page')!;
    expect(block.hasAttribute('open')).toBe(false);
    expect(block.querySelector('summary')?.textContent).toBe('Cite this page');
    expect(block.querySelector('.cite-page__text')?.textContent).toBe(
      'Fixture Publisher. The first fixture article [Internet]. Fixture Health Site: Fixture Publisher; 10 January 2026 [updated 1 February 2026]. Available from: https://example.org/articles/first-article/',
    );
    expect([...block.querySelectorAll('a[download]')].map((a) => a.getAttribute('href'))).toEqual([
      '/articles/first-article/cite.ris',
      '/articles/first-article/cite.bib',
      '/articles/first-article/cite.json',
    ]);
    const subLinks = [...readPage(sub, 'articles/guides/nested-guide/').querySelectorAll('.cite-page a[download]')].map((a) => a.getAttribute('href'));
    expect(subLinks).toContain('/some/sub/path/articles/guides/nested-guide/cite.bib');
  });

  it('writes citation files that citation-js parses back to the page', () => {
    const fromJson = new Cite(JSON.parse(readText(root, 'articles/second-article/cite.json'))).data[0];
    expect(fromJson).toMatchObject({ type: 'webpage', title: 'The second fixture article', URL: 'https://example.org/articles/second-article/', author: [{ family: 'Writer', given: 'Fixture' }] });
    const fromBibtex = new Cite(readText(root, 'articles/second-article/cite.bib')).data[0];
    expect(fromBibtex).toMatchObject({ title: 'The second fixture article', URL: 'https://example.org/articles/second-article/', author: [{ family: 'Writer', given: 'Fixture' }] });
    const ris = readText(root, 'articles/second-article/cite.ris').split('\r\n');
    expect(ris[0]).toBe('TY  - ELEC');
    expect(ris).toContain('TI  - The second fixture article');
    expect(ris).toContain('AU  - Writer, Fixture');
    expect(ris.at(-2)).toBe('ER  - ');
    expect(listDist(sub)).toContain('articles/guides/nested-guide/cite.ris');
  });
});

describe('people', () => {
  it('shows the author and the clinical reviewer with credentials, linked to the team page', () => {
    const box = readPage(root, 'articles/second-article/').querySelector('.review-info')!;
    expect([...box.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Fixture Writer', '/team/#person-fixture-writer'],
      ['Fixture Clinician, MD, consultant in fixtures', '/team/#person-fixture-clinician'],
    ]);
  });

  it('links the team page from the footer only on a site with a people file', () => {
    expect(readPage(root, '').querySelector('.site-footer a[href="/team/"]')?.textContent).toBe('Who we are');
    expect(readPage(siteDir('search'), '').querySelector('.site-footer a[href="/team/"]')).toBeNull();
    expect(listDist(siteDir('search'))).not.toContain('team/index.html');
  });

  it('lists everyone on the team page with role and declared interests', () => {
    const team = readPage(root, 'team/');
    expect(team.querySelector('h1')?.textContent).toBe('Who writes and checks this site');
    const writer = team.getElementById('person-fixture-writer')!;
    expect(writer.textContent).toContain('Paid by Fixture Publisher to write its articles.');
    expect(team.getElementById('person-fixture-clinician')?.textContent).toContain('None declared');
  });
});

describe('analytics', () => {
  it('loads the configured script and allows its origins in the CSP, and no other third party', async () => {
    const contentDir = 'tests/fixtures/basic';
    const outDir = resolve(projectRoot, '.build/test/analytics');
    const result = await buildSite({ contentDir, outDir, env: { ...throwawayCacheEnv(contentDir), FIXTURE_ANALYTICS: '1' } });
    expect(result.code, result.output.slice(-2000)).toBe(0);
    const page = readPage(outDir, 'articles/first-article/');
    const script = page.querySelector('script[src^="https://"]')!;
    expect([script.getAttribute('src'), script.getAttribute('data-domain')]).toEqual(['https://stats.example.net/js/script.js', 'example.org']);
    const metaCsp = page.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')!;
    const headerCsp = /Content-Security-Policy: (.*)/.exec(readText(outDir, '_headers'))![1]!;
    for (const csp of [metaCsp, headerCsp]) {
      expect([...new Set(csp.match(/https?:\/\/[^\s;]+/g))].sort()).toEqual(['https://events.example.net', 'https://stats.example.net']);
      expect(csp).toMatch(/script-src 'self' https:\/\/events\.example\.net https:\/\/stats\.example\.net /);
    }
    expect(readText(root, '_headers')).not.toMatch(/https?:\/\//);
  }, 300_000);
});
