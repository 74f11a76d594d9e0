// Budgets and the results table (Markdown for bench/results/*.md and the terminal).
import type { FirstView, SearchBenchmark } from './browser.ts';
import type { OutputStats } from './output.ts';
import type { Phase } from './phases.ts';
import type { ProfileSummary } from './profile.ts';

/** One measured build. */
export interface BuildRun {
  run: number;
  wallMs: number;
  cpuMs: number;
  peakRssBytes: number;
  maxProcessHwmBytes: number;
  /** Largest processes of the tree by peak RSS. */
  processPeaks: Array<{ name: string; hwmBytes: number; cpuMs: number }>;
  loadAverage: number;
  /** Fingerprint of the engine's files (src/, scripts/, config, lockfile) when the build started. */
  engine: string;
  phases: Phase[];
  postBuild: Phase[];
  /** Peak of the tree's summed RSS within each phase. */
  phaseMemory?: Array<{ name: string; peakRssBytes: number }>;
}

/** Median of a site's builds at one size. */
export interface BuildSummary {
  runs: BuildRun[];
  wallMs: number;
  cpuMs: number;
  peakRssBytes: number;
  minWallMs: number;
  maxWallMs: number;
  phases: Phase[];
  postBuild: Phase[];
}

/** Everything measured at one corpus size. */
export interface SizeResult {
  size: number;
  runs: number;
  corpus: { words: number; medianWords: number; typicalSlug: string };
  builds: Record<string, BuildSummary>;
  /** Our second build with caches kept, right after each cold build. */
  warm?: BuildSummary;
  output: Record<string, OutputStats>;
  firstView: Record<string, FirstView>;
}

/** The whole run, as written to bench/results/<date>.json. */
export interface Results {
  date: string;
  startedAt: string;
  finishedAt: string;
  command: string;
  machine: { cpus: number; model: string; memoryGiB: number; node: string; loadAverageAtStart: number };
  versions: Record<string, string>;
  seed: string;
  sizes: SizeResult[];
  search?: SearchBenchmark & { size: number };
  /** The same search measurement on peer sites of the same size (Starlight). */
  searchPeers?: Record<string, SearchBenchmark & { size: number }>;
  profile?: ProfileSummary & { size: number };
  budgets: Budget[];
  notes: string[];
}

/** One budget line. `pass` is null when the run did not measure what it needs. */
export interface Budget {
  label: string;
  value: string;
  limit: string;
  pass: boolean | null;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** Medians of a site's runs at one size (phases by name). */
export function summarise(runs: BuildRun[]): BuildSummary {
  const phaseNames = [...new Set(runs.flatMap((run) => run.phases.map((phase) => phase.name)))];
  const postNames = [...new Set(runs.flatMap((run) => run.postBuild.map((phase) => phase.name)))];
  const phaseMedian = (names: string[], pick: (run: BuildRun) => Phase[]) =>
    names.map((name) => ({ name, ms: median(runs.map((run) => pick(run).find((phase) => phase.name === name)?.ms ?? 0)) }));
  return {
    runs,
    wallMs: median(runs.map((run) => run.wallMs)),
    cpuMs: median(runs.map((run) => run.cpuMs)),
    peakRssBytes: median(runs.map((run) => run.peakRssBytes)),
    minWallMs: Math.min(...runs.map((run) => run.wallMs)),
    maxWallMs: Math.max(...runs.map((run) => run.wallMs)),
    phases: phaseMedian(phaseNames, (run) => run.phases),
    postBuild: phaseMedian(postNames, (run) => run.postBuild),
  };
}

/** Budget limits (see the issue). 1 KB = 1,000 bytes. */
export const LIMITS = {
  vsStarlight: 0.5,
  vsBare: 1.15,
  scaling: 5.5,
  firstViewGzipBytes: 15_000,
  /** "No larger at N=5000 than at N=100", allowing 1% for neighbour titles of different length. */
  firstViewGrowthTolerance: 0.01,
  searchP50: 50,
  searchP95: 150,
  warmVsCold: 0.6,
  /** Our peak memory at N=5000 as a share of Starlight's. */
  peakVsStarlight: 0.6,
  /** Our peak memory at N=10000: the 7 GB of a common static host's or CI runner's build machine. */
  peakBytesAt10000: 7e9,
  /** The warm-rebuild budget applies from this size up. */
  warmFromSize: 1000,
} as const;

const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
const x = (ratio: number) => `${ratio.toFixed(2)}×`;

/** Checks every budget the run has data for. */
export function evaluateBudgets(sizes: SizeResult[], search: Results['search'], searchPeers: Results['searchPeers'] = {}): Budget[] {
  const at = (n: number) => sizes.find((size) => size.size === n);
  const budgets: Budget[] = [];
  const ratioBudget = (label: string, n: number, peer: string, limit: number) => {
    const size = at(n);
    const ours = size?.builds['ours'];
    const other = size?.builds[peer];
    if (!ours || !other) {
      budgets.push({ label, value: 'not measured', limit: `≤ ${x(limit)}`, pass: null });
      return;
    }
    const ratio = ours.wallMs / other.wallMs;
    budgets.push({ label, value: `${x(ratio)} (${s(ours.wallMs)} vs ${s(other.wallMs)})`, limit: `≤ ${x(limit)}`, pass: ratio <= limit });
  };
  ratioBudget('Build N=5000 vs Starlight', 5000, 'starlight', LIMITS.vsStarlight);
  ratioBudget('Build N=1000 vs bare', 1000, 'bare', LIMITS.vsBare);
  ratioBudget('Build N=5000 vs bare', 5000, 'bare', LIMITS.vsBare);

  const big = at(5000)?.builds['ours'];
  const mid = at(1000)?.builds['ours'];
  budgets.push(
    big && mid
      ? { label: 'Build scaling N=5000 / N=1000 (ours)', value: `${x(big.wallMs / mid.wallMs)} (${s(big.wallMs)} / ${s(mid.wallMs)})`, limit: `≤ ${LIMITS.scaling}`, pass: big.wallMs / mid.wallMs <= LIMITS.scaling }
      : { label: 'Build scaling N=5000 / N=1000 (ours)', value: 'not measured', limit: `≤ ${LIMITS.scaling}`, pass: null },
  );

  for (const size of sizes) {
    const ours = size.builds['ours'];
    const starlight = size.builds['starlight'];
    const limit = size.size === 5000 ? LIMITS.peakVsStarlight : 1;
    const label = `Peak memory N=${size.size}: ours ${limit === 1 ? '< Starlight' : `≤ ${x(limit)} Starlight`}`;
    budgets.push(
      ours && starlight
        ? { label, value: `${x(ours.peakRssBytes / starlight.peakRssBytes)} (${mb(ours.peakRssBytes)} vs ${mb(starlight.peakRssBytes)})`, limit: limit === 1 ? '< Starlight' : `≤ ${x(limit)}`, pass: limit === 1 ? ours.peakRssBytes < starlight.peakRssBytes : ours.peakRssBytes <= limit * starlight.peakRssBytes }
        : { label, value: 'not measured', limit: limit === 1 ? '< Starlight' : `≤ ${x(limit)}`, pass: null },
    );
  }
  const largest = sizes.find((size) => size.size === 10000)?.builds['ours'];
  budgets.push(
    largest
      ? { label: 'Peak memory N=10000 (ours)', value: `${(largest.peakRssBytes / 1e9).toFixed(2)} GB (${mb(largest.peakRssBytes)})`, limit: `≤ ${LIMITS.peakBytesAt10000 / 1e9} GB`, pass: largest.peakRssBytes <= LIMITS.peakBytesAt10000 }
      : { label: 'Peak memory N=10000 (ours)', value: 'not measured', limit: `≤ ${LIMITS.peakBytesAt10000 / 1e9} GB`, pass: null },
  );

  for (const size of sizes) {
    const view = size.firstView['ours'];
    budgets.push(
      view
        ? { label: `Article first view N=${size.size} (HTML+CSS+JS, gzip)`, value: `${kb(view.total.gzip)} (${kb(view.total.raw)} raw)`, limit: `≤ ${kb(LIMITS.firstViewGzipBytes)}`, pass: view.total.gzip <= LIMITS.firstViewGzipBytes }
        : { label: `Article first view N=${size.size} (HTML+CSS+JS, gzip)`, value: 'not measured', limit: `≤ ${kb(LIMITS.firstViewGzipBytes)}`, pass: null },
    );
  }
  const small = at(100)?.firstView['ours'];
  const large = at(5000)?.firstView['ours'];
  budgets.push(
    small && large
      ? {
          label: 'Article first view N=5000 no larger than N=100',
          value: `${kb(large.total.gzip)} vs ${kb(small.total.gzip)} (${large.total.gzip - small.total.gzip >= 0 ? '+' : ''}${large.total.gzip - small.total.gzip} B)`,
          limit: '≤ N=100 (+1%)',
          pass: large.total.gzip <= small.total.gzip * (1 + LIMITS.firstViewGrowthTolerance),
        }
      : { label: 'Article first view N=5000 no larger than N=100', value: 'not measured', limit: '≤ N=100 (+1%)', pass: null },
  );

  const scriptCounts = sizes.flatMap((size) => (size.firstView['ours'] ? [size.firstView['ours'].scriptRequests] : []));
  if (search) scriptCounts.push(search.scriptRequestsBeforeOpen);
  budgets.push(
    scriptCounts.length
      ? { label: 'Script requests before search is opened (every N)', value: String(Math.max(...scriptCounts)), limit: '0', pass: Math.max(...scriptCounts) === 0 }
      : { label: 'Script requests before search is opened (every N)', value: 'not measured', limit: '0', pass: null },
  );

  const searchLabel = search ? ` (N=${search.size})` : '';
  const searchIsFull = search ? search.size >= 5000 : false;
  budgets.push(
    search
      ? { label: `Search p50, last keystroke → results${searchLabel}`, value: `${search.p50.toFixed(0)} ms`, limit: `≤ ${LIMITS.searchP50} ms`, pass: searchIsFull ? search.p50 <= LIMITS.searchP50 : null }
      : { label: 'Search p50, last keystroke → results', value: 'not measured', limit: `≤ ${LIMITS.searchP50} ms`, pass: null },
    search
      ? { label: `Search p95, last keystroke → results${searchLabel}`, value: `${search.p95.toFixed(0)} ms`, limit: `≤ ${LIMITS.searchP95} ms`, pass: searchIsFull ? search.p95 <= LIMITS.searchP95 : null }
      : { label: 'Search p95, last keystroke → results', value: 'not measured', limit: `≤ ${LIMITS.searchP95} ms`, pass: null },
  );

  const starlight = searchPeers['starlight'];
  if (search) {
    const value = starlight ? `${x(search.p50 / starlight.p50)} / ${x(search.p95 / starlight.p95)} (Starlight ${starlight.p50.toFixed(0)} / ${starlight.p95.toFixed(0)} ms)` : 'not measured';
    budgets.push({ label: `Search p50 / p95 vs Starlight (N=${search.size}), ours ÷ Starlight`, value, limit: 'reported', pass: null });
  }

  for (const size of sizes) {
    const cold = size.builds['ours'];
    const warm = size.warm;
    // Below N=1000 a fixed start-up of ~2 s dominates and the ratio says nothing about caching.
    const judged = size.size >= LIMITS.warmFromSize;
    budgets.push(
      cold && warm
        ? { label: `Warm rebuild N=${size.size} vs cold${judged ? '' : ' (reported, no verdict below N=1000)'}`, value: `${x(warm.wallMs / cold.wallMs)} (${s(warm.wallMs)} vs ${s(cold.wallMs)})`, limit: `≤ ${x(LIMITS.warmVsCold)}`, pass: judged ? warm.wallMs / cold.wallMs <= LIMITS.warmVsCold : null }
        : { label: `Warm rebuild N=${size.size} vs cold`, value: 'not measured', limit: `≤ ${x(LIMITS.warmVsCold)}`, pass: null },
    );
  }
  return budgets;
}

const status = (pass: boolean | null) => (pass === null ? 'n/a' : pass ? 'PASS' : 'FAIL');

function table(header: string[], rows: string[][]): string {
  return [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
}

/** The tables (Markdown, also readable in a terminal). */
export function resultTables(results: Results): string {
  const parts: string[] = [];
  const sites = [...new Set(results.sizes.flatMap((size) => Object.keys(size.builds)))];
  parts.push('### Build (cold: caches and output removed before each build; median of runs, alternated A B A B…)');
  parts.push(
    table(
      ['N', 'site', 'runs', 'wall (median)', 'wall min–max', 'CPU user+sys', 'peak RSS (tree)', 'ours ÷ site (wall)'],
      results.sizes.flatMap((size) =>
        sites.flatMap((site) => {
          const build = size.builds[site];
          if (!build) return [];
          const ours = size.builds['ours'];
          return [[String(size.size), site, String(build.runs.length), s(build.wallMs), `${s(build.minWallMs)}–${s(build.maxWallMs)}`, s(build.cpuMs), mb(build.peakRssBytes), site === 'ours' || !ours ? '' : x(ours.wallMs / build.wallMs)]];
        }),
      ),
    ),
  );
  parts.push('### Warm rebuild (ours: second build of the unchanged corpus, caches kept)');
  parts.push(
    table(
      ['N', 'cold (median)', 'warm (median)', 'warm ÷ cold', 'warm CPU', 'warm peak RSS'],
      results.sizes.flatMap((size) => {
        const cold = size.builds['ours'];
        const warm = size.warm;
        return cold && warm ? [[String(size.size), s(cold.wallMs), s(warm.wallMs), x(warm.wallMs / cold.wallMs), s(warm.cpuMs), mb(warm.peakRssBytes)]] : [];
      }),
    ),
  );
  parts.push('### Where the build time goes (median per phase, from log-line arrival times)');
  parts.push(
    table(
      ['N', 'site', 'phases (s)', 'build:done hooks (s)'],
      results.sizes.flatMap((size) =>
        sites.flatMap((site) => {
          const rows: string[][] = [];
          const build = size.builds[site];
          if (build) rows.push([String(size.size), `${site} cold`, build.phases.map((p) => `${p.name} ${(p.ms / 1000).toFixed(1)}`).join('; '), build.postBuild.map((p) => `${p.name} ${(p.ms / 1000).toFixed(1)}`).join('; ')]);
          if (site === 'ours' && size.warm) rows.push([String(size.size), 'ours warm', size.warm.phases.map((p) => `${p.name} ${(p.ms / 1000).toFixed(1)}`).join('; '), size.warm.postBuild.map((p) => `${p.name} ${(p.ms / 1000).toFixed(1)}`).join('; ')]);
          return rows;
        }),
      ),
    ),
  );
  parts.push('### Peak memory by process (median run; tree peak is the sum of processes alive at the same moment)');
  parts.push(
    table(
      ['N', 'site', 'tree peak', 'largest processes (peak RSS each)'],
      results.sizes.flatMap((size) =>
        sites.flatMap((site) => {
          const build = size.builds[site];
          if (!build?.runs[0]?.processPeaks) return [];
          const run = [...build.runs].sort((a, b) => a.peakRssBytes - b.peakRssBytes)[Math.floor(build.runs.length / 2)]!;
          return [[String(size.size), site, mb(run.peakRssBytes), run.processPeaks.slice(0, 3).map((p) => `${p.name} ${mb(p.hwmBytes)}`).join(', ')]];
        }),
      ),
    ),
  );
  parts.push('### Peak memory by phase (median run; summed RSS of the tree within each phase)');
  parts.push(
    table(
      ['N', 'site', 'peak RSS per phase'],
      results.sizes.flatMap((size) =>
        sites.flatMap((site) => {
          const build = size.builds[site];
          if (!build?.runs[0]?.phaseMemory) return [];
          const run = [...build.runs].sort((a, b) => a.peakRssBytes - b.peakRssBytes)[Math.floor(build.runs.length / 2)]!;
          return [[String(size.size), site, run.phaseMemory!.map((phase) => `${phase.name} ${mb(phase.peakRssBytes)}`).join('; ')]];
        }),
      ),
    ),
  );
  parts.push('### Output and first view of a typical article (Chromium, empty cache; gzip level 6 computed by the harness)');
  parts.push(
    table(
      ['N', 'site', 'pages', 'dist', 'Pagefind (index only)', 'median article HTML (gzip)', 'first view HTML+CSS+JS raw', 'gzip', 'script requests'],
      results.sizes.flatMap((size) =>
        sites.flatMap((site) => {
          const out = size.output[site];
          const view = size.firstView[site];
          if (!out) return [];
          return [[
            String(size.size), site, String(out.pages), mb(out.distBytes), `${mb(out.pagefindBytes)} (${mb(out.pagefindIndexBytes)})`, kb(out.articleHtmlMedian.gzip),
            view ? `${kb(view.total.raw)} (HTML ${kb(view.html.raw)}, CSS ${kb(view.css.raw)}, JS ${kb(view.js.raw)})` : '–',
            view ? kb(view.total.gzip) : '–',
            view ? String(view.scriptRequests) : '–',
          ]];
        }),
      ),
    ),
  );
  const searches = [results.search, ...Object.values(results.searchPeers ?? {})].filter((search): search is NonNullable<Results['search']> => Boolean(search));
  if (searches.length > 0) {
    const passes = searches[0]!.passes?.length ?? 1;
    parts.push(`### Search (N=${searches[0]!.size}; ${searches[0]!.queries.length} queries typed at 40 ms per key after a warm-up query; last keystroke → first result of that query rendered; ${passes === 1 ? 'one pass' : `each query's median over ${passes} passes, each in a fresh browser context`})`);
    parts.push(
      table(
        ['site', 'debounce', 'p50', 'p95', 'max', 'each pass p50 / p95', 'bytes per query (median / p95)', 'opening search fetched'],
        searches.map((search) => [
          search.site,
          search.debounce,
          `${search.p50.toFixed(0)} ms`,
          `${search.p95.toFixed(0)} ms`,
          `${Math.max(...search.queries.map((q) => q.ms)).toFixed(0)} ms`,
          (search.passes ?? []).map((pass) => `${pass.p50.toFixed(0)} / ${pass.p95.toFixed(0)}`).join(', ') || '—',
          `${kb(search.medianBytes)} / ${kb(percentileOf(search.queries.map((q) => q.bytes), 0.95))}`,
          kb(search.openBytes),
        ]),
      ),
    );
    for (const search of searches) parts.push(`${search.site}: the warm-up query "${search.warmup.query}" took ${search.warmup.ms.toFixed(0)} ms and fetched ${kb(search.warmup.bytes)}.`);
  }
  parts.push('### Budgets');
  parts.push(table(['budget', 'measured', 'limit', 'result'], results.budgets.map((b) => [b.label, b.value, b.limit, status(b.pass)])));
  return parts.join('\n\n');
}

function percentileOf(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] ?? 0;
}

/** The full Markdown report. */
export function markdownReport(results: Results): string {
  const lines = [
    `# Benchmark results, ${results.date}`,
    '',
    `Command: \`${results.command}\`  `,
    `Machine: ${results.machine.cpus} × ${results.machine.model}, ${results.machine.memoryGiB} GiB, Node ${results.machine.node}; load average at start ${results.machine.loadAverageAtStart.toFixed(2)}  `,
    `Versions: ${Object.entries(results.versions).map(([name, version]) => `${name} ${version}`).join(', ')}  `,
    `Corpus seed: \`${results.seed}\`; ${results.sizes.map((size) => `N=${size.size}: ${size.corpus.words.toLocaleString('en')} words (median ${size.corpus.medianWords}/article)`).join('; ')}  `,
    `Started ${results.startedAt}, finished ${results.finishedAt}.`,
    '',
    resultTables(results),
  ];
  if (results.notes.length) lines.push('', '### Notes', '', ...results.notes.map((note) => `- ${note}`));
  if (results.profile) {
    const p = results.profile;
    lines.push('', `### CPU profile of our build (N=${p.size}, one extra untimed build with \`node --cpu-prof\`; ${(p.totalMs / 1000).toFixed(1)} s sampled in ${p.files.length} profile(s))`, '');
    lines.push(table(['self time by owner', 'ms'], p.byOwner.slice(0, 15).map((row) => [row.label, String(row.ms)])));
    lines.push('', table(['inclusive time by owner (it and all it called)', 'ms'], p.inclusiveByOwner.slice(0, 30).map((row) => [row.label, String(row.ms)])));
    lines.push('', table(['our plugins and integrations (src/, scripts/), inclusive time', 'ms'], p.ourFunctions.slice(0, 20).map((row) => [row.label, String(row.ms)])));
    lines.push('', table(['page code (our pages/layouts/lib bundled with Astro runtime), inclusive time', 'ms'], p.pageCodeFunctions.slice(0, 20).map((row) => [row.label, String(row.ms)])));
    lines.push('', table(['hottest functions, self time', 'ms'], p.hotSelf.slice(0, 15).map((row) => [row.label, String(row.ms)])));
  }
  return `${lines.join('\n')}\n`;
}
