import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, projectRoot, type BuildResult } from '../helpers/build-site.ts';
import { readPage, readText } from '../helpers/dist.ts';

// The fixture site's config says url: 'https://example.org', as the starter does until a team sets its own.
const placeholderOut = join(projectRoot, '.build/test/placeholder-address');
const realOut = join(projectRoot, '.build/test/real-address');
let placeholder: BuildResult;
let real: BuildResult;

beforeAll(async () => {
  placeholder = await buildSite({ contentDir: 'tests/fixtures/basic', outDir: placeholderOut });
  real = await buildSite({ contentDir: 'tests/fixtures/basic', outDir: realOut, base: '/some/sub/path/', env: { SITE_URL: 'https://health.charity.test' } });
});

describe('a production build at a placeholder address', () => {
  it('warns loudly, naming the address, what is left out and SITE_URL as the fix', () => {
    expect(placeholder.code).toBe(0);
    expect(placeholder.output).toMatch(/!!! This site is built for the placeholder address https:\/\/example\.org/);
    expect(placeholder.output).toContain('Fix: set SITE_URL');
  });

  it('publishes no canonical link or og:url, but still writes the sitemap and feed', () => {
    for (const path of ['', 'articles/first-article/', 'glossary/']) {
      const page = readPage(placeholderOut, path);
      expect(page.querySelector('link[rel="canonical"]'), path).toBeNull();
      expect(page.querySelector('meta[property="og:url"]'), path).toBeNull();
    }
    expect(existsSync(join(placeholderOut, 'sitemap-index.xml'))).toBe(true);
    expect(readText(placeholderOut, 'rss.xml')).toContain('<link>https://example.org/articles/first-article/</link>');
  });
});

describe('a production build at the address from SITE_URL, under a base path', () => {
  it('has canonical links and og:url at that address with the base path, and no warning', () => {
    expect(real.code).toBe(0);
    expect(real.output).not.toContain('placeholder address');
    const page = readPage(realOut, 'articles/first-article/');
    expect(page.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe('https://health.charity.test/some/sub/path/articles/first-article/');
    expect(page.querySelector('meta[property="og:url"]')?.getAttribute('content')).toBe('https://health.charity.test/some/sub/path/articles/first-article/');
  });
});
