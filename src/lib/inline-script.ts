import { transformSync } from 'esbuild';
import { scriptHash } from './security-headers.ts';

/** An inline script ready to render: minified source and the CSP hash that allows exactly it. */
export interface InlineScript {
  code: string;
  hash: string;
}

/** Minifies a script meant to be inlined in every page and computes its CSP hash once. */
export function prepareInlineScript(source: string): InlineScript {
  const code = transformSync(source, { minify: true, target: 'es2020', legalComments: 'none' }).code.trim();
  const hash = scriptHash(code);
  return { code, hash };
}
