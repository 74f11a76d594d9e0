import type { CslEntry } from '../lib/bibliography.ts';

/** Study designs a bibliography entry can declare (CSL-JSON `custom.design`, BibTeX `design`). */
export const STUDY_DESIGNS = [
  'systematic-review',
  'meta-analysis',
  'randomised-trial',
  'non-randomised-trial',
  'cohort',
  'case-control',
  'cross-sectional',
  'case-series',
  'case-report',
  'narrative-review',
  'guideline',
  'expert-page',
  'lab-study',
  'textbook',
  'other',
] as const;
/** A study design. */
export type StudyDesign = (typeof STUDY_DESIGNS)[number];

/** Designs that can carry a high or moderate GRADE rating on their own. */
export const RANDOMISED_OR_SYNTHESIS: ReadonlySet<StudyDesign> = new Set(['systematic-review', 'meta-analysis', 'randomised-trial']);
/** Non-randomised designs: GRADE starts their evidence at low. */
export const OBSERVATIONAL: ReadonlySet<StudyDesign> = new Set(['non-randomised-trial', 'cohort', 'case-control', 'cross-sectional', 'case-series', 'case-report']);
/** Guidance and expert sources: advice built only on them is expert advice, not a GRADE level. */
export const GUIDANCE: ReadonlySet<StudyDesign> = new Set(['guideline', 'expert-page', 'textbook']);

// PubMed publication types (MeSH), strongest evidence first: the first match names the design.
const PUBMED_TYPE_DESIGNS: ReadonlyArray<[string, StudyDesign]> = [
  ['Meta-Analysis', 'meta-analysis'],
  ['Systematic Review', 'systematic-review'],
  ['Randomized Controlled Trial', 'randomised-trial'],
  ['Equivalence Trial', 'randomised-trial'],
  ['Pragmatic Clinical Trial', 'randomised-trial'],
  ['Controlled Clinical Trial', 'non-randomised-trial'],
  ['Clinical Trial', 'non-randomised-trial'],
  ['Practice Guideline', 'guideline'],
  ['Guideline', 'guideline'],
  ['Consensus Development Conference', 'guideline'],
  ['Observational Study', 'cohort'],
  ['Case Reports', 'case-report'],
  ['Review', 'narrative-review'],
];

/**
 * The design PubMed's publication types name, strongest first; undefined when they name none
 * ("Journal Article" alone says nothing about design). "Observational Study" maps to cohort, the
 * commonest observational design: it only matters that GRADE starts it at low.
 */
export function designFromPublicationTypes(types: readonly string[]): StudyDesign | undefined {
  const present = new Set(types.map((type) => type.toLowerCase()));
  return PUBMED_TYPE_DESIGNS.find(([type]) => present.has(type.toLowerCase()))?.[1];
}

/** Whether a value is one of the study designs. */
export function isStudyDesign(value: unknown): value is StudyDesign {
  return typeof value === 'string' && (STUDY_DESIGNS as readonly string[]).includes(value);
}

/** The entry's own `custom` object (CSL-JSON's extension field), or an empty one. */
export function customOf(entry: CslEntry): Record<string, unknown> {
  const custom = entry['custom'];
  return custom && typeof custom === 'object' && !Array.isArray(custom) ? (custom as Record<string, unknown>) : {};
}

/** The design the author declared on the entry (`custom.design`), if any. */
export function declaredDesign(entry: CslEntry): string | undefined {
  const design = customOf(entry)['design'];
  return typeof design === 'string' && design.trim() !== '' ? design.trim() : undefined;
}

/** Why the author keeps citing a retracted work (`custom.keepRetracted`), if they said. */
export function keepRetractedReason(entry: CslEntry): string | undefined {
  const reason = customOf(entry)['keepRetracted'];
  return typeof reason === 'string' && reason.trim() !== '' ? reason.trim() : undefined;
}
