import { describe, expect, it } from 'vitest';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { rehypeBaseLinks } from '../../../src/plugins/rehype-base-links.ts';

const processor = await createMarkdownProcessor({
  rehypePlugins: [[rehypeBaseLinks, { base: '/docs/', articlesDir: '/site/content/articles', pagesDir: '/site/content/pages' }]],
});
const render = async (markdown: string, file = '/site/content/articles/a.md') =>
  (await processor.render(markdown, { fileURL: new URL(`file://${file}`) })).code;

describe('rehypeBaseLinks', () => {
  it('puts the base path in front of root-relative links and images', async () => {
    expect(await render('[b](/articles/b/#part) ![x](/images/x.png)')).toBe(
      '<p><a href="/docs/articles/b/#part">b</a> <img src="/docs/images/x.png" alt="x"></p>',
    );
  });

  it('turns links to article and page files into their URLs', async () => {
    expect(await render('[b](./b.mdx#part) [about](../pages/about.mdx)')).toBe(
      '<p><a href="/docs/articles/b/#part">b</a> <a href="/docs/about/">about</a></p>',
    );
  });

  it('turns a link to a file named in any script into its percent-encoded URL, once', async () => {
    expect(await render('[q](./qué-es.mdx#capas)')).toBe('<p><a href="/docs/articles/qu%C3%A9-es/#capas">q</a></p>');
  });

  it('leaves external links, fragments and relative links alone', async () => {
    expect(await render('[x](https://example.org/) [y](#refs) [z](../other/)')).toBe(
      '<p><a href="https://example.org/">x</a> <a href="#refs">y</a> <a href="../other/">z</a></p>',
    );
  });
});
