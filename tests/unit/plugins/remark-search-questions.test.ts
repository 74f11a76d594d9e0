import { describe, expect, it } from 'vitest';
import { compile } from '@mdx-js/mdx';
import { VFile } from 'vfile';
import { remarkSearchQuestions } from '../../../src/plugins/remark-search-questions.ts';
import { remarkGlossary } from '../../../src/plugins/remark-glossary.ts';
import { pluginFixture } from './fixtures.ts';

const fixture = pluginFixture();
const compileArticle = async (mdx: string) =>
  String(await compile(new VFile({ value: mdx, path: `${fixture.articles}/a.mdx`, data: { astro: { frontmatter: {} } } }), { remarkPlugins: [remarkSearchQuestions, [remarkGlossary, { glossary: fixture.glossary }]], jsx: true }));

describe('remarkSearchQuestions', () => {
  it('turns the list into hidden questions the search index files under the section, each with its own id', async () => {
    const code = await compileArticle('## How deep it goes\n\n<SearchQuestions>\n\n- Does it reach the dermis?\n- How far down   does it scrape?\n\n</SearchQuestions>\n\nIt stays near the surface.\n\n## Later\n\n<SearchQuestions>\n\n- Then what?\n\n</SearchQuestions>');
    expect(code).toMatch(/<_components\.div hidden>\s*<_components\.p id="search-question-1" data-pagefind-weight="4">\{"Does it reach the dermis\?"\}<\/_components\.p>/);
    expect(code).toContain('id="search-question-2" data-pagefind-weight="4">{"How far down does it scrape?"}');
    expect(code).toContain('id="search-question-3" data-pagefind-weight="4">{"Then what?"}');
    expect(code).not.toContain('SearchQuestions');
  });

  it('leaves the questions out of the glossary: a term in them is not marked up', async () => {
    const code = await compileArticle('## A\n\n<SearchQuestions>\n\n- What is the dermis?\n\n</SearchQuestions>\n\nNo term here.');
    expect(code).toContain('{"What is the dermis?"}');
    expect(code).not.toContain('Term');
  });

  it('fails with file, line and the fix when it holds no list, has props or sits inside a paragraph', async () => {
    await expect(compileArticle('## A\n\n<SearchQuestions>\n\nHow deep?\n\n</SearchQuestions>')).rejects.toThrow(/articles\/a\.mdx:3:1: <SearchQuestions> holds something other than a list of questions\.\n {2}Fix: Write a list of questions, one per line: "- How many treatments will I need\?"/);
    await expect(compileArticle('<SearchQuestions for="a">\n\n- Q?\n\n</SearchQuestions>')).rejects.toThrow(/a\.mdx:1:1: <SearchQuestions> takes no props\./);
    await expect(compileArticle('Text <SearchQuestions>- Q?</SearchQuestions> more.')).rejects.toThrow(/a\.mdx:1:6: <SearchQuestions> must stand on its own lines/);
  });
});
