const pending = new Map<string, string[]>();

/**
 * Prints a build warning about a source file and remembers it, so a compile cache that skips the
 * file next time can replay the warning instead of silently dropping it.
 */
export function warnAboutFile(file: string, message: string): void {
  console.warn(message);
  const list = pending.get(file);
  if (list) list.push(message);
  else pending.set(file, [message]);
}

/** The warnings emitted about a file since the last call, and forgets them. */
export function takeFileWarnings(file: string): string[] {
  const list = pending.get(file) ?? [];
  pending.delete(file);
  return list;
}
