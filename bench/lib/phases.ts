// Where a build's wall time goes, read from the times Astro's log lines arrived. The same markers
// exist in every Astro build (ours and the peers'), so phases compare across sites.

/** One phase of a build and how long it took. */
export interface Phase {
  name: string;
  ms: number;
}

const ANSI = /\u001b\[[0-9;]*m/g;

/** Phase start markers, in build order. A phase runs until the next marker that was found. */
const MARKERS: Array<{ name: string; pattern: RegExp }> = [
  { name: 'startup (npm, node, config)', pattern: /^/ },
  { name: 'content sync (frontmatter, schemas)', pattern: /\[content\] Syncing content/ },
  { name: 'build setup', pattern: /\[content\] Synced content/ },
  { name: 'bundle (Vite: MDX compile, remark/rehype)', pattern: /Building static entrypoints/ },
  { name: 'render pages', pattern: /generating static routes/ },
  { name: 'build:done hooks (sitemap, audits, Pagefind)', pattern: /\[build\] ✓ Completed in/ },
  { name: 'after Astro (link audit, Pagefind after the Astro process exits; peers: Pagefind CLI; staging swap)', pattern: /\[build\] Complete!/ },
];

/** The line `evidence-site build` prints when it splits the articles into shards. */
const SHARDED = /Building \d+ articles in (\d+) shards of about \d+, (\d+) at a time/;

/**
 * A sharded build's phases: its Astro processes overlap, so their own phases do not add up to the
 * wall time; the build is split where the first shard starts syncing content and where the last one ends.
 */
function shardedPhases(lines: ReadonlyArray<{ t: number; text: string }>, wallMs: number, [, count, jobs]: RegExpExecArray): Phase[] {
  const plain = lines.map((line) => line.text.replace(ANSI, ''));
  const first = lines[plain.findIndex((text) => /\[content\] Syncing content/.test(text))]?.t;
  const last = lines[plain.findLastIndex((text) => /\[build\] Complete!/.test(text))]?.t;
  if (first === undefined || last === undefined) return [{ name: 'startup (npm, node, config)', ms: wallMs }];
  return [
    { name: 'startup (npm, node, config)', ms: first },
    { name: `shards (${count} Astro processes, ${jobs} at a time: content sync, MDX compile, render; finished shards merged)`, ms: last - first },
    { name: 'after the last shard (sitemap, link audit, Pagefind; staging swap)', ms: wallMs - last },
  ];
}

/** Splits a build's wall time into phases from its timed output lines. */
export function buildPhases(lines: ReadonlyArray<{ t: number; text: string }>, wallMs: number): Phase[] {
  const sharded = lines.map((line) => SHARDED.exec(line.text.replace(ANSI, ''))).find((match) => match !== null);
  if (sharded) return shardedPhases(lines, wallMs, sharded);
  const found: Array<{ name: string; t: number }> = [];
  let from = 0;
  for (const marker of MARKERS) {
    if (marker.pattern.source === '^') {
      found.push({ name: marker.name, t: 0 });
      continue;
    }
    const index = lines.findIndex((line, i) => i >= from && marker.pattern.test(line.text.replace(ANSI, '')));
    if (index === -1) continue;
    found.push({ name: marker.name, t: lines[index]!.t });
    from = index;
  }
  return found.map((phase, i) => ({ name: phase.name, ms: (found[i + 1]?.t ?? wallMs) - phase.t }));
}

/** Named moments inside our build's build:done hooks (sub-steps of the post-build phase). */
export function postBuildSteps(lines: ReadonlyArray<{ t: number; text: string }>): Phase[] {
  const steps: Array<{ name: string; pattern: RegExp }> = [
    { name: 'sitemap', pattern: /sitemap-index\.xml. created/ },
    { name: 'link audit + _headers', pattern: /(dist-audit\] |^)Checked \d+ links/ },
    { name: 'Pagefind index', pattern: /(pagefind\] Indexed|^Indexed \d+ pages|starlight:pagefind\] Finished|Finished in [\d.]+ seconds)/ },
  ];
  const routes = lines.findIndex((line) => /generating static routes/.test(line.text));
  const isSharded = lines.some((line) => SHARDED.test(line.text.replace(ANSI, '')));
  // A sharded build's after-build steps start when its last shard ends.
  const start = isSharded
    ? lines.findLast((line) => /\[build\] Complete!/.test(line.text.replace(ANSI, '')))?.t
    : lines.find((line, i) => i > routes && /\[build\] ✓ Completed in/.test(line.text.replace(ANSI, '')))?.t;
  if (start === undefined) return [];
  const marks = steps
    .map((step) => ({ name: step.name, t: lines.find((line) => step.pattern.test(line.text.replace(ANSI, '')))?.t }))
    .filter((mark): mark is { name: string; t: number } => mark.t !== undefined)
    .sort((a, b) => a.t - b.t);
  let previous = start;
  return marks.map((mark) => {
    const phase = { name: mark.name, ms: mark.t - previous };
    previous = mark.t;
    return phase;
  });
}

/** The peak of the tree's summed RSS within each phase (phases laid end to end from the start). */
export function phaseMemory(phases: readonly Phase[], samples: ReadonlyArray<{ t: number; bytes: number }>): Array<{ name: string; peakRssBytes: number }> {
  let start = 0;
  return phases.map((phase) => {
    const end = start + phase.ms;
    let peak = 0;
    for (const sample of samples) if (sample.t >= start && sample.t < end) peak = Math.max(peak, sample.bytes);
    start = end;
    return { name: phase.name, peakRssBytes: peak };
  });
}
