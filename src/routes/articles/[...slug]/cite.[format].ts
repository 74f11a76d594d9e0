import type { APIRoute, GetStaticPaths } from 'astro';
import { articlesToBuild, type Article } from '../../../collections.ts';
import { pageCitationInput } from '../../../page-credits.ts';
import { pageBibtex, pageCsl, pageRis } from '../../../lib/page-citation.ts';

const FORMATS = {
  json: { type: 'application/vnd.citationstyles.csl+json; charset=utf-8', body: (article: Article) => `${JSON.stringify([pageCsl(pageCitationInput(article))], null, 2)}\n` },
  bib: { type: 'application/x-bibtex; charset=utf-8', body: (article: Article) => pageBibtex(pageCitationInput(article)) },
  ris: { type: 'application/x-research-info-systems; charset=utf-8', body: (article: Article) => pageRis(pageCitationInput(article)) },
} as const;

/** Each article's citation as CSL-JSON, BibTeX and RIS files, for reference managers. */
export const getStaticPaths = (async () =>
  (await articlesToBuild()).flatMap((article) =>
    (Object.keys(FORMATS) as Array<keyof typeof FORMATS>).map((format) => ({ params: { slug: article.id, format }, props: { article, format } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ article: Article; format: keyof typeof FORMATS }> = ({ props }) =>
  new Response(FORMATS[props.format].body(props.article), { headers: { 'Content-Type': FORMATS[props.format].type } });
