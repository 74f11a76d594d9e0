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
  it('writes a draft whose frontmatter passes the article schema, due for review a year later', () => {
    const text = articleSkeleton({ title: 'A "quoted" title', topic: 'alpha', day: new Date('2026-11-24') });
    const { frontmatter } = parseFrontmatter(text, { frontmatter: 'empty-with-spaces' });
    const schema = createArticleSchema({ topicIds: new Set(['alpha']), referenceKeys: new Set(), bibliographyName: 'references.json' });
    const data = schema.parse(frontmatter);
    expect(data.title).toBe('A "quoted" title');
    expect(data.draft).toBe(true);
    expect(data.review.next).toEqual(new Date('2027-11-24'));
  });
});
