/** The parts of a Zod issue this formatter reads (kept structural so lib/ does not depend on Zod). */
export interface IssueLike {
  path: ReadonlyArray<PropertyKey>;
  message: string;
}

/** Dotted field path of an issue, e.g. `review.next` or `claims[0].refs`. */
export function issuePath(path: ReadonlyArray<PropertyKey>): string {
  return path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`))
    .join('');
}

/** One line per issue, "  - field: message", for error messages an author can act on. */
export function formatZodIssues(issues: ReadonlyArray<IssueLike>): string {
  return issues.map((issue) => `  - ${issuePath(issue.path) || '(root)'}: ${issue.message}`).join('\n');
}
