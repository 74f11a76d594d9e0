import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeSitemapFiles } from '../../../src/integrations/sitemap-files.ts';

describe('writeSitemapFiles', () => {
  it('lists every page of the folder under the base path, without redirects, copied public files or the not-found page', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitemap-'));
    const publicDir = mkdtempSync(join(tmpdir(), 'public-'));
    for (const file of ['index.html', 'articles/b/index.html', 'articles/a/index.html', '404.html', 'old/index.html', 'google123.html']) {
      mkdirSync(dirname(join(dir, file)), { recursive: true });
      writeFileSync(join(dir, file), '<!doctype html>');
    }
    writeFileSync(join(publicDir, 'google123.html'), 'verification');
    const count = await writeSitemapFiles(dir, { site: 'https://example.org', base: '/sub/', redirects: { '/old': '/articles/a/' }, publicDir });
    const locations = [...readFileSync(join(dir, 'sitemap-0.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]);
    expect(locations).toEqual(['https://example.org/sub/', 'https://example.org/sub/articles/a/', 'https://example.org/sub/articles/b/']);
    expect(count).toBe(3);
    expect(readFileSync(join(dir, 'sitemap-index.xml'), 'utf8')).toContain('<loc>https://example.org/sub/sitemap-0.xml</loc>');
  });
});
