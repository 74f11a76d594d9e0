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
  it('turns [@key] into a numbered link with an accessible name', async () => {
    const { code } = await render('Widgets are small [@smith2020].');
    expect(code).toContain(
      '<sup class="cite" data-pagefind-ignore="">[<a href="#ref-smith2020" id="cite-smith2020-1" aria-label="Reference 1">1</a>]</sup>',
    );
  });

  it('numbers keys per article in order of first citation and reuses numbers', async () => {
    const { code, metadata } = await render('One [@doe2019]. Two [@smith2020; @doe2019]. Three [@smith2020].');
    expect([...code.matchAll(/aria-label="Reference (\d)"/g)].map((match) => match[1])).toEqual(['1', '2', '1', '2']);
    expect(metadata.frontmatter['citations']).toEqual(['doe2019', 'smith2020']);
  });

  it('gives each repeated citation its own id so the reference list can link back to the first', async () => {
    const { code } = await render('A [@smith2020]. B [@smith2020].');
    expect(code).toContain('id="cite-smith2020-1"');
    expect(code).toContain('id="cite-smith2020-2"');
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
