import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { checkBibliography, contentChecks, overdueReviews } from '../../../src/integrations/content-checks.ts';

function articles(files: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'articles-'));
  for (const [name, next] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), `---\ntitle: T\n${next === 'draft' ? 'draft: true\nreview:\n  next: 2000-01-01' : `review:\n  reviewed: 2020-01-01\n  by: Editorial process\n  next: ${next}`}\n---\nBody\n`);
  }
  return dir;
}

const day = new Date('2026-06-01');

describe('overdueReviews', () => {
  it('lists published articles whose next review date has passed', () => {
    const dir = articles({ 'ok.mdx': '2027-01-01', 'late.mdx': '2026-05-01', 'nested/old.mdx': '2025-06-01', 'wip.mdx': 'draft' });
    const problems = overdueReviews(dir, day);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/late\.mdx: review was due on 2026-05-01 \(31 days ago\)/);
    expect(problems[1]).toMatch(/nested\/old\.mdx: review was due on 2025-06-01/);
  });
});

describe('contentChecks integration', () => {
  const hookOf = (reviewOverdue: 'warn' | 'fail', dir: string) =>
    contentChecks({ articlesDir: dir, reviewOverdue, day }).hooks['astro:build:start'] as (options: unknown) => void;

  it('warns about overdue reviews by default', () => {
    const logger = { warn: vi.fn() };
    hookOf('warn', articles({ 'late.mdx': '2026-05-01' }))({ logger });
    expect(logger.warn).toHaveBeenCalledWith(expect.stringMatching(/^Review overdue: .*late\.mdx/));
  });

  it('fails the build when the site config says reviewOverdue: "fail"', () => {
    expect(() => hookOf('fail', articles({ 'late.mdx': '2026-05-01' }))({ logger: { warn: vi.fn() } })).toThrow(
      /1 article review\(s\) overdue \(editorial.reviewOverdue is "fail"\)/,
    );
  });

  it('passes quietly when every review is current', () => {
    const logger = { warn: vi.fn() };
    hookOf('fail', articles({ 'ok.mdx': '2027-01-01' }))({ logger });
    expect(logger.warn).not.toHaveBeenCalled();
  });
});

describe('bibliography completeness at build', () => {
  function bibliography() {
    const dir = mkdtempSync(join(tmpdir(), 'bib-'));
    const file = join(dir, 'references.json');
    writeFileSync(file, JSON.stringify([{ id: 'web', type: 'webpage', title: 'A page', URL: 'https://example.org/' }], null, 2));
    return [file];
  }

  it('warns about each missing part, naming the key and field, by default', () => {
    const logger = { warn: vi.fn() };
    checkBibliography(bibliography(), 'warn', logger);
    expect(logger.warn.mock.calls.map(([message]) => message)).toEqual([
      expect.stringMatching(/^Incomplete reference: .*references\.json:3: reference "web" has no author\./),
      expect.stringMatching(/reference "web" has no year\./),
      expect.stringMatching(/reference "web" has no container/),
    ]);
  });

  it('fails the build when the site config says bibliographyIncomplete: "fail"', () => {
    expect(() => checkBibliography(bibliography(), 'fail', { warn: vi.fn() })).toThrow(
      /^3 incomplete bibliography entries \(editorial\.bibliographyIncomplete is "fail"\):\n.*reference "web" has no author/,
    );
  });
});
