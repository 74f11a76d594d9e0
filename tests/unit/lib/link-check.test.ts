import { describe, expect, it } from 'vitest';
import { scanHtml } from '../../../src/lib/html-scan.ts';
import { checkedLinksOnly, checkLinks, fileFor, urlPathOf } from '../../../src/lib/link-check.ts';

function site(pages: Record<string, string>, extraFiles: string[] = []) {
  const scanned = new Map(Object.entries(pages).map(([file, html]) => [file, scanHtml(html)]));
  return { scanned, files: new Set([...Object.keys(pages), ...extraFiles]) };
}

describe('checkLinks', () => {
  it('accepts links to pages, assets and anchors that exist', () => {
    const { scanned, files } = site(
      {
        'index.html': '<a href="/articles/a/">A</a><a href="articles/a/#part">part</a><img src="/logo.svg" alt=""><a href="#top" id="top">top</a>',
        'articles/a/index.html': '<h2 id="part">Part</h2><a href="../../">home</a><link rel="stylesheet" href="/_astro/x.css">',
      },
      ['logo.svg', '_astro/x.css'],
    );
    expect(checkLinks(scanned, { base: '/', files })).toEqual([]);
  });

  it('reports a link to a page that does not exist', () => {
    const { scanned, files } = site({ 'index.html': '<a href="/articles/missing/">x</a>' });
    expect(checkLinks(scanned, { base: '/', files })).toEqual([
      { page: '/', url: '/articles/missing/', reason: 'no file or page exists at this address' },
    ]);
  });

  it('reports a #fragment with no matching id on the target page', () => {
    const { scanned, files } = site({
      'a/index.html': '<a href="/b/#nope">x</a><a href="#also-nope">y</a>',
      'b/index.html': '<h2 id="yes">Yes</h2>',
    });
    expect(checkLinks(scanned, { base: '/', files }).map((link) => [link.page, link.url, link.reason])).toEqual([
      ['/a/', '/b/#nope', 'the page has no element with id "nope"'],
      ['/a/', '#also-nope', 'the page has no element with id "also-nope"'],
    ]);
  });

  it('reports a missing image', () => {
    const { scanned, files } = site({ 'index.html': '<img src="images/gone.png" alt="">' });
    expect(checkLinks(scanned, { base: '/', files })[0]?.url).toBe('images/gone.png');
  });

  it('works under a sub-path and flags root links that forgot the base', () => {
    const { scanned, files } = site({
      'index.html': '<a href="/docs/articles/a/">ok</a><a href="/articles/a/">forgot base</a>',
      'articles/a/index.html': '<a href="/docs/">home</a>',
    });
    expect(checkLinks(scanned, { base: '/docs/', files })).toEqual([
      { page: '/docs/', url: '/articles/a/', reason: "it points outside the site's base path /docs/" },
    ]);
  });

  it('ignores external links, mailto, data URIs and bare "#"', () => {
    const { scanned, files } = site({
      'index.html': '<a href="https://doi.org/10.1/x">doi</a><a href="mailto:a@b.c">m</a><img src="data:image/png;base64,AA" alt=""><a href="#">top</a><a href="//cdn.example/x">c</a>',
    });
    expect(checkLinks(scanned, { base: '/', files })).toEqual([]);
  });

  it('decodes percent-encoded paths and fragments', () => {
    const { scanned, files } = site({ 'index.html': '<a href="/a%20b/#caf%C3%A9">x</a>', 'a b/index.html': '<p id="café">x</p>' });
    expect(checkLinks(scanned, { base: '/', files })).toEqual([]);
  });
});

describe('fileFor and urlPathOf', () => {
  it('resolves directory URLs to index.html and back', () => {
    const files = new Set(['index.html', 'articles/a/index.html', '404.html', 'rss.xml']);
    expect(fileFor('articles/a/', files)).toBe('articles/a/index.html');
    expect(fileFor('articles/a', files)).toBe('articles/a/index.html');
    expect(fileFor('404', files)).toBe('404.html');
    expect(fileFor('rss.xml', files)).toBe('rss.xml');
    expect(fileFor('', files)).toBe('index.html');
    expect(urlPathOf('articles/a/index.html', '/docs/')).toBe('/docs/articles/a/');
    expect(urlPathOf('index.html', '/')).toBe('/');
  });
});

describe('checkedLinksOnly', () => {
  it('keeps each internal link once and drops external ones, leaving the check’s verdict unchanged', () => {
    const page = scanHtml('<p id="top"><a href="/b/">b</a> <a href="/b/">b again</a> <a href="https://example.org/">out</a> <a href="#top">up</a> <a href="#gone">x</a></p>');
    const kept = checkedLinksOnly(page);
    expect(kept.links.map((link) => link.url)).toEqual(['/b/', '#top', '#gone']);
    expect(kept.ids).toEqual(new Set(['top']));
    const files = new Set(['index.html', 'b/index.html']);
    const broken = (scan: typeof page) => checkLinks(new Map([['index.html', scan], ['b/index.html', scanHtml('')]]), { base: '/', files }).map((link) => link.url);
    expect(broken(kept)).toEqual(['#gone']);
    expect(broken(page)).toEqual(['#gone']);
  });
});
