import type { APIRoute } from 'astro';
import { publishedArticles, topicTitles } from '../../collections.ts';
import { mergeClaims } from '../../lib/claims.ts';
import { VERDICTS } from '../../lib/evidence.ts';
import { claimFilterCss, filterCounts } from '../../lib/claim-filters.ts';

// The claims page's filters without script (topic ids belong to the site, so the rules are made
// per build): the same claims and topics the page lists (routes/claims.astro).
export const GET: APIRoute = async () => {
  const articles = await publishedArticles();
  const merged = mergeClaims(articles.flatMap((article) => article.data.claims.map((claim) => ({ ...claim, article }))));
  const claims = merged.map((group) => ({ verdict: group.main.verdict, topics: [...new Set(group.articles.flatMap((article) => article.data.topics))] }));
  const used = [...(await topicTitles()).keys()].filter((id) => claims.some((claim) => claim.topics.includes(id)));
  const topics = used.length > 1 ? used : [];
  const verdicts = VERDICTS.filter((verdict) => claims.some((claim) => claim.verdict === verdict));
  return new Response(claimFilterCss(filterCounts(claims, verdicts, topics), topics), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
