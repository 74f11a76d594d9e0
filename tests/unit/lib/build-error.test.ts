import { describe, expect, it } from 'vitest';
import { formatBuildError } from '../../../src/lib/build-error.ts';

describe('formatBuildError', () => {
  it('prints message, file with line and hint, without a stack trace', () => {
    const error = Object.assign(new Error('\u001b[31mdata does not match\u001b[39m'), {
      hint: 'See the schema.',
      loc: { file: `${process.cwd()}/content/articles/a.mdx`, line: 4, column: 2 },
    });
    expect(formatBuildError(error, {})).toBe('Error: data does not match\n  File: content/articles/a.mdx:4:2\n  Hint: See the schema.');
  });

  it('adds the stack only when DEBUG is set', () => {
    expect(formatBuildError(new Error('x'), { DEBUG: '1' })).toContain('at ');
  });

  it('does not repeat the file when the message already names it', () => {
    const error = Object.assign(new Error('content/a.mdx:3: Unknown citation key'), { loc: { file: `${process.cwd()}/content/a.mdx` } });
    expect(formatBuildError(error, {})).toBe('Error: content/a.mdx:3: Unknown citation key');
  });
});
