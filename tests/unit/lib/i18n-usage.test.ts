import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../../src/i18n/en.json';

const sourceRoot = new URL('../../../src/', import.meta.url).pathname;
const sources = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.(astro|ts)$/.test(name) ? [readFileSync(path, 'utf8')] : [];
  });

describe('UI strings', () => {
  const code = sources(sourceRoot).join('\n');
  const used = new Set([...code.matchAll(/\bt\(\s*['"]([\w.]+)['"]\s*\)/g)].map((match) => match[1]!));

  it('every string a component asks for exists in en.json', () => {
    expect([...used].filter((key) => !(key in en))).toEqual([]);
  });

  it('every string in en.json is used somewhere, so translators never work on dead text', () => {
    expect(Object.keys(en).filter((key) => !used.has(key))).toEqual([]);
  });
});
