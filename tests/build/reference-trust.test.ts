import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, projectRoot } from '../helpers/build-site.ts';
import { fixturesDir, overlayFixture, throwawayCacheEnv } from '../helpers/fixture-copy.ts';

/** The 1-based line of the first line in a basic-fixture article that contains `text`. */
function lineOf(article: string, text: string): number {
  return readFileSync(join(fixturesDir, 'basic', 'articles', article), 'utf8').split('\n').findIndex((line) => line.includes(text)) + 1;
}

/** Builds the basic fixture with tests/fixtures/trust/<name> laid over it. */
async function buildTrust(name: string) {
  const contentDir = overlayFixture(join(fixturesDir, 'trust', name), `trust-${name}`);
  const outDir = resolve(projectRoot, `.build/test/trust-${name}`);
  return { ...(await buildSite({ contentDir, outDir, env: throwawayCacheEnv(contentDir) })), outDir };
}

describe('references checked against the lock at build', () => {
  it('a citation of a retracted work fails the build, naming the article, line and key, and writes no site', async () => {
    const { code, output, outDir } = await buildTrust('retracted');
    expect(code).not.toBe(0);
    const message = output.slice(output.indexOf('Build failed.'));
    expect(message).toMatch(/2 citation\(s\) of retracted work:/);
    expect(message).toMatch(new RegExp(`articles/first-article\\.mdx:${lineOf('first-article.mdx', '@doe2019')}: cites "doe2019"`));
    expect(message).toMatch(/articles\/first-article\.mdx:\d+: cites "doe2019", which has been retracted \(notice 10\.1000\/fixture\.notice, 2024-03-02, reported by retraction-watch\)\./);
    expect(message).toMatch(new RegExp(`articles/second-article\\.mdx:${lineOf('second-article.mdx', 'refs: [doe2019]')}: cites "doe2019"`));
    expect(message).toMatch(/Fix: remove the citation, or, to cite it on purpose .*references\.json:16: "custom": \{ "keepRetracted": "why it is still cited" \}/);
    expect(existsSync(outDir)).toBe(false);
  });

  it('a retracted work kept on purpose builds, and readers see the reason next to the reference; claims graded above their sources warn with the reason', async () => {
    const { code, output, outDir } = await buildTrust('graded');
    expect(code, output).toBe(0);
    const html = readFileSync(join(outDir, 'articles/graded-claims/index.html'), 'utf8');
    expect(html).toMatch(/<p class="references__retracted"[^>]*><strong[^>]*>Retracted\. Still cited because:<\/strong> We cite it to show readers the review they may have read about was withdrawn\.<\/p>/);
    expect(output).toMatch(
      /articles\/graded-claims\.mdx:11: claim "Gizmos prevent colds\." is graded high, but observational studies alone start at low certainty\.\n\s+Sources: cohort2021 \(cohort\)\.\n\s+Fix: Grade it low, or keep high and add gradeReason/,
    );
    expect(output).toMatch(
      /articles\/graded-claims\.mdx:16: claim "Gadgets should be cleaned weekly\." is graded high, but it rests only on guidance or expert pages, which GRADE does not rate\.\n\s+Sources: agency-page \(expert-page\)\.\n\s+Fix: Use certainty: expert-advice instead of high/,
    );
  });
});
