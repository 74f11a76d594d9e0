import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/build-site.ts';
import { readPage } from '../helpers/dist.ts';
import { siteDir } from '../helpers/sites.ts';

// Expectations of OUR first site only (the stretch-marks site): its articles, slugs and reviewer
// wording. Another site's content skips this folder (see vitest.config.ts); tests/content checks
// whatever site is configured.
const articlesDir = join(projectRoot, 'content/articles');
const slugs = readdirSync(articlesDir).filter((name) => name.endsWith('.mdx')).map((name) => name.replace(/\.mdx$/, ''));
const root = siteDir('content');

// Articles whose subject calls for "when to get help" advice in a care card.
const NEEDS_CARE_CARD = ['what-are-stretch-marks', 'microdermabrasion-side-effects-and-safety'];

describe('the site content', () => {
  it('has the eight articles the site promises', () => {
    expect(slugs).toHaveLength(8);
  });

  it.each(slugs)('%s: has key points, checked claims, a reference list and truthful editorial review metadata', (slug) => {
    const { frontmatter } = parseFrontmatter(readFileSync(join(articlesDir, `${slug}.mdx`), 'utf8'), { frontmatter: 'empty-with-spaces' });
    expect((frontmatter['keyPoints'] as unknown[]).length).toBeGreaterThanOrEqual(2);
    expect((frontmatter['claims'] as unknown[]).length).toBeGreaterThanOrEqual(1);
    expect((frontmatter['review'] as { by: string }).by).toMatch(/^Editorial process/);
    const page = readPage(root, `articles/${slug}/`);
    expect(page.querySelectorAll('.key-points li').length).toBeGreaterThanOrEqual(2);
    expect(page.querySelectorAll('.evidence .claim').length).toBeGreaterThanOrEqual(1);
    expect(page.querySelectorAll('.references ol > li').length).toBeGreaterThanOrEqual(3);
    expect(page.querySelectorAll('.prose button.cite').length).toBeGreaterThanOrEqual(5);
  });

  it.each(NEEDS_CARE_CARD)('%s: tells readers when to get help, in a care card', (slug) => {
    expect(readPage(root, `articles/${slug}/`).querySelectorAll('.care-card').length).toBeGreaterThanOrEqual(1);
  });

  it('cites only keys from the bibliography, reads at grade 9 or below, and has no overdue review (npm run report --check)', () => {
    const result = spawnSync(process.execPath, ['bin/evidence-site.mjs', 'check'], { cwd: projectRoot, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(
      '8 published article(s). Reading-grade budget 9 (Flesch-Kincaid): all within budget. Reviews: none overdue. Bibliography: every entry complete.',
    );
    for (const slug of slugs) expect(result.stdout).toMatch(new RegExp(`${slug} +\\d\\.\\d +\\d+ +\\d+ +\\d+ +.* current`));
  });

  it('has an editorial policy and an about page with a medical disclaimer', () => {
    expect(readPage(root, 'editorial-policy/').querySelector('h1')?.textContent).toBe('Editorial policy');
    expect(readPage(root, 'about/').body.textContent).toMatch(/not medical advice|not a substitute/i);
  });
});
