import type { APIRoute } from 'astro';
import { allTopics } from '../../collections.ts';

// The claims page's topic filter without script: one rule per topic (ids are kebab-case, safe in
// selectors) hides the claims and verdict sections that do not belong to the chosen topic.
export const GET: APIRoute = async () => {
  const rules = (await allTopics()).map(({ id }) =>
    [
      `.claims:has(#filter-topic-${id}:checked) .claim:not([data-topics~="${id}"]),`,
      `.claims:has(#filter-topic-${id}:checked) .claims-section:not(:has(.claim[data-topics~="${id}"])) { display: none; }`,
    ].join('\n'),
  );
  return new Response(`${rules.join('\n')}\n`, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
