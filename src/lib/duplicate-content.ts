import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { createSlugRegistry } from './content-ids.ts';
import { listMdxFiles } from './content-files.ts';
import { ContentError, formatLocation } from './source-error.ts';

/** Folders whose files must not repeat one another. */
export interface DuplicateContentOptions {
  articlesDir: string;
  pagesDir: string;
}

// Routes the engine writes itself: a page file with one of these names would publish over them.
const ENGINE_PAGE_SLUGS = ['articles', 'topics', 'claims', 'glossary', 'search', '404', 'rss.xml', 'assets', 'pagefind'];

interface FieldValue {
  file: string;
  line: number | undefined;
  value: string;
}

/**
 * Fails, naming both files, when two published articles share a title or a reader's question
 * (copying an article as a template does this, and the home page then shows two identical cards),
 * when two files publish to one URL, or when a page's file name takes an engine route.
 */
export function checkDuplicateContent({ articlesDir, pagesDir }: DuplicateContentOptions): void {
  const slugOf = createSlugRegistry(articlesDir);
  for (const file of listMdxFiles(articlesDir)) slugOf(relative(articlesDir, file));
  const pageSlugOf = createSlugRegistry(pagesDir);
  for (const file of listMdxFiles(pagesDir)) {
    const slug = pageSlugOf(relative(pagesDir, file));
    if (ENGINE_PAGE_SLUGS.includes(slug)) {
      throw new ContentError({ file }, `The page "${slug}" would replace the engine's own /${slug}/ page.`, 'Rename the file (the file name is the URL).');
    }
  }
  const titles: FieldValue[] = [];
  const questions: FieldValue[] = [];
  for (const [dir, isArticle] of [
    [articlesDir, true],
    [pagesDir, false],
  ] as const) {
    for (const file of listMdxFiles(dir)) {
      const source = readFileSync(file, 'utf8');
      let frontmatter: Record<string, unknown>;
      try {
        frontmatter = parseFrontmatter(source).frontmatter;
      } catch {
        continue; // malformed YAML is reported by the schema check, with its line
      }
      if (frontmatter['draft'] === true) continue;
      const title = fieldValue(file, source, 'title', frontmatter['title']);
      if (title) titles.push(title);
      const question = isArticle ? fieldValue(file, source, 'question', frontmatter['question']) : undefined;
      if (question) questions.push(question);
    }
  }
  failOnRepeat(titles, 'title', 'Give each its own title: readers (and the home page, search and the browser tab) could not tell them apart.');
  failOnRepeat(questions, 'question', 'Give each article its own reader question (the home page lists them), or merge the two articles.');
}

function fieldValue(file: string, source: string, field: string, value: unknown): FieldValue | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const index = source.split('\n').findIndex((line) => line.startsWith(`${field}:`));
  return { file, line: index >= 0 ? index + 1 : undefined, value };
}

/** Case, spacing and end punctuation do not make two titles different to a reader. */
function sameToReaders(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').replace(/[\s.?!¿¡:;,]+$/u, '').replace(/^[¿¡\s]+/u, '').trim();
}

function failOnRepeat(values: readonly FieldValue[], field: string, fix: string): void {
  const seen = new Map<string, FieldValue>();
  for (const entry of values) {
    const key = sameToReaders(entry.value);
    const first = seen.get(key);
    if (!first) {
      seen.set(key, entry);
      continue;
    }
    throw new ContentError(
      { file: first.file, line: first.line },
      `Duplicate ${field} "${entry.value}": ${formatLocation(entry)} has the same ${field}.`,
      fix,
    );
  }
}
