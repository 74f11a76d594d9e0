import { LineCounter, parseDocument, isMap, isSeq, isScalar, type Node } from 'yaml';
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
  /** Every use of a key: `[@key]` in the text and each key in a claim's `refs`. */
  uses: KeyUse[];
  claims: ClaimSource[];
}

/**
 * Reads an article's citations and claims with their 1-based file lines, from its source text.
 * Schema errors are left to the schema: what cannot be read is skipped here.
 */
export function readArticleSources(text: string): ArticleSources {
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(text);
  const uses: KeyUse[] = [];
  const claims: ClaimSource[] = [];
  let draft = false;
  if (frontmatter) {
    const lineCounter = new LineCounter();
    const document = parseDocument(frontmatter[1]!, { lineCounter, prettyErrors: false });
    // The YAML starts on the file's second line, after the opening `---`.
    const lineOf = (node: Node | null | undefined) => (node?.range ? lineCounter.linePos(node.range[0]).line + 1 : 2);
    if (document.errors.length === 0 && isMap(document.contents)) {
      draft = document.get('draft') === true;
      const claimList = document.get('claims', true);
      if (isSeq(claimList)) {
        for (const item of claimList.items) {
          if (!isMap(item)) continue;
          const refs: KeyUse[] = [];
          const refList = item.get('refs', true);
          if (isSeq(refList)) {
            for (const ref of refList.items) if (isScalar(ref) && typeof ref.value === 'string') refs.push({ key: ref.value, line: lineOf(ref) });
          }
          uses.push(...refs);
          const reason = item.get('gradeReason');
          claims.push({
            claim: String(item.get('claim') ?? ''),
            certainty: String(item.get('certainty') ?? ''),
            refs,
            ...(typeof reason === 'string' && reason.trim() !== '' ? { gradeReason: reason.trim() } : {}),
            line: lineOf(item as Node),
          });
        }
      }
    }
  }
  const bodyStart = frontmatter ? frontmatter[0].split('\n').length - (frontmatter[0].endsWith('\n') ? 1 : 0) : 0;
  const lines = text.split('\n');
  for (let index = bodyStart; index < lines.length; index++) {
    for (const group of findCitationGroups(lines[index]!).groups) {
      for (const key of group.keys) uses.push({ key, line: index + 1 });
    }
  }
  return { draft, uses, claims };
}
