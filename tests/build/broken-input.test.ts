import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { buildSite, fixtureSiteRoot, projectRoot, withoutTestRunnerVariables } from '../helpers/build-site.ts';
import { brokenFixture, throwawayCacheEnv } from '../helpers/fixture-copy.ts';

/** Builds the basic fixture with one broken case laid over it and returns the output. */
async function buildBroken(name: string, env: Record<string, string> = {}) {
  const contentDir = brokenFixture(name);
  const outDir = resolve(projectRoot, `.build/test/broken-${name}`);
  const result = await buildSite({ contentDir, outDir, env: { ...throwawayCacheEnv(contentDir), ...env } });
  return { ...result, outDir };
}

// Each case: the fixture folder, then what the author must read. Every message must name the
// file (and line where the tool knows it) and say what to fix; none may be a bare stack trace.
const cases: Array<[string, RegExp[]]> = [
  ['missing-title', [/articles\/broken\.mdx/, /title: Required/, /Fix: Correct the fields listed above in the frontmatter/]],
  ['wrong-type', [/articles\/broken\.mdx/, /draft: Expected type `"boolean"`, received `"string"`/]],
  ['bad-date', [/articles\/broken\.mdx:5: published: 2026-13-45 is not a real date/, /Fix: Write the date as YYYY-MM-DD/]],
  ['unknown-topic', [/articles\/broken\.mdx/, /topics\.0: Unknown topic "gamma"\. Use one of: alpha, beta, or add it to topics\.yaml/]],
  ['unknown-key', [/articles\/broken\.mdx/, /author: Unknown field \(did you mean "authors"\?\): check the spelling or remove it/]],
  ['unknown-person', [/articles\/broken\.mdx/, /authors\.0: Unknown person "fixture-writter" in people\.yaml \(did you mean "fixture-writer"\?\)\. Add them to people\.yaml or fix the id/]],
  [
    'clinical-review-without-credentials',
    [/articles\/broken\.mdx/, /review\.reviewers: A clinical review needs a reviewer with credentials: list their id from people\.yaml in review\.reviewers/],
  ],
  ['invalid-mdx', [/articles\/broken\.mdx:14:23: Expected a closing tag for `<CareCard>` before the end of its paragraph/, /Fix: Close the component in the same paragraph: add <\/CareCard>/]],
  ['unclosed-callout', [/articles\/broken\.mdx:14:1: Expected a closing tag for `<Callout>`/, /Fix: Close the component: add <\/Callout>/]],
  ['mismatched-tag', [/articles\/broken\.mdx:18:1: Unexpected closing tag `<\/CareCard>`, expected corresponding closing tag for `<Callout>` \(opened on line 14\)/, /Fix: The closing tag must match the opening one: write <\/Callout> here/]],
  ['stray-brace', [/articles\/broken\.mdx:14:18: Unexpected end of file in expression, expected a corresponding closing brace for `\{`/, /Fix: Curly braces start code in MDX: write \\\{ and \\\}/]],
  ['stray-less-than', [/articles\/broken\.mdx:14:12: Unexpected character `5`/, /Fix: A "<" in text starts a tag in MDX: write &lt;/]],
  ['duplicate-title', [/articles\/second-article-copy\.mdx:2: Duplicate title "The second fixture article": .*articles\/second-article\.mdx:2 has the same title/, /Fix: Give each its own title/]],
  ['duplicate-question', [/articles\/first-article-again\.mdx:4: Duplicate question "What does the first fixture article prove\?": .*articles\/first-article\.mdx:4 has the same question/, /Fix: Give each article its own reader question/]],
  ['unknown-component', [/articles\/broken\.mdx:14:1: Unknown component <Banner>/, /Components available in every article: <CareCard>, <Callout>, <Term>/]],
  ['bad-component-prop', [/articles\/broken\.mdx:14:1: <CareCard level="whenever">: "whenever" is not a valid level/, /Use one of: non-urgent, urgent, emergency/]],
  ['bad-search-questions', [/articles\/broken\.mdx:14:1: <SearchQuestions> holds something other than a list of questions\./, /Fix: Write a list of questions, one per line: "- How many treatments will I need\?"/]],
  ['duplicate-slug', [/Duplicate slug "first-article": .*articles\/first-article\.mdx and .*articles\/first-article\/index\.mdx both publish to this URL/, /Fix: Rename one of the two files/]],
  ['empty-file', [/articles\/empty\.mdx: The file is empty/, /Fix: Write its content/]],
  ['non-utf8', [/articles\/latin1\.mdx:12: The file is not valid UTF-8/, /Fix: Save the file with UTF-8 encoding/]],
  ['broken-link', [/\/articles\/broken\/ {2}\(source: .*articles\/broken\.mdx\)/, /articles\/broken\.mdx:12: \/articles\/does-not-exist\/: no file or page exists/, /articles\/broken\.mdx:12: \/articles\/first-article\/#no-such-heading: the page has no element with id "no-such-heading"/]],
  ['missing-image', [/articles\/broken\.mdx:12:1: Image "\.\/images\/missing-diagram\.png" not found/, /Fix: Check the path/]],
  ['unknown-citation', [/articles\/broken\.mdx:14:35: Unknown citation key "@smith2021"/, /Did you mean "@smith2020"\?/]],
  ['unknown-claim-ref', [/articles\/broken\.mdx/, /claims\.0\.refs\.0: Unknown reference key "nobody1999"\. Add it to references\.json/]],
  ['unknown-key-finding', [/articles\/broken\.mdx/, /keyFinding: keyFinding "widgets-work" is not the id of a claim in this article\. Use one of: widgets-cure, widgets-small\./]],
  ['unknown-term', [/articles\/broken\.mdx:14:3: Unknown glossary term "gizmo"/]],
  ['malformed-doi', [/references\.json:31: Reference "doe2019" has a malformed DOI "doi\.org\/10\.1000\/fixture"/, /Fix: Use a DOI such as/]],
  ['duplicate-reference', [/references\.json:63: Duplicate reference key "smith2020" \(also on line 3\)/]],
  ['bad-review-date', [/articles\/broken\.mdx/, /review\.next: review\.next must be a date written as YYYY-MM-DD/]],
  ['component-error', [/Thrown while rendering the article/, /src\/routes\/articles\/\[\.\.\.slug\]\.astro/]],
  ['misspelt-field', [/articles\/first-article\.mdx/, /keypoints: Unknown field \(did you mean "keyPoints"\?\)/]],
  ['both-bibliographies', [/references\.bib: Two bibliographies: references\.json and references\.bib are both in the content folder/, /Fix: Keep one/]],
];

describe('a build with broken input', () => {
  it.each(cases)('%s: exits non-zero, names the file and what to fix in one clean message, and writes no site', async (name, expected) => {
    const { code, output, outDir } = await buildBroken(name);
    expect(code).not.toBe(0);
    const message = output.slice(output.indexOf('Build failed.'));
    expect(message).toMatch(/^Build failed\. Nothing was written\.\n\nError: /);
    for (const pattern of expected) expect(message).toMatch(pattern);
    expect(message).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    // Astro's own "An unhandled error occurred while running the … hook" would precede the author's message.
    expect(output).not.toMatch(/unhandled error/i);
    expect(existsSync(outDir)).toBe(false);
    expect(existsSync(`${outDir}.staging`)).toBe(false);
  });
});

/** Runs `evidence-site check` on the basic fixture with one broken case laid over it. */
function checkBroken(name: string) {
  const contentDir = brokenFixture(name);
  const result = spawnSync(process.execPath, [resolve(projectRoot, 'bin/evidence-site.mjs'), 'check'], {
    cwd: fixtureSiteRoot,
    encoding: 'utf8',
    env: { ...withoutTestRunnerVariables(process.env), SITE_CONTENT_DIR: contentDir, FORCE_COLOR: '0', NO_COLOR: '1' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

// What `check` must say, without building, for the author errors a build also reports.
const checkCases: Array<[string, RegExp[]]> = [
  ['invalid-mdx', [/articles\/broken\.mdx:14:23: Expected a closing tag for `<CareCard>` before the end of its paragraph/, /Fix: Close the component in the same paragraph: add <\/CareCard>/]],
  ['unclosed-callout', [/articles\/broken\.mdx:14:1: Expected a closing tag for `<Callout>`/, /Fix: Close the component/]],
  ['mismatched-tag', [/articles\/broken\.mdx:18:1: Unexpected closing tag `<\/CareCard>`, expected corresponding closing tag for `<Callout>` \(opened on line 14\)/]],
  ['stray-brace', [/articles\/broken\.mdx:14:18: Unexpected end of file in expression/, /Fix: Curly braces start code in MDX/]],
  ['stray-less-than', [/articles\/broken\.mdx:14:12: Unexpected character `5`/, /Fix: A "<" in text starts a tag in MDX/]],
  ['duplicate-title', [/articles\/second-article-copy\.mdx:2: Duplicate title "The second fixture article": .*articles\/second-article\.mdx:2 has the same title/]],
  ['duplicate-question', [/articles\/first-article-again\.mdx:4: Duplicate question .*articles\/first-article\.mdx:4 has the same question/]],
  ['duplicate-slug', [/Duplicate slug "first-article": .*articles\/first-article\.mdx and .*articles\/first-article\/index\.mdx both publish to this URL/]],
  ['bad-search-questions', [/articles\/broken\.mdx:14:1: <SearchQuestions> holds something other than a list of questions\./, /Fix: Write a list of questions/]],
  [
    'broken-link',
    [
      /articles\/broken\.mdx:12:5: \/articles\/does-not-exist\/: no article, page or file has this address/,
      /articles\/broken\.mdx:12:56: \/articles\/first-article\/#no-such-heading: .*first-article\.mdx has no heading or element with the id "no-such-heading"/,
      /Fix: correct the link/,
    ],
  ],
];

describe('content checks without a build (evidence-site check)', () => {
  it.each(checkCases)('%s: exits non-zero and names the file and line', (name, expected) => {
    const { code, stderr } = checkBroken(name);
    expect(code).toBe(1);
    for (const pattern of expected) expect(stderr).toMatch(pattern);
    expect(stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  });

  it('warns about images without alt text with file and line, and accepts alt="" written out as decorative', () => {
    const { code, stdout, stderr } = checkBroken('image-without-alt');
    expect(code).toBe(0);
    const output = stdout + stderr;
    expect(output).toMatch(/\[image alt text\] .*articles\/broken\.mdx:14:1: Image "\.\/images\/diagram\.svg" has no alt text\.\n\s+Fix: Describe what it shows/);
    expect(output).toMatch(/\[image alt text\] .*articles\/broken\.mdx:22:1: Image "\/favicon\.svg" has no alt text/);
    expect(output).not.toMatch(/broken\.mdx:18:\d+/);
  });
});

describe('a build with an image without alt text', () => {
  it('warns with file and line and still builds', async () => {
    const { code, output } = await buildBroken('image-without-alt');
    expect(code).toBe(0);
    expect(output).toMatch(/\[image alt text\] .*articles\/broken\.mdx:14:1: Image "\.\/images\/diagram\.svg" has no alt text/);
    expect(output).toMatch(/\[image alt text\] .*articles\/broken\.mdx:22:1: Image "\/favicon\.svg" has no alt text/);
    expect(output).not.toMatch(/broken\.mdx:18:\d+/);
  });
});

describe('bibliography completeness', () => {
  it('warns about a reference without authors, naming file, key and field, and still builds', async () => {
    const { code, output } = await buildBroken('incomplete-reference');
    expect(code).toBe(0);
    expect(output).toMatch(/Incomplete reference: .*references\.json:\d+: reference "doe2019" has no author\.\n\s+Fix: Add "author"/);
  });
});

describe('review dates', () => {
  it('an overdue review is a warning by default, and the site still builds', async () => {
    const { code, output } = await buildBroken('overdue-review', { SITE_REVIEW_OVERDUE: 'warn' });
    expect(code).toBe(0);
    expect(output).toMatch(/Review overdue: .*articles\/overdue\.mdx: review was due on 2025-01-10 \(\d+ days ago\)\. Fix: check the page/);
  });

  it('an overdue review fails the build when the config says so', async () => {
    const { code, output } = await buildBroken('overdue-review', { SITE_REVIEW_OVERDUE: 'fail' });
    expect(code).toBe(1);
    expect(output).not.toMatch(/unhandled error/i);
    expect(output).toMatch(/1 article review\(s\) overdue \(editorial\.reviewOverdue is "fail"\):\n.*articles\/overdue\.mdx/);
  });
});
