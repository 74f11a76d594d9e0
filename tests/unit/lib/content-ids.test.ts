import { describe, expect, it } from 'vitest';
import { createSlugRegistry } from '../../../src/lib/content-ids.ts';

describe('createSlugRegistry', () => {
  it('turns file paths into slugs, keeping folders', () => {
    const slugOf = createSlugRegistry('content/articles');
    expect(slugOf('what-are-stretch-marks.mdx')).toBe('what-are-stretch-marks');
    expect(slugOf('guides/first-steps.mdx')).toBe('guides/first-steps');
    expect(slugOf('guides/index.mdx')).toBe('guides');
  });

  it('fails when two files would publish to the same URL', () => {
    const slugOf = createSlugRegistry('content/articles');
    slugOf('topic.mdx');
    expect(() => slugOf('topic/index.mdx')).toThrow('content/articles/topic.mdx: Duplicate slug "topic": content/articles/topic.mdx and content/articles/topic/index.mdx both publish to this URL.');
  });

  it('accepts the same file again (content is re-synced in dev)', () => {
    const slugOf = createSlugRegistry('content/articles');
    expect(slugOf('a.mdx')).toBe(slugOf('a.mdx'));
  });

  it('rejects file names that would make bad URLs, saying how to rename', () => {
    expect(() => createSlugRegistry('content/articles')('My Article.mdx')).toThrow(/Rename the file with letters, digits and hyphens only/);
  });

  it('accepts letters of any language, so "qué-es.mdx" becomes the slug "qué-es"', () => {
    expect(createSlugRegistry('content/articles')('qué-es.mdx')).toBe('qué-es');
  });

  it('fails when two names are the same page once case and accents are normalised', () => {
    const slugOf = createSlugRegistry('content/articles');
    slugOf('Qué-es.mdx');
    expect(() => slugOf('que\u0301-es.mdx')).toThrow(/Duplicate slug "qué-es"/);
  });
});
