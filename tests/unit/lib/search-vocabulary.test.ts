import { describe, expect, it } from 'vitest';
import { buildVocabulary, parseWordGroups, proseOf } from '../../../src/lib/search-vocabulary.ts';

describe('search vocabulary', () => {
  it('keeps only the prose a reader sees from an MDX file', () => {
    const prose = proseOf('---\ntitle: Hidden\n---\nimport X from "./x";\n\nSee <Callout kind="note">this</Callout> [link](/secret/) [@key2020] `code`.\n');
    expect(prose).not.toMatch(/Hidden|import|Callout|secret|key2020|code/);
    expect(prose).toMatch(/See\s+this\s+\[?link/);
  });

  it('keeps the text a component shows from its attributes, such as a callout\u2019s title, but not its settings', () => {
    const prose = proseOf('<Callout kind="warning" title="Myth: it heals scars">Text</Callout>\n<Details summary=\'The numbers\'>n</Details>\n<Figure src="/x.png" caption="A diagram" aria-label="Hidden name" data-title="Unseen" />');
    expect(prose).toMatch(/Myth: it heals scars\s+Text/);
    expect(prose).toMatch(/The numbers/);
    expect(prose).toMatch(/A diagram/);
    expect(prose).not.toMatch(/warning|x\.png|Callout|Details|Hidden name|Unseen/);
  });

  it('counts words of three letters or more, most frequent first, hyphenated words also by part', () => {
    const vocabulary = buildVocabulary([{ fields: ['Diamond-tip wands'], body: 'A wand, wands and more wands.' }], [], []);
    expect(vocabulary.words.slice(0, 2)).toEqual(['wands', 'and']);
    expect(vocabulary.words).toEqual(expect.arrayContaining(['diamond-tip', 'diamond', 'tip', 'wand', 'more']));
    expect(vocabulary.words).not.toContain('a');
    expect(vocabulary.counts[0]).toBe(3);
  });

  it('keeps glossary groups with at least one alias, lowercased, and the filler words sorted', () => {
    const vocabulary = buildVocabulary([], [['Aphid', 'Greenfly'], ['lonely']], ['the', 'How']);
    expect(vocabulary.synonyms).toEqual([['aphid', 'greenfly']]);
    expect(vocabulary.filler).toEqual(['how', 'the']);
  });

  it('keeps at most the most frequent words when asked', () => {
    const vocabulary = buildVocabulary([{ fields: [], body: 'one one one two two three' }], [], [], 2);
    expect(vocabulary.words).toEqual(['one', 'two']);
  });

  it('adds the everyday word groups the site uses, after the glossary\u2019s, with the site\u2019s own word first', () => {
    const groups = parseWordGroups('pain, hurt, sore | harmful, dangerous | cost, price, get rid of');
    expect(groups[2]).toEqual(['cost', 'price', 'get rid of']);
    const vocabulary = buildVocabulary([{ fields: [], body: 'It can hurt. It may hurt a lot. Pain is rare. Is it harmful?' }], [['Aphid', 'Greenfly']], [], undefined, groups);
    // "cost, price" is left out: the page uses neither word.
    expect(vocabulary.synonyms).toEqual([['aphid', 'greenfly'], ['hurt', 'pain', 'sore'], ['harmful', 'dangerous']]);
  });
});
