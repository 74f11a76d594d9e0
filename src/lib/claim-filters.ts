/** A claim as the claims page filters it: its verdict and the topics of the articles that check it. */
export interface FilterableClaim {
  verdict: string;
  topics: readonly string[];
}

/** How many claims one choice of filters shows; 'all' is the "All" choice. */
export interface FilterCount {
  verdict: string;
  topic: string;
  count: number;
}

/** The number of claims every pair of verdict and topic choices shows, "All" included. */
export function filterCounts(claims: readonly FilterableClaim[], verdicts: readonly string[], topics: readonly string[]): FilterCount[] {
  return ['all', ...verdicts].flatMap((verdict) =>
    ['all', ...topics].map((topic) => ({
      verdict,
      topic,
      count: claims.filter((claim) => (verdict === 'all' || claim.verdict === verdict) && (topic === 'all' || claim.topics.includes(topic))).length,
    })),
  );
}

/**
 * Script-free filter rules for the claims page (radio buttons + :has()): each topic hides the claims
 * outside it, and each choice of filters writes how many claims it shows, or reveals "Nothing matches".
 * Verdict and topic ids are kebab-case, safe in selectors. Without a topic filter, `topics` is empty.
 */
export function claimFilterCss(counts: readonly FilterCount[], topics: readonly string[]): string {
  const hideOutside = topics.map((id) =>
    [
      `.claims:has(#filter-topic-${id}:checked) .claim:not([data-topics~="${id}"]),`,
      `.claims:has(#filter-topic-${id}:checked) .claims-section:not(:has(.claim[data-topics~="${id}"])) { display: none; }`,
    ].join('\n'),
  );
  const chosen = ({ verdict, topic }: FilterCount) =>
    `.claims:has(#filter-verdict-${verdict}:checked)${topics.length > 0 ? `:has(#filter-topic-${topic}:checked)` : ''}`;
  const shown = counts
    .filter((choice) => topics.length > 0 || choice.topic === 'all')
    .filter((choice) => choice.verdict !== 'all' || choice.topic !== 'all')
    .flatMap((choice) => [
      `${chosen(choice)} .claims__count-all { display: none; }`,
      `${chosen(choice)} .claims__count::after { content: "${choice.count}"; }`,
      ...(choice.count === 0 ? [`${chosen(choice)} .claims__empty { display: block; }`] : []),
    ]);
  return `${[...hideOutside, ...shown].join('\n')}\n`;
}
