import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, projectRoot } from '../helpers/build-site.ts';
import { fixturesDir, overlayFixture, throwawayCacheEnv } from '../helpers/fixture-copy.ts';
import { listDist, readPage } from '../helpers/dist.ts';

const outDir = resolve(projectRoot, '.build/test/hostile-text');

describe('author-supplied text', () => {
  beforeAll(async () => {
    const contentDir = overlayFixture(join(fixturesDir, 'hostile-text'), 'hostile-text');
    const result = await buildSite({ contentDir, outDir, env: throwawayCacheEnv(contentDir) });
    expect(result.code, result.output.slice(-2000)).toBe(0);
  });

  it('is escaped everywhere: no page gets a script, handler or element the author typed as text', () => {
    const pages = listDist(outDir).filter((name) => name.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(5);
    for (const file of pages) {
      const page = readPage(outDir, file);
      for (const script of page.querySelectorAll('script:not([type="application/ld+json"])')) expect(script.textContent, file).not.toContain("alert('");
      expect(page.querySelector('[onerror], img[src="x"], b, i'), file).toBeNull();
    }
    for (const file of listDist(outDir).filter((name) => name.endsWith('.xml'))) {
      expect(readFileSync(join(outDir, file), 'utf8'), file).not.toMatch(/<script>|<b>/);
    }
  });

  it('still reads as the author wrote it', () => {
    const page = readPage(outDir, 'articles/hostile/');
    expect(page.querySelector('h1')?.textContent).toBe(`Quotes " and <script>alert('title')</script>`);
    expect(page.querySelector('meta[name="description"]')?.getAttribute('content')).toBe(
      `A description with <script>alert('description')</script> and "quotes" & ampersands in it.`,
    );
    expect(page.querySelector('.claim__summary')?.textContent).toContain(`Summary </p><script>alert('summary')</script>`);
    expect(page.querySelector('.references__text')?.textContent).toContain(`Title <script>alert('reference’)</script> “quoted.”`);
    expect(page.querySelector('.term-pop')?.textContent).toContain(`<script>alert('definition')</script>`);
  });

  it('cannot break out of the JSON-LD script', () => {
    const page = readPage(outDir, 'articles/hostile/');
    const scripts = page.querySelectorAll('script[type="application/ld+json"]');
    expect(scripts).toHaveLength(1);
    const data = JSON.parse(scripts[0]!.textContent!);
    expect(data.name).toBe(`Quotes " and <script>alert('title')</script>`);
    expect(data.reviewedBy[0].name).toBe(`Editors <script>alert('reviewer')</script>`);
    expect(data.reviewedBy[0].honorificSuffix).toBe(`MD <img src=x onerror=alert('credentials')>`);
  });
});
