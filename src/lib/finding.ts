import type { Certainty, Verdict } from './evidence.ts';

/**
 * How sure a verdict's wording sounds, after GRADE plain-language practice (Cochrane): high
 * certainty states it, moderate says "probably", low "may", very low "uncertain, may".
 */
export type Hedge = 'plain' | 'probably' | 'may' | 'uncertain';

/** The wording each certainty gives a verdict; ungraded findings (advice, plain facts) are stated plainly. */
export const CERTAINTY_HEDGE: Readonly<Record<Certainty, Hedge>> = {
  high: 'plain',
  moderate: 'probably',
  low: 'may',
  'very-low': 'uncertain',
  'expert-advice': 'plain',
  'not-graded': 'plain',
};

// These verdicts already say how far the evidence goes; "probably not enough evidence" would say it twice.
const SELF_HEDGED: readonly Verdict[] = ['unsupported', 'advice-differs'];

/** The wording a verdict takes next to a certainty, so "not true" never sounds surer than the evidence. */
export function verdictHedge(verdict: Verdict, certainty: Certainty): Hedge {
  return SELF_HEDGED.includes(verdict) ? 'plain' : CERTAINTY_HEDGE[certainty];
}

/** A claim that may carry an id, as in article frontmatter. */
export interface IdentifiedClaim {
  id?: string | undefined;
}

/** The claim that leads an article: the one named by `keyFinding`, else the first; none without claims. */
export function keyFindingOf<Claim extends IdentifiedClaim>(claims: readonly Claim[], keyFinding?: string): Claim | undefined {
  return (keyFinding === undefined ? undefined : claims.find((claim) => claim.id === keyFinding)) ?? claims[0];
}

/** Why a `keyFinding` value is wrong, with the ids the author can use; undefined when it is right. */
export function keyFindingProblem(claims: readonly IdentifiedClaim[], keyFinding: string | undefined): string | undefined {
  if (keyFinding === undefined || claims.some((claim) => claim.id === keyFinding)) return undefined;
  const ids = claims.flatMap((claim) => (claim.id ? [claim.id] : []));
  return ids.length > 0
    ? `keyFinding "${keyFinding}" is not the id of a claim in this article. Use one of: ${ids.join(', ')}.`
    : `keyFinding "${keyFinding}" names no claim: none of this article's claims has an id. Add id: ${keyFinding} to the claim that should lead the page, or remove keyFinding.`;
}
