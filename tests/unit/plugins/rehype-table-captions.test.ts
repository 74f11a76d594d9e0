import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { rehypeTableCaptions } from '../../../src/plugins/rehype-table-captions.ts';

const table = '| Study | Result |\n| --- | --- |\n| A 2020 | Better |\n';
const render = async (markdown: string, missing: 'warn' | 'fail' = 'warn') => {
  const processor = await createMarkdownProcessor({ rehypePlugins: [[rehypeTableCaptions, { missing }]] });
  return (await processor.render(markdown, { fileURL: new URL('file:///content/articles/a.md') })).code;
};

beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation(() => {});
});

describe('rehypeTableCaptions', () => {
  it('turns a "Table:" paragraph before a table into its caption', async () => {
    const code = await render(`Table: What each *study* found\n\n${table}`);
    expect(code).not.toContain('<p>');
    expect(code).toContain('<table><caption id="table-caption-1">What each <em>study</em> found</caption>');
  });

  it('labels each data cell with its column header, for the card layout on phones', async () => {
    const code = await render(`Table: T\n\n${table}`);
    expect(code).toContain('<td data-label="Study">A 2020</td>');
    expect(code).toContain('<td data-label="Result">Better</td>');
  });

  it('warns with file and line when a table has no caption, and uses the heading above it', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const code = await render(`## The studies\n\n${table}`);
    expect(code).toContain('<caption id="table-caption-1">The studies</caption>');
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/\[table caption\] .*a\.md:3:1: This table has no caption\.\n {2}Fix: Write a paragraph starting with "Table:"/));
  });

  it('fails the build instead when told to', async () => {
    await expect(render(`Intro.\n\n${table}`, 'fail')).rejects.toThrow(/a\.md:3:1: This table has no caption/);
  });
});
