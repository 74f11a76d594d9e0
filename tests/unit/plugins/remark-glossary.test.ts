import { describe, expect, it } from 'vitest';
import { compile } from '@mdx-js/mdx';
import { VFile } from 'vfile';
import { remarkGlossary } from '../../../src/plugins/remark-glossary.ts';
import { pluginFixture } from './fixtures.ts';

const fixture = pluginFixture();

async function run(mdx: string, frontmatter: Record<string, unknown> = {}) {
  const file = new VFile({ value: mdx, path: `${fixture.articles}/a.mdx`, data: { astro: { frontmatter } } });
  const compiled = await compile(file, { remarkPlugins: [[remarkGlossary, { glossary: fixture.glossary }]], jsx: true });
  return { code: String(compiled.value), terms: (file.data as { astro: { frontmatter: Record<string, unknown> } }).astro.frontmatter['glossaryTerms'] };
}

describe('remarkGlossary', () => {
  it('links the first use of each term (or alias) to the glossary, once per article, as plain elements', async () => {
    const { code, terms } = await run('The dermis holds collagen. The dermis again. The deeper skin layer too.');
    // The Term component's markup, written out so the paragraph stays static HTML for MDX.
    expect(code).toContain(
      '<_components.p>{"The "}<_components.span className="term"><_components.button type="button" className="term__button" popoverTarget="term-pop-dermis">{"dermis"}</_components.button><_components.span className="term-pop" id="term-pop-dermis" popover="auto" data-pagefind-ignore=""><_components.span className="term-pop__title">{"dermis"}</_components.span>{" "}<_components.span className="term-pop__text">{"The deeper layer of skin."}</_components.span>{" "}<_components.a className="term-pop__link" href="/glossary/#term-dermis">{"More in the glossary"}</_components.a><_components.button type="button" className="pop-close" popoverTarget="term-pop-dermis" popoverTargetAction="hide">{"Close"}</_components.button></_components.span></_components.span>{" holds "}',
    );
    expect(code.match(/className="term"/g)).toHaveLength(2);
    expect(code).not.toContain('<Term');
    expect(terms).toEqual(['dermis', 'collagen']);
  });

  it('never links the term the page is about (named in its title), yet counts it as used for search', async () => {
    const { code, terms } = await run('The dermis holds collagen.', { title: 'What the dermis does' });
    expect(code).not.toContain('popoverTarget="term-pop-dermis"');
    expect(code).toContain('popoverTarget="term-pop-collagen"');
    expect(terms).toEqual(['dermis', 'collagen']);
  });

  it('links at most two terms in one paragraph and links the others at their next use', async () => {
    const { code, terms } = await run('Dermis, collagen and elastin.\n\nMore elastin here.');
    expect(code.match(/className="term"/g)).toHaveLength(3);
    expect(code).toContain('{"More "}<_components.span className="term"><_components.button type="button" className="term__button" popoverTarget="term-pop-elastin">{"elastin"}');
    expect(terms).toEqual(['dermis', 'collagen', 'elastin']);
  });

  it('does not link inside headings, links or code', async () => {
    const { code } = await run('## The dermis\n\n[dermis link](/x/) and `collagen`.');
    expect(code).not.toContain('term__button');
  });

  it('does not link inside raw HTML or SVG', async () => {
    const { code } = await run('<svg role="img"><title>dermis</title></svg>');
    expect(code).not.toContain('term__button');
  });

  it('accepts an explicit <Term id> and counts it as used', async () => {
    const { terms } = await run('The <Term id="dermis">inner skin</Term> is thick.');
    expect(terms).toEqual(['dermis']);
  });

  it('fails on an unknown <Term id> with file, line and a suggestion', async () => {
    await expect(run('Line one.\n\nA <Term id="dermiss">word</Term>.')).rejects.toThrow(
      /articles\/a\.mdx:3:3: Unknown glossary term "dermiss" in <Term id="dermiss">\.\n {2}Fix: Did you mean "dermis"\?/,
    );
  });
});
