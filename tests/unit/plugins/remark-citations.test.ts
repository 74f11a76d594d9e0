import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { remarkCitations } from '../../../src/plugins/remark-citations.ts';
import { pluginFixture } from './fixtures.ts';

const fixture = pluginFixture();
const processor = await createMarkdownProcessor({ remarkPlugins: [[remarkCitations, { bibliography: [fixture.bibliography] }]] });
const render = (markdown: string) => processor.render(markdown, { fileURL: new URL(`file://${fixture.root}/articles/a.md`) });

// Astro's processor logs every failure to the console before rethrowing it; the tests check the error itself.
beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation(() => {});
});

describe('remarkCitations', () => {
  it('turns [@key] into a button that opens the source in place, named in a few words with a link to the full entry in the list', async () => {
    const { code } = await render('Widgets are small [@smith2020].');
    expect(code).toContain('<button type="button" class="cite" id="cite-1" popovertarget="cite-pop-1" aria-label="Reference 1">');
    expect(code).toMatch(/<span class="cite-pop" id="cite-pop-1" popover="auto"[^>]*><span class="cite-pop__title">Source<\/span><span class="cite-pop__item" data-ref="ref-smith2020"><span class="cite-pop__number">1\.<\/span> <span class="cite-pop__short">Widgets<\/span> <a class="cite-pop__link" href="#ref-smith2020">In the reference list<\/a>/);
    // The entry itself (title, DOI) is copied in from the reference list when the popover opens.
    expect(code).not.toContain('doi.org');
  });

  it('writes one popover per set of sources: a later citation of the same sources opens the first one\u2019s', async () => {
    const { code } = await render('One [@smith2020]. Two [@doe2019; @smith2020]. Three [@smith2020]. Four [@smith2020; @doe2019].');
    expect([...code.matchAll(/popovertarget="([^"]+)" aria-label/g)].map((match) => match[1])).toEqual(['cite-pop-1', 'cite-pop-2', 'cite-pop-1', 'cite-pop-2']);
    expect([...code.matchAll(/<span class="cite-pop" id="([^"]+)"/g)].map((match) => match[1])).toEqual(['cite-pop-1', 'cite-pop-2']);
  });

  it('keeps the number on the line of the word before it and the punctuation after it', async () => {
    const { code } = await render('Widgets are small [@smith2020]. Next.');
    expect(code).toMatch(/^<p>Widgets are <span class="cite-anchor">small<span class="cite-group".*<\/span>\.<\/span> Next\.<\/p>$/);
  });

  it('numbers keys per article in order of first citation, shows each group sorted, and records every use of each key', async () => {
    const { code, metadata } = await render('One [@doe2019]. Two [@smith2020; @doe2019]. Three [@smith2020].');
    expect([...code.matchAll(/aria-label="(References?[^"]*)"/g)].map((match) => match[1])).toEqual(['Reference 1', 'References 1, 2', 'Reference 2']);
    expect(metadata.frontmatter['citations']).toEqual(['doe2019', 'smith2020']);
    expect(metadata.frontmatter['citationUses']).toEqual({ doe2019: [1, 2], smith2020: [2, 3] });
  });

  it('fails on an unknown key with file, line, column and a suggestion', async () => {
    await expect(render('First line.\n\nSee [@smith2021] here.')).rejects.toThrow(
      /articles\/a\.md:3:5: Unknown citation key "@smith2021".\n {2}Fix: Did you mean "@smith2020"\?/,
    );
  });

  it('fails on an unknown key that resembles nothing, saying where to add it', async () => {
    await expect(render('See [@zzzzzzzz].')).rejects.toThrow(/Add an entry with "id": "zzzzzzzz" to .*references\.json/);
  });

  it('fails on a malformed citation rather than printing it as text', async () => {
    await expect(render('See [@smith2020, p. 4].')).rejects.toThrow(/Malformed citation "\[@smith2020, p. 4\]"/);
  });

  it('leaves ordinary brackets and links alone', async () => {
    const { code, metadata } = await render('A [note] and [a link](https://example.org).');
    expect(code).toBe('<p>A [note] and <a href="https://example.org">a link</a>.</p>');
    expect(metadata.frontmatter['citations']).toEqual([]);
  });

  it('does not treat citation-like text in code as a citation', async () => {
    const { code } = await render('Write `[@key]` to cite.');
    expect(code).toContain('<code>[@key]</code>');
  });
});
