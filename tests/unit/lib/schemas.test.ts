import { describe, expect, it } from 'vitest';
import { createArticleSchema, pageSchema } from '../../../src/schemas.ts';
import { formatZodIssues } from '../../../src/lib/zod-errors.ts';

const schema = createArticleSchema({
  topicIds: new Set(['alpha', 'beta']),
  referenceKeys: new Set(['smith2020']),
  bibliographyName: 'references.json',
});

const valid = {
  title: 'An article',
  description: 'A description that is long enough to pass the fifty character minimum.',
  topics: ['alpha'],
  published: new Date('2026-01-10'),
  review: { reviewed: new Date('2026-01-10'), by: 'Editorial process', next: new Date('2027-01-10') },
  keyPoints: ['One.', 'Two.'],
  claims: [{ claim: 'X works.', verdict: 'false', certainty: 'low', summary: 'X may not work.', refs: ['smith2020'] }],
};

/** The issues of a failed parse as the author would read them. */
function problems(data: unknown): string {
  const result = schema.safeParse(data);
  if (result.success) throw new Error('expected the frontmatter to be rejected');
  return formatZodIssues(result.error.issues);
}

describe('article frontmatter schema', () => {
  it('accepts a valid article and fills in defaults', () => {
    const data = schema.parse(valid);
    expect(data.draft).toBe(false);
    expect(data.search).toBe(true);
    expect(data.claims[0]?.verdict).toBe('false');
  });

  it("accepts a claim's stated reason for rating its evidence higher", () => {
    const data = schema.parse({ ...valid, claims: [{ ...valid.claims[0], certainty: 'moderate', gradeReason: 'A large effect in three cohorts.' }] });
    expect(data.claims[0]?.gradeReason).toBe('A large effect in three cohorts.');
  });

  it('accepts a one-line answer and a claim id, and rejects an answer too long for one line', () => {
    const data = schema.parse({ ...valid, answer: 'No. It may help a little.', claims: [{ ...valid.claims[0], id: 'x-works' }] });
    expect(data.answer).toBe('No. It may help a little.');
    expect(data.claims[0]?.id).toBe('x-works');
    expect(problems({ ...valid, answer: 'x'.repeat(121) })).toContain('answer must be at most 120 characters');
    expect(problems({ ...valid, claims: [{ ...valid.claims[0], id: 'Not Kebab' }] })).toContain('Claim ids use lowercase letters');
  });

  it('accepts YAML booleans as the verdicts "true" and "false"', () => {
    expect(schema.parse({ ...valid, claims: [{ ...valid.claims[0], verdict: false }] }).claims[0]?.verdict).toBe('false');
  });

  it('accepts dates written as YAML strings', () => {
    expect(schema.parse({ ...valid, published: '2026-01-10' }).published).toEqual(new Date('2026-01-10'));
  });

  it('rejects a missing title, naming the field', () => {
    const { title: _title, ...rest } = valid;
    expect(problems(rest)).toMatch(/- title:/);
  });

  it('rejects a description shorter than 50 characters with a hint', () => {
    expect(problems({ ...valid, description: 'Too short.' })).toMatch(/description: description must be at least 50 characters/);
  });

  it('rejects a description longer than 160 characters', () => {
    expect(problems({ ...valid, description: 'x'.repeat(161) })).toMatch(/description: description must be at most 160/);
  });

  it('rejects a wrong type, naming the field', () => {
    expect(problems({ ...valid, draft: 'yes' })).toMatch(/- draft:/);
  });

  it('rejects a date that is not a date', () => {
    expect(problems({ ...valid, published: 'next Tuesday' })).toMatch(/published: published must be a date written as YYYY-MM-DD/);
  });

  it('rejects a topic that does not exist and lists the ones that do', () => {
    expect(problems({ ...valid, topics: ['gamma'] })).toMatch(/topics\[0\]: Unknown topic "gamma". Use one of: alpha, beta/);
  });

  it('rejects a claim reference that is not in the bibliography', () => {
    const claims = [{ ...valid.claims[0], refs: ['nobody1999'] }];
    expect(problems({ ...valid, claims })).toMatch(/claims\[0\]\.refs\[0\]: Unknown reference key "nobody1999". Add it to references.json/);
  });

  it('rejects an unknown certainty level', () => {
    expect(problems({ ...valid, claims: [{ ...valid.claims[0], certainty: 'medium' }] })).toMatch(/claims\[0\]\.certainty/);
  });

  it('rejects a review whose next date is not after the review date', () => {
    const review = { ...valid.review, next: new Date('2025-01-01') };
    expect(problems({ ...valid, review })).toMatch(/review\.next: review.next must be after review.reviewed/);
  });

  it('rejects a missing review, because every health page needs one', () => {
    const { review: _review, ...rest } = valid;
    expect(problems(rest)).toMatch(/- review:/);
  });

  it('rejects unknown keys so typos never pass silently', () => {
    expect(problems({ ...valid, tittle: 'typo' })).toMatch(/tittle/);
  });

  it('accepts a keyFinding that names one of the article\u2019s claims', () => {
    const claims = [valid.claims[0], { ...valid.claims[0], claim: 'Y works.', id: 'y-works' }];
    expect(schema.parse({ ...valid, claims, keyFinding: 'y-works' }).keyFinding).toBe('y-works');
  });

  it('rejects a keyFinding that is no claim id of the article, listing the ids it could be', () => {
    const claims = [{ ...valid.claims[0], id: 'x-works' }, { ...valid.claims[0], claim: 'Y works.', id: 'y-works' }];
    expect(problems({ ...valid, claims, keyFinding: 'z-works' })).toMatch(/keyFinding: keyFinding "z-works" is not the id of a claim in this article\. Use one of: x-works, y-works\./);
  });

  it('rejects more than five key points', () => {
    expect(problems({ ...valid, keyPoints: ['1', '2', '3', '4', '5', '6'] })).toMatch(/keyPoints: Give at most 5 key points/);
  });
});

describe('page frontmatter schema', () => {
  it('accepts a minimal page and rejects unknown keys', () => {
    expect(pageSchema.parse({ title: 'About', description: 'About this site, who writes it, and how the content is checked.' }).search).toBe(true);
    expect(pageSchema.safeParse({ title: 'About', description: 'x'.repeat(60), author: 'Someone' }).success).toBe(false);
  });
});

describe('a misspelt frontmatter field', () => {
  it('is named with the closest real field', () => {
    const schema = createArticleSchema({ topicIds: new Set(['alpha']), referenceKeys: new Set(), bibliographyName: 'references.json' });
    const result = schema.safeParse({ keypoints: ["a", "b"] });
    expect(result.error?.issues).toContainEqual(
      expect.objectContaining({ path: ['keypoints'], message: 'Unknown field (did you mean "keyPoints"?): check the spelling or remove it (the README lists every field).' }),
    );
  });
});
