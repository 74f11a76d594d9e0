/** GRADE certainty levels, strongest first. */
export const GRADE_LEVELS = ['high', 'moderate', 'low', 'very-low'] as const;
/**
 * Every certainty a claim can carry: the four GRADE levels, then two labels for findings GRADE does
 * not rate: advice that rests only on guidance or expert pages, and facts no study measures (price,
 * session length, device design).
 */
export const CERTAINTIES = [...GRADE_LEVELS, 'expert-advice', 'not-graded'] as const;
/** A GRADE certainty level. */
export type Certainty = (typeof CERTAINTIES)[number];

/** Verdicts a checked claim can get. */
export const VERDICTS = ['true', 'partly-true', 'misleading', 'unsupported', 'advice-differs', 'false'] as const;
/** A claim's verdict. */
export type Verdict = (typeof VERDICTS)[number];


/** Element id of a verdict's line in the evidence key (badges link to it). */
export function verdictKeyId(verdict: Verdict): string {
  return `key-verdict-${verdict}`;
}

/** Element id of a certainty level's line in the evidence key (badges link to it). */
export function certaintyKeyId(certainty: Certainty): string {
  return `key-certainty-${certainty}`;
}
