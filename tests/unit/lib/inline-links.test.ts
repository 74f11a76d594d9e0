import { describe, expect, it } from 'vitest';
import { inlineLinks } from '../../../src/lib/inline-links.ts';

describe('inlineLinks', () => {
  it('keeps plain text as one run', () => {
    expect(inlineLinks('Redness is common.')).toEqual([{ text: 'Redness is common.' }]);
  });

  it('turns a Markdown link to a section of the page into a link, keeping the text around it', () => {
    expect(inlineLinks('Pregnant? [Read this first](#pregnancy).')).toEqual([
      { text: 'Pregnant? ' },
      { text: 'Read this first', href: '#pregnancy' },
      { text: '.' },
    ]);
  });

  it('links site paths, and leaves links to other sites as written', () => {
    expect(inlineLinks('[Glossary](/glossary/) and [x](https://example.org)')).toEqual([
      { text: 'Glossary', href: '/glossary/' },
      { text: ' and [x](https://example.org)' },
    ]);
  });
});
