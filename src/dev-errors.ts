/** An article problem found by the dev server on save. */
export interface DevContentError {
  message: string;
  file: string;
  line?: number | undefined;
  column?: number | undefined;
}

// Shared through globalThis: the integration and the pages run in one process but in different
// module graphs (Node's and Vite's), so a plain module variable would not be seen by both.
const key = Symbol.for('evidence-site.dev-content-errors');
const store = globalThis as unknown as Record<symbol, Map<string, DevContentError> | undefined>;

/** Problems in articles saved during `astro dev`, by absolute file path; empty once fixed. */
export const contentErrors: Map<string, DevContentError> = (store[key] ??= new Map());

/** In dev, fails the page render with the first article problem, so Astro shows its error overlay. */
export function throwContentErrors(): void {
  const [first] = contentErrors.values();
  if (!first) return;
  const error = new Error(first.message) as Error & { loc?: { file: string; line?: number | undefined; column?: number | undefined } };
  error.loc = { file: first.file, line: first.line, column: first.column };
  throw error;
}
