import { describe, expect, it } from 'vitest';
import { readArticleSources } from '../../../src/references/article-sources.ts';

const article = [
  '---',
  'title: T',
  'claims:',
  '  - claim: Widgets cure everything.',
  '    verdict: false',
  '    certainty: high',
  '    summary: S',
  '    refs: [smith2020, web]',
  '  - claim: Gadgets help.',
  '    certainty: moderate',
  '    gradeReason: A large effect in every cohort.',
  '    refs:',
  '      - cohort2019',
  '---',
  '',
  'A widget is small [@smith2020].',
  'Two at once [@doe2019; @smith2020], and an email a@b.example is not a citation.',
].join('\n');

describe('readArticleSources', () => {
  it('finds each claim with its file line, certainty, refs and stated reason', () => {
    const { claims } = readArticleSources(article);
    expect(claims).toEqual([
      { claim: 'Widgets cure everything.', certainty: 'high', refs: [{ key: 'smith2020', line: 8 }, { key: 'web', line: 8 }], line: 4 },
      { claim: 'Gadgets help.', certainty: 'moderate', gradeReason: 'A large effect in every cohort.', refs: [{ key: 'cohort2019', line: 13 }], line: 9 },
    ]);
  });

  it('finds every citation in the text with its file line', () => {
    const body = readArticleSources(article).uses.filter((use) => use.line > 14);
    expect(body).toEqual([
      { key: 'smith2020', line: 16 },
      { key: 'doe2019', line: 17 },
      { key: 'smith2020', line: 17 },
    ]);
  });

  it('knows a draft', () => {
    expect(readArticleSources('---\ntitle: T\ndraft: true\n---\nText [@a].\n')).toMatchObject({ draft: true, uses: [{ key: 'a', line: 5 }] });
  });
});
