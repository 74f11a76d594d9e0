import { describe, expect, it } from 'vitest';
import { checkRedirectSources, redirectsWithBase } from '../../../src/lib/redirects.ts';

describe('redirects from the site config', () => {
  it('adds the base path to site paths it redirects to, and leaves https URLs alone', () => {
    expect(redirectsWithBase({ '/old/': '/articles/new/', '/away/': 'https://example.org/x' }, '/docs/')).toEqual({
      '/old/': '/docs/articles/new/',
      '/away/': 'https://example.org/x',
    });
  });

  it('fails naming the redirect in site.config.ts when a page still lives at the old address', () => {
    expect(() => checkRedirectSources({ '/articles/kept': '/articles/new/' }, new Set(['/articles/kept/']))).toThrow(
      /site\.config\.ts → redirects\["\/articles\/kept"\]: a page is published at \/articles\/kept\/, so it cannot redirect\./,
    );
  });
});
