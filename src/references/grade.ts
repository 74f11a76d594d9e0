import { GUIDANCE, OBSERVATIONAL, RANDOMISED_OR_SYNTHESIS, isStudyDesign, type StudyDesign } from './designs.ts';

/** A claim's source and its study design; `design` is undefined when neither the entry nor the lock names one. */
export interface SourceDesign {
  key: string;
  design: string | undefined;
}

/** Why a claim's certainty does not fit the designs of what it cites, and what to do. */
export interface GradeFinding {
  problem: string;
  fix: string;
}

/** How a source's design reads in a warning or the report. */
export function describeDesign(source: SourceDesign): string {
  if (source.design === undefined) return `${source.key} (design unknown)`;
  return `${source.key} (${source.design}${isStudyDesign(source.design) ? '' : ': not a known design'})`;
}

/**
 * Checks a claim's certainty against the designs of its sources, as GRADE rates evidence: high or
 * moderate needs a randomised trial or a systematic review/meta-analysis among the sources;
 * observational studies alone start at low and go higher only with a stated `gradeReason`; advice
 * resting only on guidelines, expert pages or textbooks is `expert-advice`, not a GRADE level.
 * `expert-advice` and `not-graded` claims are the author's statement and are not checked.
 */
export function checkGrade(certainty: string, sources: readonly SourceDesign[], gradeReason?: string): GradeFinding | undefined {
  const designs = sources.map((source) => (isStudyDesign(source.design) ? source.design : undefined));
  const known = designs.filter((design): design is StudyDesign => design !== undefined);
  const unknown = sources.filter((_, index) => designs[index] === undefined).map((source) => source.key);
  const onlyGuidance = unknown.length === 0 && known.length > 0 && known.every((design) => GUIDANCE.has(design));
  if (certainty === 'high' || certainty === 'moderate') {
    if (known.some((design) => RANDOMISED_OR_SYNTHESIS.has(design))) return undefined;
    if (gradeReason && known.some((design) => OBSERVATIONAL.has(design))) return undefined;
    if (unknown.length > 0) {
      return {
        problem: `no source is known to be a randomised trial or systematic review, and the design of ${unknown.map((key) => `"${key}"`).join(', ')} is unknown`,
        fix: 'Add the design to those references ("custom": { "design": "randomised-trial" } in CSL-JSON, design = {randomised-trial} in BibTeX), or run `evidence-site refs verify` so PubMed\'s publication types supply it.',
      };
    }
    if (onlyGuidance) return expertAdvice(certainty);
    if (known.some((design) => OBSERVATIONAL.has(design))) {
      return {
        problem: 'observational studies alone start at low certainty',
        fix: `Grade it low, or keep ${certainty} and add gradeReason saying why the evidence rates higher (a large effect, a dose-response, confounding that would hide the effect).`,
      };
    }
    return {
      problem: 'none of its sources is a randomised trial or a systematic review/meta-analysis',
      fix: 'Grade it low or very-low, or cite the trial or review the statement rests on.',
    };
  }
  if ((certainty === 'low' || certainty === 'very-low') && onlyGuidance) return expertAdvice(certainty);
  return undefined;
}

function expertAdvice(certainty: string): GradeFinding {
  return {
    problem: 'it rests only on guidance or expert pages, which GRADE does not rate',
    fix: `Use certainty: expert-advice instead of ${certainty}, or cite the studies the guidance rests on.`,
  };
}
