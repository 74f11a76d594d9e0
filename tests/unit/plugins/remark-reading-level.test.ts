import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { remarkReadingLevel } from '../../../src/plugins/remark-reading-level.ts';
import { remarkCitations } from '../../../src/plugins/remark-citations.ts';
import { pluginFixture } from './fixtures.ts';

const fixture = pluginFixture();
const processorFor = (overBudget: 'warn' | 'fail', budget = 6) =>
  createMarkdownProcessor({
    remarkPlugins: [
      [remarkCitations, { bibliography: [fixture.bibliography] }],
      [remarkReadingLevel, { budget, overBudget, enforceIn: fixture.articles }],
    ],
  });
const hard = 'Microdermabrasion mechanically exfoliates the superficial epidermal stratum corneum, consequently increasing transepidermal permeability considerably.';
const articleUrl = new URL(`file://${fixture.articles}/a.md`);

afterEach(() => vi.restoreAllMocks());

// Astro's processor logs every failure to the console before rethrowing it; the tests check the error itself.
beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation(() => {});
});

describe('remarkReadingLevel', () => {
  it('measures prose only: headings, code, tables and citations do not count', async () => {
    const processor = await processorFor('warn', 99);
    const markdown = `# A very long heading with extraordinarily complicated terminology\n\nThe cat sat. The dog ran [@smith2020].\n\n\`\`\`\nconst unbelievablyComplicatedIdentifier = 1;\n\`\`\`\n\n| Extraordinarily | Complicated |\n| --- | --- |\n| Terminology | Everywhere |\n`;
    const { metadata } = await processor.render(markdown, { fileURL: articleUrl });
    expect(metadata.frontmatter['readingLevel']).toMatchObject({ words: 6, sentences: 2 });
  });

  it('warns with file, grade and advice when an article is over budget', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await (await processorFor('warn')).render(hard, { fileURL: articleUrl });
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/a\.md: Reading grade \d+(\.\d)? is over the budget of 6 .*\n {2}Fix: Use shorter sentences/));
  });

  it('fails the build when configured to', async () => {
    await expect((await processorFor('fail')).render(hard, { fileURL: articleUrl })).rejects.toThrow(/is over the budget of 6/);
  });

  it('does not hold files outside the articles folder to the budget', async () => {
    const processor = await processorFor('fail');
    await expect(processor.render(hard, { fileURL: new URL(`file://${fixture.root}/pages/about.md`) })).resolves.toBeDefined();
  });
});
