import { describe, expect, it } from 'vitest';
import { tempFolder } from '../../helpers/temp-folder.ts';
import { checkContentFiles, checkFrontmatterDates, listMdxFiles, withoutFrontmatter } from '../../../src/lib/content-files.ts';

const folder = (files: Record<string, string | Buffer>) => tempFolder(files);

describe('checkContentFiles', () => {
  it('accepts non-empty UTF-8 files', () => {
    expect(() => checkContentFiles(folder({ 'articles/a.mdx': '---\ntitle: Café\n---\nText', 'topics.yaml': '- id: a' }))).not.toThrow();
  });

  it('rejects an empty file, saying to write it or delete it', () => {
    expect(() => checkContentFiles(folder({ 'articles/empty.mdx': '  \n' }))).toThrow(/articles\/empty\.mdx: The file is empty\.\n {2}Fix: Write its content/);
  });

  it('rejects Latin-1 bytes with the line they are on', () => {
    const root = folder({ 'articles/latin.mdx': Buffer.concat([Buffer.from('---\ntitle: x\n---\n\nCaf'), Buffer.from([0xe9]), Buffer.from(' au lait\n')]) });
    expect(() => checkContentFiles(root)).toThrow(/latin\.mdx:5: The file is not valid UTF-8 \(byte 0xE9 on this line\)/);
  });
});

describe('checkFrontmatterDates', () => {
  it('rejects a date YAML would silently roll over, naming field and line', () => {
    expect(() => checkFrontmatterDates('a.mdx', '---\ntitle: x\npublished: 2026-02-30\n---\n')).toThrow(/a\.mdx:3: published: 2026-02-30 is not a real date/);
    expect(() => checkFrontmatterDates('a.mdx', '---\nreview:\n  next: "2026-13-01"\n---\n')).toThrow(/a\.mdx:3: next: 2026-13-01/);
  });

  it('accepts real dates, including 29 February in a leap year, and ignores the body', () => {
    expect(() => checkFrontmatterDates('a.mdx', '---\npublished: 2028-02-29\n---\npublished: 2026-99-99\n')).not.toThrow();
  });
});

describe('listMdxFiles', () => {
  it('lists MDX files in nested folders, sorted', () => {
    const root = folder({ 'b.mdx': 'x', 'a/c.mdx': 'x', 'a/d.txt': 'x' });
    expect(listMdxFiles(root).map((file) => file.slice(root.length + 1))).toEqual(['a/c.mdx', 'b.mdx']);
  });
});

describe('withoutFrontmatter', () => {
  it('cuts the frontmatter block and nothing after it, and leaves a file without one as it is', () => {
    expect(withoutFrontmatter('---\ntitle: A\nrefs: "[@x]"\n---\nText [@y].\n---\nMore.')).toBe('Text [@y].\n---\nMore.');
    expect(withoutFrontmatter('---\r\ntitle: A\r\n---\r\nBody')).toBe('Body');
    expect(withoutFrontmatter('No frontmatter [@z].')).toBe('No frontmatter [@z].');
  });
});
