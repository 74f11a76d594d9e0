import { describe, expect, it } from 'vitest';
import { formatBuildError, locateBundlerError } from '../../../src/lib/build-error.ts';
import { unclosedBraceBefore } from '../../../src/lib/source-error.ts';

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

describe('locateBundlerError', () => {
  it('joins the file the bundler names and the range of an unclosed tag into file:line:column', () => {
    const raw = `[plugin @mdx-js/rolldown] ${process.cwd()}/content/articles/a.mdx:undefined:undefined\nMDXError: Expected a closing tag for \`<Callout>\` (34:1-34:22)`;
    expect(locateBundlerError(raw)).toBe('content/articles/a.mdx:34:1: Expected a closing tag for `<Callout>`');
  });

  it('keeps the line the bundler names and says where a mismatched tag was opened', () => {
    const raw = `[plugin @mdx-js/rolldown] ${process.cwd()}/content/articles/a.mdx:18:1\nMDXError: Unexpected closing tag \`</CareCard>\`, expected corresponding closing tag for \`<Callout>\` (14:1-14:46)`;
    expect(formatBuildError(new Error(raw), {})).toBe(
      'Error: content/articles/a.mdx:18:1: Unexpected closing tag `</CareCard>`, expected corresponding closing tag for `<Callout>` (opened on line 14)\n' +
        '  Fix: The closing tag must match the opening one: write </Callout> here, or close <Callout> before </CareCard>.',
    );
  });
});

describe('locateBundlerError with our own errors', () => {
  it('leaves an error that already names file, line and fix as it is', () => {
    const raw = `[plugin @mdx-js/rolldown] /x/a.mdx:undefined:undefined\nMDXError: /x/a.mdx:14:1: Unknown component <Banner>.\n  Fix: Use <Callout>.`;
    expect(locateBundlerError(raw)).toBe(raw);
  });
});

describe('a component left open inside a paragraph', () => {
  it('is reported at the tag, not at the start of the paragraph', () => {
    const raw = `[plugin @mdx-js/rolldown] ${process.cwd()}/content/articles/a.mdx:14:1\nMDXError: Expected a closing tag for \`<CareCard>\` (14:23-14:58) before the end of \`paragraph\``;
    expect(formatBuildError(new Error(raw), {})).toBe(
      'Error: content/articles/a.mdx:14:23: Expected a closing tag for `<CareCard>` before the end of its paragraph\n' +
        '  Fix: Close the component in the same paragraph: add </CareCard> after its text, or end the tag with /> if it has no content.',
    );
  });
});

describe('unclosedBraceBefore', () => {
  it('finds the brace a parser reports at the end of its paragraph, skipping escaped ones', () => {
    expect(unclosedBraceBefore('Intro.\n\nSee \\{this} and {three to six.', { line: 3, column: 32 })).toEqual({ line: 3, column: 17 });
    expect(unclosedBraceBefore('Only \\{escaped.', { line: 1, column: 16 })).toBeUndefined();
    expect(unclosedBraceBefore('{a}\n\nNo brace here.', { line: 3, column: 15 })).toBeUndefined();
  });
});
