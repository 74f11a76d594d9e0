import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument } from 'yaml';
import { ContentError } from './source-error.ts';

/** A YAML list item with the line it starts on, for error messages. */
export interface LocatedItem {
  value: unknown;
  line: number | undefined;
}

/** Reads a YAML file that must hold a list; a syntax error or a non-list names the file and line. */
export function readYamlList(file: string): LocatedItem[] {
  const text = readFileSync(file, 'utf8');
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  const syntaxError = document.errors[0];
  if (syntaxError) {
    const line = syntaxError.pos ? lineCounter.linePos(syntaxError.pos[0]).line : undefined;
    throw new ContentError({ file, line }, `YAML syntax error: ${syntaxError.message.split('\n')[0]}`, 'Check indentation and quote values that contain ":" or "#".');
  }
  const contents = document.contents as { items?: Array<{ range?: [number, number, number] }> } | null;
  const data: unknown = document.toJS();
  if (data === null || data === undefined) return [];
  if (!Array.isArray(data) || !contents?.items) {
    throw new ContentError({ file, line: 1 }, 'This file must be a YAML list (each item starting with "- ").');
  }
  return data.map((value, index) => {
    const offset = contents.items?.[index]?.range?.[0];
    return { value, line: offset === undefined ? undefined : lineCounter.linePos(offset).line };
  });
}
