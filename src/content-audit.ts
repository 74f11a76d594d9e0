import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Root } from 'mdast';
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
import { ContentError, locateMdxSyntaxError, mdxSyntaxFix, syntaxErrorPosition, unclosedBraceBefore } from './lib/source-error.ts';
import { loadPeople, schemaPeople } from './lib/people.ts';
import { createArticleSchema } from './schemas.ts';
import { remarkCitations } from './plugins/remark-citations.ts';
import { remarkReadingLevel } from './plugins/remark-reading-level.ts';
import { remarkGlossary } from './plugins/remark-glossary.ts';
import { remarkMdxChecks } from './plugins/remark-mdx-checks.ts';
import { remarkSearchQuestions } from './plugins/remark-search-questions.ts';
import { checkedComponentProps } from './components/content-component-names.ts';
import { checkDuplicateContent } from './lib/duplicate-content.ts';
import { collectLinks, describeBrokenSourceLinks, findBrokenSourceLinks, type LinkSource } from './lib/source-links.ts';

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

/** MDX syntax errors carry a line and column (or only a range in the message) but not the file; the frontmatter is blanked, so lines match the file. */
function withFile(error: unknown, file: string): unknown {
  if (error instanceof ContentError) return error;
  const position = syntaxErrorPosition(error);
  if (!position) return error;
  const located = locateMdxSyntaxError((error as { reason?: string }).reason ?? (error as Error).message, position);
  if (/closing brace for `\{`/.test(located.reason)) Object.assign(located, unclosedBraceBefore(readFileSync(file, 'utf8'), located));
  return new ContentError({ file, line: located.line, column: located.column }, located.reason, mdxSyntaxFix(located.reason));
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
export async function auditContent(contentDir: string, day: Date, language = 'en'): Promise<ArticleAudit[]> {
  const paths = contentPaths(contentDir);
  preflightContent(contentDir);
  const audit = createArticleAuditor(contentDir, day, language);
  const audits: ArticleAudit[] = [];
  for (const file of listMdxFiles(paths.articles)) audits.push(await audit(file));
  return audits;
}

/**
 * A checker of one article file at a time, with the topics, bibliography and glossary of the
 * content folder as they are now: used by the report, and by the dev server on every save.
 */
export function createArticleAuditor(contentDir: string, day: Date, language = 'en'): (file: string) => Promise<ArticleAudit> {
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
    .use(remarkSearchQuestions)
    .use(remarkMdxChecks, { components: checkedComponentProps })
    .use(remarkCitations, { bibliography: paths.referenceCandidates })
    // Measured here; the build decides whether an over-budget grade warns or fails.
    .use(remarkReadingLevel, { budget: Number.POSITIVE_INFINITY, overBudget: 'warn', enforceIn: paths.articles, language })
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

/**
 * Checks every internal link of the articles and pages against the content folder (and the
 * site's `public/` folder), without a build, so `check` reports broken links with file and line.
 */
export function auditLinks(contentDir: string, publicDir?: string): void {
  const paths = contentPaths(contentDir);
  const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);
  const sources: LinkSource[] = [];
  for (const file of [...listMdxFiles(paths.articles), ...listMdxFiles(paths.pages)]) {
    const { content } = parseFrontmatter(readFileSync(file, 'utf8'), { frontmatter: 'empty-with-spaces' });
    let tree: Root;
    try {
      tree = parser.runSync(parser.parse(new VFile({ value: content, path: file }))) as Root;
    } catch (error) {
      throw withFile(error, file);
    }
    sources.push(collectLinks(tree, file));
  }
  const broken = findBrokenSourceLinks(sources, {
    articlesDir: paths.articles,
    pagesDir: paths.pages,
    topicIds: new Set(readYamlList(paths.topics).map(({ value }) => String((value as { id?: unknown } | null)?.id))),
    publicDir,
    layoutIds: engineLayoutIds(),
  });
  if (broken.length > 0) throw new Error(describeBrokenSourceLinks(broken));
}

/**
 * The checks a build makes before Astro starts, from the source files: encoding, bibliography,
 * duplicate titles, questions and URLs. Run first by `evidence-site build` and `check`, so an
 * author reads one clean message (Astro would print its own "unhandled error" line first).
 */
export function preflightContent(contentDir: string): void {
  const paths = contentPaths(contentDir);
  checkContentFiles(paths.root);
  loadBibliography(paths.referenceCandidates);
  checkDuplicateContent({ articlesDir: paths.articles, pagesDir: paths.pages });
}

// Literal ids in the engine's own layout and components: links to them (#references, #key-points) are valid on every article.
let layoutIds: Set<string> | undefined;
function engineLayoutIds(): Set<string> {
  if (layoutIds) return layoutIds;
  const engineDir = fileURLToPath(new URL('.', import.meta.url));
  layoutIds = new Set<string>();
  for (const folder of ['layouts', 'components']) {
    for (const name of readdirSync(join(engineDir, folder)).filter((entry) => entry.endsWith('.astro'))) {
      for (const match of readFileSync(join(engineDir, folder, name), 'utf8').matchAll(/\bid="([\w-]+)"/g)) layoutIds.add(match[1]!);
    }
  }
  return layoutIds;
}
