import type { Certainty, Verdict } from '../lib/evidence.ts';
import { verdictHedge, type Hedge } from '../lib/finding.ts';
import runtime from 'virtual:evidence-site/config';
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

// Each verdict as GRADE words it at each certainty; verdicts that are never hedged keep their label.
const hedged: Record<Verdict, Record<Hedge, string>> = {
  true: { plain: t('verdict.true'), probably: t('verdict.true.probably'), may: t('verdict.true.may'), uncertain: t('verdict.true.uncertain') },
  'partly-true': { plain: t('verdict.partlyTrue'), probably: t('verdict.partlyTrue.probably'), may: t('verdict.partlyTrue.may'), uncertain: t('verdict.partlyTrue.uncertain') },
  misleading: { plain: t('verdict.misleading'), probably: t('verdict.misleading.probably'), may: t('verdict.misleading.may'), uncertain: t('verdict.misleading.uncertain') },
  unsupported: { plain: t('verdict.unsupported'), probably: t('verdict.unsupported'), may: t('verdict.unsupported'), uncertain: t('verdict.unsupported') },
  'advice-differs': { plain: t('verdict.adviceDiffers'), probably: t('verdict.adviceDiffers'), may: t('verdict.adviceDiffers'), uncertain: t('verdict.adviceDiffers') },
  false: { plain: t('verdict.false'), probably: t('verdict.false.probably'), may: t('verdict.false.may'), uncertain: t('verdict.false.uncertain') },
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

/** A verdict in the words its certainty allows: "Probably not true" at moderate certainty, "May not be true" at low. */
export function verdictPhrase(verdict: Verdict, certainty: Certainty): string {
  return hedged[verdict][verdictHedge(verdict, certainty)];
}

/** A certainty label as it reads inside a sentence ("moderate certainty"). */
export function certaintyInline(certainty: Certainty): string {
  const label = certaintyText[certainty].label;
  return label.charAt(0).toLocaleLowerCase(runtime.site.language) + label.slice(1);
}

/** Verdict and certainty as one phrase, e.g. "Probably not true — moderate certainty". */
export function findingPhrase(verdict: Verdict, certainty: Certainty): string {
  return t('finding.phrase').replace('{verdict}', verdictPhrase(verdict, certainty)).replace('{certainty}', certaintyInline(certainty));
}
