import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/build-site.ts';
import { listDist, readPage } from '../helpers/dist.ts';
import { siteDir } from '../helpers/sites.ts';

// Checks of whatever site is configured at the project root (site.config.ts and its content
// folder): they hold for any sound site, so they keep passing when the content is replaced.
const root = siteDir('content');
const articlePages = listDist(root).filter((file) => /^articles\/.+\/index\.html$/.test(file));

describe('the configured site', () => {
  it('passes every content check the build makes: schema, citations, reading grade, reviews, bibliography', () => {
    const result = spawnSync(process.execPath, ['bin/evidence-site.mjs', 'check'], { cwd: projectRoot, encoding: 'utf8' });
    expect(result.stderr, result.stdout).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Content check passed.');
  });

  it('publishes at least one article', () => {
    expect(articlePages.length).toBeGreaterThan(0);
  });

  it.each(articlePages)('%s cites its sources, lists them, and shows who reviewed it and when', (file) => {
    const page = readPage(root, file);
    expect(page.querySelectorAll('h1')).toHaveLength(1);
    expect(page.querySelectorAll('.prose button.cite').length).toBeGreaterThanOrEqual(1);
    expect(page.querySelectorAll('.references ol > li').length).toBeGreaterThanOrEqual(1);
    const review = page.querySelector('.review-info');
    expect(review?.querySelectorAll('time')).toHaveLength(2);
    // Without the "not yet reviewed by a clinician" notice, the structured data must name the clinical reviewer the box shows.
    const json = JSON.parse(page.querySelector('script[type="application/ld+json"]')!.textContent!) as { reviewedBy?: { name: string } };
    if (!review?.querySelector('.review-info__unreviewed')) expect(review?.textContent).toContain(json.reviewedBy?.name ?? '(no reviewer in JSON-LD)');
  });
});
