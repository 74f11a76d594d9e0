import { describe, expect, it } from 'vitest';
import { answers, enclosingSections, scoreQuestions, sectionOf, type SectionQuestion } from '../helpers/query-set.ts';

const html = '<h2 id="who">Who</h2><p>x</p><h3 id="pregnant">If you are pregnant</h3><h2 id="after">After</h2><h3 id="sun">Sun</h3>';
const within = enclosingSections((slug) => (slug === 'safety' ? html : undefined));
const question: SectionQuestion = { query: 'pregnant', answers: ['safety#who'], half: 'held-out' };

describe('scoring readers\u2019 questions', () => {
  it('counts a landing on a subsection as inside the section above it, and not inside a sibling section', () => {
    expect(within('safety#pregnant')).toEqual(['safety#pregnant', 'safety#who']);
    expect(answers(question, '/articles/safety/?highlight=pregnant#pregnant', within)).toBe(true);
    expect(answers(question, '/articles/safety/#sun', within)).toBe(false);
    expect(answers(question, '/articles/safety/#after', within)).toBe(false);
  });

  it('does not count a subsection without the built HTML that shows where it sits', () => {
    expect(answers(question, '/articles/safety/#pregnant')).toBe(false);
  });

  it('scores success@1 and MRR from the first result that lands in an answer', () => {
    const score = scoreQuestions([{ ...question, links: ['/articles/other/', '/articles/safety/#pregnant'] }], 'held-out', within);
    expect(score.hits).toBe(0);
    expect(score.mrr).toBeCloseTo(0.5);
  });

  it('lists the tuning half\u2019s misses but never the held-out half\u2019s, so no one tunes to them', () => {
    const missed = [{ ...question, links: ['/articles/other/'] }];
    const heldOut = scoreQuestions(missed, 'held-out', within);
    expect(heldOut.report).toBe('held-out half: success@1 0/1 (0.0 %), MRR 0.000 (1 misses, not listed)');
    expect(heldOut.report).not.toContain('pregnant');
    expect(scoreQuestions(missed.map((outcome) => ({ ...outcome, half: 'tuning' as const })), 'tuning', within).report).toContain('"pregnant": first other');
  });

  it('reads the section of an article link and of a standalone page link alike', () => {
    expect(sectionOf('/articles/safety/?highlight=sun#sun')).toBe('safety#sun');
    expect(sectionOf('/about/?highlight=money#money-and-independence')).toBe('about#money-and-independence');
    expect(sectionOf('http://127.0.0.1:4000/editorial-policy/')).toBe('editorial-policy');
  });
});
