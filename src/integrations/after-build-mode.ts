// Set by `evidence-site build` for the Astro build it runs in a child process (src/cli/build.ts).

/**
 * Whether `evidence-site build` runs the after-build steps (link audit, search index) itself, once
 * the Astro build's process has exited and its memory is free, rather than in the build's hooks.
 */
export function afterBuildDeferred(env: Record<string, string | undefined> = process.env): boolean {
  return env['EVIDENCE_SITE_AFTER_BUILD'] === 'deferred';
}
