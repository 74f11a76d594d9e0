/** GRADE certainty levels, strongest first. */
export const CERTAINTIES = ['high', 'moderate', 'low', 'very-low'] as const;
/** A GRADE certainty level. */
export type Certainty = (typeof CERTAINTIES)[number];

/** Verdicts a checked claim can get. */
export const VERDICTS = ['true', 'partly-true', 'misleading', 'unsupported', 'advice-differs', 'false'] as const;
/** A claim's verdict. */
export type Verdict = (typeof VERDICTS)[number];

/** How each certainty level reads to a lay reader, following GRADE's plain-language wording. */
export const certaintyWording: Record<Certainty, { label: string; meaning: string; phrasing: string }> = {
  high: {
    label: 'High certainty',
    meaning: 'We are confident the true effect is close to what the studies found.',
    phrasing: 'Research shows',
  },
  moderate: {
    label: 'Moderate certainty',
    meaning: 'The true effect is probably close to what the studies found, but it might be different.',
    phrasing: 'Probably',
  },
  low: {
    label: 'Low certainty',
    meaning: 'The true effect may be quite different from what the studies found.',
    phrasing: 'May',
  },
  'very-low': {
    label: 'Very low certainty',
    meaning: 'We are very uncertain: the true effect is likely to be very different from what the studies found.',
    phrasing: 'Very uncertain',
  },
};

/** Element id of a verdict's line in the evidence key (badges link to it). */
export function verdictKeyId(verdict: Verdict): string {
  return `key-verdict-${verdict}`;
}

/** Element id of a certainty level's line in the evidence key (badges link to it). */
export function certaintyKeyId(certainty: Certainty): string {
  return `key-certainty-${certainty}`;
}
