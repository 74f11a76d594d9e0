import type { Certainty, Verdict } from '../lib/evidence.ts';
import { t } from './index.ts';

/** Reader-facing wording of each verdict: one plain phrase used everywhere, and its meaning for the visible key. */
export const verdictWording: Record<Verdict, { label: string; meaning: string }> = {
  true: { label: t('verdict.true'), meaning: t('verdict.true.meaning') },
  'partly-true': { label: t('verdict.partlyTrue'), meaning: t('verdict.partlyTrue.meaning') },
  misleading: { label: t('verdict.misleading'), meaning: t('verdict.misleading.meaning') },
  unsupported: { label: t('verdict.unsupported'), meaning: t('verdict.unsupported.meaning') },
  'advice-differs': { label: t('verdict.adviceDiffers'), meaning: t('verdict.adviceDiffers.meaning') },
  false: { label: t('verdict.false'), meaning: t('verdict.false.meaning') },
};

/** Reader-facing wording of each GRADE certainty level, in the site's language. */
export const certaintyText: Record<Certainty, { label: string; meaning: string }> = {
  high: { label: t('certainty.high'), meaning: t('certainty.high.meaning') },
  moderate: { label: t('certainty.moderate'), meaning: t('certainty.moderate.meaning') },
  low: { label: t('certainty.low'), meaning: t('certainty.low.meaning') },
  'very-low': { label: t('certainty.veryLow'), meaning: t('certainty.veryLow.meaning') },
  'expert-advice': { label: t('certainty.expertAdvice'), meaning: t('certainty.expertAdvice.meaning') },
  'not-graded': { label: t('certainty.notGraded'), meaning: t('certainty.notGraded.meaning') },
};
