import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { browserAvailable } from '../helpers/browser.ts';
import { projectRoot } from '../helpers/build-site.ts';
import { askQuestions, builtArticleHtml, enclosingSections, missingAnswers, readQuestionSet, scoreQuestions } from '../helpers/query-set.ts';
import { SitePage } from '../helpers/site-page.ts';
import { useServedSite } from '../helpers/served-site.ts';
import { siteDir } from '../helpers/sites.ts';

// Readers' questions about this site, each with the sections that answer it, in two sets, each
// split into a tuning half and a held-out half fixed in advance (README.md, Search). The first
// set's held-out misses were printed by earlier versions of this test, so it is no longer blind;
// the second set was written by a helper that never saw the search code or its results, and its
// held-out misses are never printed (tests/helpers/query-set.ts). Figures reached when ranking was
// tuned on the tuning halves only; a drop of more than one question below any of them fails.
// Raise them when the content or the ranking gets better. Sets 3 (all tuning), 4 and 5 came
// later, from three more such helpers.
const SETS = [
  { file: 'tests/site/search-questions.json', reached: { tuning: 29, 'held-out': 32 } },
  { file: 'tests/site/search-questions-set-2.json', reached: { tuning: 32, 'held-out': 29 } },
  // A development set: every question is for tuning, to find what search gets wrong.
  { file: 'tests/site/search-questions-set-3.json', reached: { tuning: 45 } },
  // Written blind by a third helper after the ranking had been tuned on sets 1 to 3, split by
  // alternation like set 2: its figures show what that tuning is worth on questions no one tuned to.
  { file: 'tests/site/search-questions-set-4.json', reached: { tuning: 29, 'held-out': 26 } },
  // Written blind by a fourth helper after the ranking had been tuned on sets 1 to 4, split the
  // same way. First scored at 21 and 21, before one change (filler "im", "dont"…) chosen on its
  // tuning half.
  { file: 'tests/site/search-questions-set-5.json', reached: { tuning: 29, 'held-out': 27 } },
  // Written blind by a fifth helper at the start of the next round, split the same way. First
  // scored at 28 and 26, before that round changed anything. Sets 1 to 5 then stood at 30/31,
  // 28/24, 42, 23/23 and 22/21 (tuning/held out); the round's changes, the search questions
  // under each section above all, raised them to the figures here.
  { file: 'tests/site/search-questions-set-6.json', reached: { tuning: 31, 'held-out': 30 } },
  // Written blind by a sixth helper during that round and scored once, at its end, after every
  // change (search questions under each section among them).
  { file: 'tests/site/search-questions-set-7.json', reached: { tuning: 32, 'held-out': 29 } },
  // Written blind by a seventh helper at the start of the next round, from the pages' text with
  // the listed search questions taken out, split the same way. First scored at 25 and 27, on
  // the round's starting code (925643c).
  { file: 'tests/site/search-questions-set-8.json', reached: { tuning: 30, 'held-out': 29 } },
  // Written blind by an eighth helper at the start of the round after, the same way. First scored
  // at 26 and 27, on that round's starting code (d69267c).
  { file: 'tests/site/search-questions-set-9.json', reached: { tuning: 29, 'held-out': 28 } },
] as const;

const htmlOf = builtArticleHtml(siteDir('content'));

describe.runIf(browserAvailable())('this site\u2019s search answers readers\u2019 questions with the right section', () => {
  const served = useServedSite('content');

  it('names only sections the built site has (a renamed heading must be renamed in the question sets too)', () => {
    for (const { file } of SETS) {
      const questions = readQuestionSet(resolve(projectRoot, file));
      expect(questions.length, file).toBeGreaterThanOrEqual(48);
      expect(missingAnswers(questions, htmlOf), file).toEqual([]);
    }
  });

  it('puts a section that answers the question first for at least the share reached on each half of each set', async () => {
    const reader = await SitePage.open(served.browser, served.site);
    for (const { file, reached } of SETS) {
      const outcomes = await askQuestions(reader, readQuestionSet(resolve(projectRoot, file)));
      for (const [half, figure] of Object.entries(reached) as Array<['tuning' | 'held-out', number]>) {
        const score = scoreQuestions(outcomes, half, enclosingSections(htmlOf));
        console.log(`[search sections, this site, ${file.split('/').pop()}] ${score.report}`);
        expect(score.hits, score.report).toBeGreaterThanOrEqual(figure - 1);
      }
    }
  });
});
