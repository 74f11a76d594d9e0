import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ContentError } from './source-error.ts';

const TEXT_FILE = /\.(mdx|md|ya?ml|json|bib)$/;
const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Checks that every text file in the content folder is non-empty UTF-8 before Astro reads it:
 * otherwise a Latin-1 file would be silently garbled and an empty one would fail later with a
 * message that does not say why.
 */
export function checkContentFiles(root: string): void {
  for (const file of textFiles(root)) {
    const bytes = readFileSync(file);
    if (bytes.length === 0 || bytes.toString('utf8').trim() === '') {
      throw new ContentError({ file }, 'The file is empty.', 'Write its content (articles need frontmatter between --- lines), or delete the file.');
    }
    let text: string;
    try {
      text = utf8.decode(bytes);
    } catch {
      const offset = firstInvalidByte(bytes);
      const line = bytes.subarray(0, offset).toString('latin1').split('\n').length;
      throw new ContentError(
        { file, line },
        `The file is not valid UTF-8 (byte 0x${bytes[offset]?.toString(16).toUpperCase().padStart(2, '0')} on this line).`,
        'Save the file with UTF-8 encoding (in most editors: "Save with encoding" → UTF-8).',
      );
    }
    if (file.endsWith('.mdx')) checkFrontmatterDates(file, text);
  }
}

const DATE_FIELD = /^(\s*)(published|updated|reviewed|next):\s*["']?(\d{4})-(\d{1,2})-(\d{1,2})["']?\s*$/;

/**
 * Rejects impossible calendar dates in frontmatter (2026-13-45): YAML would quietly roll them
 * over into a real date, so the schema never sees the mistake.
 */
export function checkFrontmatterDates(file: string, text: string): void {
  const lines = text.split('\n');
  if (lines[0]?.trim() !== '---') return;
  for (let index = 1; index < lines.length && lines[index]?.trim() !== '---'; index++) {
    const match = DATE_FIELD.exec(lines[index]!);
    if (!match) continue;
    const [, , field, year, month, day] = match;
    const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
    if (date.getUTCMonth() !== Number(month) - 1 || date.getUTCDate() !== Number(day)) {
      throw new ContentError(
        { file, line: index + 1 },
        `${field}: ${year}-${month}-${day} is not a real date.`,
        'Write the date as YYYY-MM-DD with a month from 01 to 12 and a day that exists in that month, e.g. 2026-11-24.',
      );
    }
  }
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
export function firstInvalidByte(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index]!;
    const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead < 0xe0 ? 2 : lead >= 0xe0 && lead < 0xf0 ? 3 : lead >= 0xf0 && lead < 0xf5 ? 4 : 0;
    if (length === 0 || index + length > bytes.length) return index;
    for (let next = 1; next < length; next++) if ((bytes[index + next]! & 0xc0) !== 0x80) return index;
    index += length;
  }
  return bytes.length;
}

function textFiles(dir: string): string[] {
  let entries: import('node:fs').Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return textFiles(path);
    return TEXT_FILE.test(entry.name) ? [path] : [];
  });
}

/** Every `.mdx` file below `dir`, sorted so reports and checks run in a stable order; none if `dir` is missing. */
export function listMdxFiles(dir: string): string[] {
  let entries: import('node:fs').Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .flatMap((entry) => (entry.isDirectory() ? listMdxFiles(join(dir, entry.name)) : entry.name.endsWith('.mdx') ? [join(dir, entry.name)] : []))
    .sort();
}

/** An MDX source without its frontmatter block (what follows the closing `---`). */
export function withoutFrontmatter(source: string): string {
  return source.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '');
}
