import { readFileSync } from 'node:fs';
import { basename, relative } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import { VFile } from 'vfile';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { contentPaths } from './lib/content-paths.ts';
import { loadBibliography } from './lib/bibliography.ts';
import { readYamlList } from './lib/yaml-list.ts';
import { checkContentFiles, listMdxFiles } from './lib/content-files.ts';
import { formatZodIssues } from './lib/zod-errors.ts';
import { reviewStatus, type ReviewStatus } from './lib/review.ts';
import type { ReadingLevel } from './lib/reading-level.ts';
import { CERTAINTIES, type Certainty } from './lib/evidence.ts';
import { ContentError } from './lib/source-error.ts';
import { loadPeople, schemaPeople } from './lib/people.ts';
import { createArticleSchema } from './schemas.ts';
import { remarkCitations } from './plugins/remark-citations.ts';
import { remarkReadingLevel } from './plugins/remark-reading-level.ts';
import { remarkGlossary } from './plugins/remark-glossary.ts';
import { remarkMdxChecks } from './plugins/remark-mdx-checks.ts';
import { contentComponentProps } from './components/content-component-names.ts';

/** What the report says about one article. */
export interface ArticleAudit {
  file: string;
  slug: string;
  title: string;
  draft: boolean;
  readingLevel: ReadingLevel;
  /** Distinct sources cited in the body text. */
  citations: number;
  claims: number;
  keyPoints: number;
  /** Undefined for an unreviewed draft. */
  review: (ReviewStatus & { next: Date }) | undefined;
  /** How many claims have each GRADE certainty. */
  certainties: Record<Certainty, number>;
}

/** MDX syntax errors carry a line and column but not the file (the frontmatter is blanked, so lines match the file). */
function withFile(error: unknown, file: string): unknown {
  if (error instanceof ContentError) return error;
  const place = (error as { place?: { line?: number; column?: number; start?: { line?: number; column?: number } } }).place;
  const start = place?.start ?? place;
  if (!start?.line) return error;
  const reason = (error as { reason?: string }).reason ?? (error as Error).message;
  return new ContentError(
    { file, line: start.line, column: start.column },
    reason,
    'Check the MDX syntax on that line: every <Component> needs a closing tag (or />), and "{", "}" or "<" in text must be escaped as \\{, \\} or &lt;.',
  );
}

function countCertainties(claims: ReadonlyArray<{ certainty: Certainty }>): Record<Certainty, number> {
  const counts = Object.fromEntries(CERTAINTIES.map((level) => [level, 0])) as Record<Certainty, number>;
  for (const { certainty } of claims) counts[certainty]++;
  return counts;
}

/**
 * Runs every check the build makes before rendering (encoding, frontmatter schema, citations,
 * glossary terms, components, images) over a content folder, through the same schemas and remark
 * plugins, and measures each article. Throws a ContentError (file, line, fix) on the first problem.
 */
export async function auditContent(contentDir: string, day: Date): Promise<ArticleAudit[]> {
  const paths = contentPaths(contentDir);
  checkContentFiles(paths.root);
  const audit = createArticleAuditor(contentDir, day);
  const audits: ArticleAudit[] = [];
  for (const file of listMdxFiles(paths.articles)) audits.push(await audit(file));
  return audits;
}

/**
 * A checker of one article file at a time, with the topics, bibliography and glossary of the
 * content folder as they are now: used by the report, and by the dev server on every save.
 */
export function createArticleAuditor(contentDir: string, day: Date): (file: string) => Promise<ArticleAudit> {
  const paths = contentPaths(contentDir);
  const bibliography = loadBibliography(paths.referenceCandidates);
  const schema = createArticleSchema({
    topicIds: new Set(readYamlList(paths.topics).map(({ value }) => String((value as { id?: unknown } | null)?.id))),
    referenceKeys: new Set(bibliography.entries.keys()),
    bibliographyName: basename(bibliography.file),
    people: schemaPeople(loadPeople(paths.people)),
  });
  const processor = unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkGfm)
    .use(remarkMdxChecks, { components: contentComponentProps })
    .use(remarkCitations, { bibliography: paths.referenceCandidates })
    // Measured here; the build decides whether an over-budget grade warns or fails.
    .use(remarkReadingLevel, { budget: Number.POSITIVE_INFINITY, overBudget: 'warn', enforceIn: paths.articles })
    .use(remarkGlossary, { glossary: paths.glossary });

  return async (file) => {
    const source = readFileSync(file, 'utf8');
    const { frontmatter, content } = parseFrontmatter(source, { frontmatter: 'empty-with-spaces' });
    const parsed = schema.safeParse(frontmatter);
    if (!parsed.success) {
      throw new Error(`${relative(process.cwd(), file)}: frontmatter does not match the schema:\n${formatZodIssues(parsed.error.issues)}`);
    }
    const vfile = new VFile({ value: content, path: file, data: { astro: { frontmatter: {} } } });
    try {
      await processor.run(processor.parse(vfile), vfile);
    } catch (error) {
      throw withFile(error, file);
    }
    const data = (vfile.data as { astro: { frontmatter: { citations: string[]; readingLevel: ReadingLevel } } }).astro.frontmatter;
    return {
      file: relative(process.cwd(), file),
      slug: relative(paths.articles, file).replace(/\.mdx$/, '').replace(/\/index$/, ''),
      title: parsed.data.title,
      draft: parsed.data.draft,
      readingLevel: data.readingLevel,
      citations: data.citations.length,
      claims: parsed.data.claims.length,
      keyPoints: parsed.data.keyPoints?.length ?? 0,
      review: parsed.data.review ? { ...reviewStatus(parsed.data.review, day), next: parsed.data.review.next } : undefined,
      certainties: countCertainties(parsed.data.claims),
    };
  };
}
