import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDuplicateContent } from '../../../src/lib/duplicate-content.ts';

function contentWith(articles: Record<string, string>, pages: Record<string, string> = {}) {
  const root = mkdtempSync(join(tmpdir(), 'duplicates-'));
  for (const [dir, files] of [['articles', articles], ['pages', pages]] as const) {
    mkdirSync(join(root, dir), { recursive: true });
    for (const [name, frontmatter] of Object.entries(files)) writeFileSync(join(root, dir, name), `---\n${frontmatter}\n---\n\nBody.\n`);
  }
  return { articlesDir: join(root, 'articles'), pagesDir: join(root, 'pages') };
}

describe('checkDuplicateContent', () => {
  it('fails on two articles with the same title, naming both files and lines', () => {
    const dirs = contentWith({ 'a.mdx': 'title: Vitamin D and bones', 'b.mdx': 'description: x\ntitle: vitamin D and bones.' });
    expect(() => checkDuplicateContent(dirs)).toThrow(/a\.mdx:2: Duplicate title "vitamin D and bones\.": .*b\.mdx:3 has the same title/);
  });

  it('fails on two articles with the same reader question', () => {
    const dirs = contentWith({ 'a.mdx': 'title: A\nquestion: Do I need vitamin D?', 'b.mdx': 'title: B\nquestion: do I need vitamin D' });
    expect(() => checkDuplicateContent(dirs)).toThrow(/a\.mdx:3: Duplicate question .*b\.mdx:3 has the same question/);
  });

  it('ignores drafts, and fails on a page that would replace an engine page', () => {
    expect(() => checkDuplicateContent(contentWith({ 'a.mdx': 'title: A', 'b.mdx': 'title: A\ndraft: true' }))).not.toThrow();
    expect(() => checkDuplicateContent(contentWith({ 'a.mdx': 'title: A' }, { 'claims.mdx': 'title: Claims' }))).toThrow(/would replace the engine's own \/claims\/ page/);
  });
});
