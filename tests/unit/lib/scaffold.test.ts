import { describe, expect, it } from 'vitest';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { articleSkeleton, slugify } from '../../../src/lib/scaffold.ts';
import { createArticleSchema } from '../../../src/schemas.ts';

describe('slugify', () => {
  it('turns a title into a URL-safe file name', () => {
    expect(slugify('Can Creams Help? A “Plain” Guide – 2026')).toBe('can-creams-help-a-plain-guide-2026');
    expect(slugify('Café and crème')).toBe('cafe-and-creme');
    expect(slugify('???')).toBe('');
  });
});

describe('articleSkeleton', () => {
  it('writes an unreviewed draft whose frontmatter passes the article schema', () => {
    const text = articleSkeleton({ title: 'A "quoted" title', topic: 'alpha', day: new Date('2026-11-24') });
    const { frontmatter } = parseFrontmatter(text, { frontmatter: 'empty-with-spaces' });
    const schema = createArticleSchema({ topicIds: new Set(['alpha']), referenceKeys: new Set(), bibliographyName: 'references.json' });
    const data = schema.parse(frontmatter);
    expect(data.title).toBe('A "quoted" title');
    expect(data.draft).toBe(true);
    expect(data.review).toBeUndefined();
    expect(text).not.toMatch(/^\s*reviewed: 2026-11-24/m);
    expect(text).toContain('#   next: 2027-11-24');
  });

  it('cannot be published before someone adds a review', () => {
    const text = articleSkeleton({ title: 'T', topic: 'alpha', day: new Date('2026-11-24') }).replace('draft: true\n', '');
    const { frontmatter } = parseFrontmatter(text, { frontmatter: 'empty-with-spaces' });
    const schema = createArticleSchema({ topicIds: new Set(['alpha']), referenceKeys: new Set(), bibliographyName: 'references.json' });
    const result = schema.safeParse(frontmatter);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: ['review'], message: expect.stringMatching(/^review is required to publish/) });
  });
});
