import { describe, expect, it } from 'vitest';
import { checkGrade, describeDesign } from '../../../src/references/grade.ts';
import { designFromPublicationTypes } from '../../../src/references/designs.ts';

const source = (key: string, design?: string) => ({ key, design });

describe('GRADE consistency of a claim with the designs it cites', () => {
  it('accepts high or moderate when a randomised trial or a systematic review is among the sources', () => {
    expect(checkGrade('high', [source('a', 'cohort'), source('b', 'randomised-trial')])).toBeUndefined();
    expect(checkGrade('moderate', [source('a', 'meta-analysis')])).toBeUndefined();
    expect(checkGrade('moderate', [source('a', 'systematic-review'), source('b')])).toBeUndefined();
  });

  it('reports high resting on a cohort study alone: observational evidence starts at low', () => {
    const finding = checkGrade('high', [source('cohort2020', 'cohort')]);
    expect(finding?.problem).toBe('observational studies alone start at low certainty');
    expect(finding?.fix).toMatch(/Grade it low, or keep high and add gradeReason/);
  });

  it('accepts observational evidence rated up when the claim states its reason', () => {
    expect(checkGrade('moderate', [source('a', 'cohort'), source('b', 'case-control')], 'A large, consistent effect in three cohorts')).toBeUndefined();
  });

  it('sends claims resting only on guidance or expert pages to expert-advice, whatever GRADE level they carry', () => {
    for (const level of ['high', 'moderate', 'low', 'very-low']) {
      const finding = checkGrade(level, [source('nhs', 'expert-page'), source('aad', 'guideline')]);
      expect(finding?.problem).toBe('it rests only on guidance or expert pages, which GRADE does not rate');
      expect(finding?.fix).toBe(`Use certainty: expert-advice instead of ${level}, or cite the studies the guidance rests on.`);
    }
  });

  it('says which sources have no known design when that is why a high grade cannot be confirmed', () => {
    const finding = checkGrade('high', [source('web'), source('a', 'cohort')]);
    expect(finding?.problem).toBe('no source is known to be a randomised trial or systematic review, and the design of "web" is unknown');
  });

  it('reports high resting on narrative reviews or lab studies', () => {
    expect(checkGrade('high', [source('a', 'narrative-review'), source('b', 'lab-study')])?.problem).toBe('none of its sources is a randomised trial or a systematic review/meta-analysis');
  });

  it('leaves low and very-low claims from studies, expert advice and not-graded facts alone', () => {
    expect(checkGrade('low', [source('a', 'cohort')])).toBeUndefined();
    expect(checkGrade('very-low', [source('a', 'case-report'), source('b', 'guideline')])).toBeUndefined();
    expect(checkGrade('expert-advice', [source('a', 'guideline')])).toBeUndefined();
    expect(checkGrade('not-graded', [source('a', 'expert-page')])).toBeUndefined();
  });

  it('describes each source with its design, an unknown one, or a value that is not a design', () => {
    expect([source('a', 'cohort'), source('b'), source('c', 'anecdote')].map(describeDesign)).toEqual(['a (cohort)', 'b (design unknown)', 'c (anecdote: not a known design)']);
  });
});

describe('designs from PubMed publication types', () => {
  it('takes the strongest design the types name, and none from "Journal Article" alone', () => {
    expect(designFromPublicationTypes(['Journal Article', 'Review', 'Systematic Review', 'Meta-Analysis'])).toBe('meta-analysis');
    expect(designFromPublicationTypes(['Journal Article', 'Randomized Controlled Trial', 'Multicenter Study'])).toBe('randomised-trial');
    expect(designFromPublicationTypes(['Journal Article', 'Observational Study'])).toBe('cohort');
    expect(designFromPublicationTypes(['Case Reports', 'Journal Article'])).toBe('case-report');
    expect(designFromPublicationTypes(['Journal Article'])).toBeUndefined();
  });
});
