import { describe, expect, it } from 'vitest';
import { absoluteUrl, normalizeBase, routes, withBase } from '../../../src/lib/urls.ts';

describe('withBase', () => {
  it('leaves root-relative paths alone when the site is served from /', () => {
    expect(withBase('/', '/articles/a/')).toBe('/articles/a/');
  });

  it('puts the base path in front of site paths, with exactly one slash between', () => {
    expect(withBase('/some/sub/path/', '/articles/a/')).toBe('/some/sub/path/articles/a/');
    expect(withBase('/some/sub/path/', 'pagefind/')).toBe('/some/sub/path/pagefind/');
    expect(withBase('/docs', '/x/')).toBe('/docs/x/');
  });

  it('keeps the query string and the #fragment', () => {
    expect(withBase('/docs/', '/articles/a/?q=x#part')).toBe('/docs/articles/a/?q=x#part');
  });

  it('keeps nested article ids as nested paths', () => {
    expect(withBase('/docs/', routes.article('guides/nested-guide'))).toBe('/docs/articles/guides/nested-guide/');
  });

  it('does not touch external URLs, protocol-relative URLs or same-page fragments', () => {
    expect(withBase('/docs/', 'https://doi.org/10.1/x')).toBe('https://doi.org/10.1/x');
    expect(withBase('/docs/', '//cdn.example/x.js')).toBe('//cdn.example/x.js');
    expect(withBase('/docs/', 'mailto:a@b.c')).toBe('mailto:a@b.c');
    expect(withBase('/docs/', '#references')).toBe('#references');
  });
});

describe('normalizeBase', () => {
  it('turns every way of writing a base path into "/x/y/"', () => {
    for (const written of ['docs/site', '/docs/site', '/docs/site/', 'docs/site/', ' /docs/site// ']) {
      expect(normalizeBase(written)).toBe('/docs/site/');
    }
    expect(normalizeBase('')).toBe('/');
    expect(normalizeBase('/')).toBe('/');
  });
});

describe('absoluteUrl', () => {
  it('joins the site URL, the base and the path for canonical links', () => {
    expect(absoluteUrl('https://example.org', '/sub/', routes.topic('alpha'))).toBe('https://example.org/sub/topics/alpha/');
  });
});

describe('routes', () => {
  it('gives every page kind a trailing-slash path so directory output works on any static host', () => {
    expect(routes.article('a')).toBe('/articles/a/');
    expect(routes.topic('t')).toBe('/topics/t/');
    expect(routes.page('about')).toBe('/about/');
    expect(routes.glossaryTerm('dermis')).toBe('/glossary/#term-dermis');
  });
});
