import { describe, expect, it } from 'vitest';
import { isPlaceholderUrl, placeholderAddressWarning } from '../../../src/lib/urls.ts';

describe('a placeholder site address', () => {
  it('is example.org, .com or .net (or a subdomain), localhost or a loopback address', () => {
    for (const url of ['https://example.org', 'https://example.com/', 'http://example.net', 'https://www.example.org', 'http://localhost:4321', 'http://site.localhost', 'http://127.0.0.1:8080', 'http://[::1]:4321']) {
      expect(isPlaceholderUrl(url), url).toBe(true);
    }
  });

  it('is not a real deployment, even one whose name contains "example"', () => {
    for (const url of ['https://user.github.io', 'https://health.nhs.uk', 'https://example.org.uk', 'https://myexample.org', 'https://example.charity']) {
      expect(isPlaceholderUrl(url), url).toBe(false);
    }
  });

  it('makes the build warn naming what is left out and SITE_URL as the fix', () => {
    const warning = placeholderAddressWarning('https://example.org');
    expect(warning).toContain('placeholder address https://example.org');
    expect(warning).toContain('no canonical link and no og:url');
    expect(warning).toContain('the sitemap and feed still use it');
    expect(warning).toContain('Fix: set SITE_URL');
    expect(placeholderAddressWarning('https://user.github.io')).toBeUndefined();
  });
});
