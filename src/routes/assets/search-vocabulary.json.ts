import type { APIRoute } from 'astro';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { publishedArticles, sitePages } from '../../collections.ts';
import { glossary } from '../../content-data.ts';
import { buildVocabulary, parseWordGroups } from '../../lib/search-vocabulary.ts';
import { t } from '../../i18n/index.ts';
import { site } from '../../site.ts';

/** The words of every searchable page, the glossary's synonyms, the filler words and the site's and the language's everyday word groups, for the search client. */
export const GET: APIRoute = async () => {
  const articles = (await publishedArticles()).filter((article) => article.data.search !== false);
  const pages = (await sitePages()).filter((page) => page.data.search !== false);
  // Collections do not keep bodies in memory (retainBody: false): read each source file once here.
  const source = (filePath: string | undefined) => (filePath ? readFile(resolve(filePath), 'utf8') : Promise.resolve(''));
  const texts = [
    ...(await Promise.all(
      articles.map(async ({ data, filePath }) => ({
        fields: [data.title, data.description, data.question ?? '', ...(data.keyPoints ?? []), ...(data.claims ?? []).flatMap((claim) => [claim.claim, claim.summary])],
        body: await source(filePath),
      })),
    )),
    ...(await Promise.all(pages.map(async ({ data, filePath }) => ({ fields: [data.title, data.description], body: await source(filePath) })))),
  ];
  const synonyms = [...glossary().terms.values()].map((term) => [term.term, ...term.aliases]);
  // The site's own groups before the language's: a site knows its readers' words best.
  const everyday = [...site.search.wordGroups, ...parseWordGroups(t('search.everydayWords'))];
  const vocabulary = buildVocabulary(texts, synonyms, t('search.fillerWords').split(/\s+/), undefined, everyday);
  return new Response(JSON.stringify(vocabulary), { headers: { 'Content-Type': 'application/json' } });
};
