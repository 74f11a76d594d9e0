// Summarises V8 CPU profiles (node --cpu-prof) of our build: where the time goes by package and
// by src/ file, and the hottest functions, self and inclusive.
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** Milliseconds spent, by label. */
export type Breakdown = Array<{ label: string; ms: number }>;

/** What the profiles of one build say. */
export interface ProfileSummary {
  files: string[];
  totalMs: number;
  /** Self time by owner: a package in node_modules, a src/ file, node internals, GC… */
  byOwner: Breakdown;
  /** Inclusive time by owner: time spent in that package or file and everything it called. */
  inclusiveByOwner: Breakdown;
  /** Inclusive time of functions defined in our code as Node loads it (src/, scripts/, config): plugins, integrations. */
  ourFunctions: Breakdown;
  /** Inclusive time of functions in the build's page chunks: our pages, layouts and src/lib compiled together with Astro's runtime. */
  pageCodeFunctions: Breakdown;
  /** Hottest functions by self time, anywhere. */
  hotSelf: Breakdown;
}

function ownerOf(frame: CallFrame, root: string): string {
  const url = frame.url.replace(/^file:\/\//, '');
  if (!url) return frame.functionName.startsWith('(') ? frame.functionName : '(native)';
  if (url.startsWith('node:')) return 'node internals';
  const nm = url.lastIndexOf('/node_modules/');
  if (nm >= 0) {
    const rest = url.slice(nm + '/node_modules/'.length).split('/');
    return rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]!;
  }
  if (/\/\.prerender\/|\/chunks\//.test(url)) return `built chunk ${url.split('/').pop()!.split('?')[0]!.replace(/_[A-Za-z0-9_-]{8}\.mjs$/, '.mjs')}`;
  if (url.startsWith(root)) return url.slice(root.length + 1).split('?')[0]!;
  return url.split('?')[0]!;
}

// Our code as loaded by Node (plugins, integrations, build script).
const isOurs = (owner: string) => /^(src|scripts)\/|^astro\.config|^site\.config/.test(owner);
// The build's page chunks: our pages, layouts and src/lib, bundled with Astro's runtime.
const isPageCode = (owner: string) => owner.startsWith('built chunk');
const top = (map: Map<string, number>, count: number): Breakdown =>
  [...map.entries()].sort((a, b) => b[1] - a[1]).slice(0, count).map(([label, us]) => ({ label, ms: Math.round(us / 1000) }));

/** Reads every .cpuprofile in `dir` and summarises them together. */
export async function summariseProfiles(dir: string, projectRoot: string): Promise<ProfileSummary> {
  const files = (await readdir(dir)).filter((file) => file.endsWith('.cpuprofile'));
  const byOwner = new Map<string, number>();
  const ours = new Map<string, number>();
  const pageCode = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const hot = new Map<string, number>();
  let total = 0;
  for (const file of files) {
    const profile = JSON.parse(await readFile(join(dir, file), 'utf8')) as CpuProfile;
    const parent = new Map<number, number>();
    for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
    const label = (node: ProfileNode) => {
      const owner = ownerOf(node.callFrame, projectRoot);
      return { owner, fn: `${node.callFrame.functionName || '(anonymous)'} (${owner}:${node.callFrame.lineNumber + 1})` };
    };
    const labels = new Map(profile.nodes.map((node) => [node.id, label(node)]));
    profile.samples.forEach((id, i) => {
      const delta = profile.timeDeltas[i] ?? 0;
      total += delta;
      const self = labels.get(id)!;
      byOwner.set(self.owner, (byOwner.get(self.owner) ?? 0) + delta);
      hot.set(self.fn, (hot.get(self.fn) ?? 0) + delta);
      const seen = new Set<string>();
      const owners = new Set<string>();
      for (let current: number | undefined = id; current !== undefined; current = parent.get(current)) {
        const entry = labels.get(current)!;
        owners.add(entry.owner);
        if ((isOurs(entry.owner) || isPageCode(entry.owner)) && !seen.has(entry.fn)) {
          seen.add(entry.fn);
          const target = isOurs(entry.owner) ? ours : pageCode;
          target.set(entry.fn, (target.get(entry.fn) ?? 0) + delta);
        }
      }
      for (const owner of owners) inclusive.set(owner, (inclusive.get(owner) ?? 0) + delta);
    });
  }
  return { files, totalMs: Math.round(total / 1000), byOwner: top(byOwner, 25), inclusiveByOwner: top(inclusive, 40), ourFunctions: top(ours, 25), pageCodeFunctions: top(pageCode, 25), hotSelf: top(hot, 25) };
}
