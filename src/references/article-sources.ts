import { parseFrontmatter } from '@astrojs/markdown-remark';
import { findCitationGroups } from '../lib/citations.ts';

/** A citation of a bibliography key in an article, with the line it is on. */
export interface KeyUse {
  key: string;
  line: number;
}

/** A claim as written in an article's frontmatter, with its line. */
export interface ClaimSource {
  claim: string;
  certainty: string;
  refs: KeyUse[];
  gradeReason?: string;
  line: number;
}

/** What an article cites, with lines: citations in the text and claims' `refs`. */
export interface ArticleSources {
  draft: boolean;
  /** Every use of a key: each key in a claim's `refs`, then `[@key]` in the text (only when asked for). */
  uses: KeyUse[];
  claims: ClaimSource[];
}

/**
 * Reads an article's claims and (with `citations`) its text citations with their 1-based file
 * lines. The frontmatter is parsed as the build parses it; lines come from a scan of the
 * `claims:` block, since the fast YAML parser keeps no positions. Schema errors are left to the
 * schema: what cannot be read is skipped here.
 */
export function readArticleSources(text: string, { citations = true } = {}): ArticleSources {
  const opening = /^---\r?\n/.exec(text);
  const closing = opening ? /\r?\n---(?:\r?\n|$)/.exec(text.slice(opening[0].length)) : null;
  const uses: KeyUse[] = [];
  const claims: ClaimSource[] = [];
  let draft = false;
  let bodyStartLine = 0;
  if (opening && closing) {
    const yamlText = text.slice(opening[0].length, opening[0].length + closing.index);
    bodyStartLine = yamlText.split('\n').length + 2;
    let data: Record<string, unknown> = {};
    try {
      data = parseFrontmatter(text, { frontmatter: 'empty-with-spaces' }).frontmatter;
    } catch {
      // The schema reports malformed frontmatter with its line.
    }
    draft = data['draft'] === true;
    const raw = Array.isArray(data['claims']) ? (data['claims'] as Array<Record<string, unknown>>) : [];
    const located = locateClaims(yamlText.split('\n'), raw.map((claim) => (Array.isArray(claim?.['refs']) ? claim['refs'].map(String) : [])));
    raw.forEach((claim, index) => {
      if (!claim || typeof claim !== 'object') return;
      const place = located[index]!;
      const refs = place.refs.map(({ key, line }) => ({ key, line }));
      uses.push(...refs);
      const reason = claim['gradeReason'];
      claims.push({
        claim: String(claim['claim'] ?? ''),
        certainty: String(claim['certainty'] ?? ''),
        refs,
        ...(typeof reason === 'string' && reason.trim() !== '' ? { gradeReason: reason.trim() } : {}),
        line: place.line,
      });
    });
  }
  if (citations) {
    const lines = text.split('\n');
    for (let index = bodyStartLine; index < lines.length; index++) {
      if (!lines[index]!.includes('@')) continue;
      for (const group of findCitationGroups(lines[index]!).groups) {
        for (const key of group.keys) uses.push({ key, line: index + 1 });
      }
    }
  }
  return { draft, uses, claims };
}

/**
 * File lines of each claim item under a top-level `claims:` key and of each of its refs. Falls
 * back to the `claims:` line (or the frontmatter's first line) when the block is not a plain list.
 */
function locateClaims(yamlLines: readonly string[], refsOfClaims: readonly string[][]): Array<{ line: number; refs: KeyUse[] }> {
  // The YAML starts on the file's second line, after the opening `---`.
  const fileLine = (index: number) => index + 2;
  const header = yamlLines.findIndex((line) => /^claims\s*:\s*(#.*)?$/.test(line));
  let end = yamlLines.length;
  const starts: number[] = [];
  if (header !== -1) {
    let itemIndent: number | undefined;
    for (let index = header + 1; index < yamlLines.length; index++) {
      const line = yamlLines[index]!;
      if (/^\S/.test(line) && !line.startsWith('-') && !line.startsWith('#')) {
        end = index;
        break;
      }
      const item = /^(\s*)-(\s|$)/.exec(line);
      if (item && (itemIndent === undefined || item[1]!.length === itemIndent)) {
        itemIndent = item[1]!.length;
        starts.push(index);
      }
    }
  }
  const fallback = fileLine(header === -1 ? 0 : header);
  return refsOfClaims.map((keys, claimIndex) => {
    if (starts.length !== refsOfClaims.length) return { line: fallback, refs: keys.map((key) => ({ key, line: fallback })) };
    const start = starts[claimIndex]!;
    const stop = starts[claimIndex + 1] ?? end;
    const refsLine = yamlLines.slice(start, stop).findIndex((line) => /(^|\s|-\s)refs\s*:/.test(line));
    const from = refsLine === -1 ? start : start + refsLine;
    return {
      line: fileLine(start),
      refs: keys.map((key) => {
        const token = new RegExp(`(^|[\\s\\[,'"-])${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[\\s\\],'"#])`);
        const found = yamlLines.slice(from, stop).findIndex((line) => token.test(line.replace(/^\s*refs\s*:/, ' ')));
        return { key, line: fileLine(found === -1 ? start : from + found) };
      }),
    };
  });
}
