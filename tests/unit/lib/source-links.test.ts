import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { collectLinks, findBrokenSourceLinks } from '../../../src/lib/source-links.ts';

const parse = (text: string) => unified().use(remarkParse).use(remarkMdx).parse(text);
const site = { articlesDir: '/site/content/articles', pagesDir: '/site/content/pages', topicIds: new Set(['skin']), layoutIds: new Set(['references']) };

describe('findBrokenSourceLinks', () => {
  const other = collectLinks(parse('## How it works\n\nText.'), '/site/content/articles/other.mdx');

  it('accepts links to articles, headings, pages, topics, engine pages and layout ids', () => {
    const source = collectLinks(
      parse('[a](/articles/other/#how-it-works) [b](./other.mdx#how-it-works) [c](/topics/skin/) [d](/claims/) [e](/articles/other/#references) [f](#own) [g](https://example.org/x)\n\n## Own'),
      '/site/content/articles/a.mdx',
    );
    expect(findBrokenSourceLinks([source, other], site)).toEqual([]);
  });

  it('names the file, line and reason of each link that leads nowhere', () => {
    const source = collectLinks(parse('Intro.\n\n[a](/articles/missing/) and [b](/articles/other/#nope)\n\n<a href="/topics/hair/">c</a>'), '/site/content/articles/a.mdx');
    const broken = findBrokenSourceLinks([source, other], site);
    expect(broken.map(({ line, url, reason }) => ({ line, url, reason }))).toEqual([
      { line: 3, url: '/articles/missing/', reason: 'no article, page or file has this address' },
      { line: 3, url: '/articles/other/#nope', reason: expect.stringMatching(/other\.mdx has no heading or element with the id "nope"/) },
      { line: 5, url: '/topics/hair/', reason: 'no article, page or file has this address' },
    ]);
  });
});
