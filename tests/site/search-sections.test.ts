import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { browserAvailable } from '../helpers/browser.ts';
import { projectRoot } from '../helpers/build-site.ts';
import { askQuestions, builtArticleHtml, enclosingSections, missingAnswers, readQuestionSet, scoreQuestions } from '../helpers/query-set.ts';
import { SitePage } from '../helpers/site-page.ts';
import { useServedSite } from '../helpers/served-site.ts';
import { siteDir } from '../helpers/sites.ts';

// Reached on this site's readers' questions (tests/site/search-questions.json, 34 per half) when
// section ranking was tuned on the tuning half only; the held-out half is the figure that counts
// (README.md, Search). Two held-out questions (pregnancy, "side affects") came right through new
// content on the safety page, not ranking. A drop of more than one question below either fails;
// raise these when the content or the ranking gets better.
const REACHED = { tuning: 29, 'held-out': 27 } as const;

const htmlOf = builtArticleHtml(siteDir('content'));

describe.runIf(browserAvailable())('this site\u2019s search answers readers\u2019 questions with the right section', () => {
  const served = useServedSite('content');

  it('names only sections the built site has (a renamed heading must be renamed in the question set too)', () => {
    const questions = readQuestionSet(resolve(projectRoot, 'tests/site/search-questions.json'));
    expect(questions.length).toBeGreaterThanOrEqual(60);
    expect(missingAnswers(questions, htmlOf)).toEqual([]);
  });

  it('puts a section that answers the question first for at least the share reached on each half', async () => {
    const questions = readQuestionSet(resolve(projectRoot, 'tests/site/search-questions.json'));
    const reader = await SitePage.open(served.browser, served.site);
    const outcomes = await askQuestions(reader, questions);
    for (const half of ['tuning', 'held-out'] as const) {
      const score = scoreQuestions(outcomes, half, enclosingSections(htmlOf));
      console.log(`[search sections, this site] ${score.report}`);
      expect(score.hits, score.report).toBeGreaterThanOrEqual(REACHED[half] - 1);
    }
  });
});
