import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distinctAliases, indexLetter, loadGlossary } from '../../../src/lib/glossary.ts';

function glossaryFile(yaml: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'glossary-')), 'glossary.yaml');
  writeFileSync(file, yaml);
  return file;
}

const yaml = `- id: stretch-marks
  term: stretch marks
  aliases: [striae, striae distensae]
  definition: Lines of scar tissue in the skin.
- id: dermis
  term: dermis
  definition: The deeper layer of skin.
`;

describe('loadGlossary', () => {
  it('finds terms and aliases as whole words, case-insensitively, with plurals', () => {
    const glossary = loadGlossary(glossaryFile(yaml));
    const text = 'Stretch marks (striae distensae) sit in the Dermis, not the dermisology; striaes are rare.';
    expect(glossary.find(text).map((hit) => [text.slice(hit.start, hit.end), hit.id])).toEqual([
      ['Stretch marks', 'stretch-marks'],
      ['striae distensae', 'stretch-marks'],
      ['Dermis', 'dermis'],
      ['striaes', 'stretch-marks'],
    ]);
  });

  it('matches multi-word terms across a line break', () => {
    const glossary = loadGlossary(glossaryFile(yaml));
    expect(glossary.find('some stretch\nmarks')).toHaveLength(1);
  });

  it('fails when one word belongs to two terms, naming both', () => {
    const file = glossaryFile(`${yaml}- id: striae
  term: striae
  definition: Duplicate.
`);
    expect(() => loadGlossary(file)).toThrow(/"striae" is listed for both "stretch-marks" and "striae"/);
  });

  it('fails on a duplicate id with its line', () => {
    const file = glossaryFile(`${yaml}- id: dermis\n  term: dermal layer\n  definition: Again.\n`);
    expect(() => loadGlossary(file)).toThrow(/glossary.yaml:8: Duplicate glossary id "dermis"/);
  });

  it('fails on an entry without a definition', () => {
    expect(() => loadGlossary(glossaryFile('- id: x\n  term: x\n'))).toThrow(/Glossary entry "x" has no "definition"/);
  });

  it('fails on invalid YAML with the line', () => {
    expect(() => loadGlossary(glossaryFile('- id: x\n  term: [unclosed\n'))).toThrow(/glossary.yaml:\d+: YAML syntax error/);
  });

  it('treats a missing glossary file as an empty glossary', () => {
    expect(loadGlossary('/nonexistent/glossary.yaml').terms.size).toBe(0);
  });
});

describe('distinctAliases', () => {
  it('leaves out plural and singular forms of the term and of other aliases', () => {
    const term = { id: 'stretch-marks', term: 'stretch marks', aliases: ['stretch mark', 'striae', 'stria', 'striae distensae', 'Stretch Marks'], definition: 'D.' };
    expect(distinctAliases(term)).toEqual(['striae', 'striae distensae']);
  });
});

describe('indexLetter', () => {
  it('files words under their first letter, accents removed, and others under #', () => {
    expect(['épiderme', 'dermis', '5-FU'].map((word) => indexLetter(word))).toEqual(['E', 'D', '#']);
  });
});

describe('indexLetter in a language', () => {
  const spanish = [...'ABCDEFGHIJKLMNÑOPQRSTUVWXYZ'];

  it('files Ñ under its own letter in Spanish, and accented vowels under the vowel', () => {
    expect(['ñame', 'nariz', 'úlcera', 'Él', '3 días'].map((word) => indexLetter(word, spanish, 'es'))).toEqual(['Ñ', 'N', 'U', 'E', '#']);
  });

  it('files Ñ under N in English, where it is not a letter of the alphabet', () => {
    expect(indexLetter('ñandu')).toBe('N');
  });
});
