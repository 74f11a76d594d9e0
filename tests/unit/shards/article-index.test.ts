import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempFolder } from '../../helpers/temp-folder.ts';
import { readArticleIndex, writeArticleIndex } from '../../../src/shards/article-index.ts';

const articlesFolder = (files: Record<string, string>) => tempFolder(files, 'article-index-');

describe('the article index a sharded build parses once for every shard', () => {
  it('holds every article\u2019s frontmatter by its path below the folder, dates kept as dates', () => {
    const dir = articlesFolder({
      'b.mdx': '---\ntitle: B\nreviewed: 2026-11-30\n---\n\nBody.\n',
      'topic/a.mdx': '---\ntitle: A\ntopics: [x, y]\n---\n\nBody.\n',
      'no-frontmatter.mdx': 'Just text.\n',
    });
    const file = join(dir, 'index.bin');
    expect(writeArticleIndex(dir, file)).toBe(true);
    const articles = readArticleIndex(file);
    expect(articles.map((article) => article.entry)).toEqual(['b.mdx', 'no-frontmatter.mdx', 'topic/a.mdx']);
    expect(articles[0]!.frontmatter['reviewed']).toBeInstanceOf(Date);
    expect(articles[2]!.frontmatter).toEqual({ title: 'A', topics: ['x', 'y'] });
    expect(articles[1]!.frontmatter).toEqual({});
  });

  it('writes nothing when a file\u2019s frontmatter cannot be parsed, so the shards parse and report it themselves', () => {
    const dir = articlesFolder({ 'good.mdx': '---\ntitle: Good\n---\n', 'bad.mdx': '---\ntitle: [unclosed\n---\n' });
    const file = join(dir, 'index.bin');
    expect(writeArticleIndex(dir, file)).toBe(false);
    expect(existsSync(file)).toBe(false);
  });
});
