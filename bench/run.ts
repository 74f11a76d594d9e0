// `npm run bench`: builds our site and its peers on the same synthetic corpus, measures time,
// CPU, memory, output, first view and search, and checks the budgets. See bench/README.md.
import { cpus, loadavg, totalmem } from 'node:os';
import { readFileSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ensureCorpus, DEFAULT_SEED, type CorpusManifest } from './lib/corpus.ts';
import { measureCommand, type RunMeasurement } from './lib/measure.ts';
import { buildPhases, phaseMemory, postBuildSteps } from './lib/phases.ts';
import { outputStats } from './lib/output.ts';
import { launchBrowser, measureFirstView, measureSearch, SEARCH_PASSES } from './lib/browser.ts';
import { measureTwice } from './lib/measure-twice.ts';
import { STARLIGHT_UI } from './lib/selectors.ts';
import { startStaticServer } from './lib/static-server.ts';
import { summariseProfiles } from './lib/profile.ts';
import {
  clearCaches, engineFingerprint, ensurePeerInstalled, ourSite, peerSite, projectRoot, workDir, writePeerContent, PEER_NAMES, type PeerName, type Site,
} from './lib/sites.ts';
import { evaluateBudgets, markdownReport, resultTables, summarise, type BuildRun, type Results, type SizeResult } from './lib/report.ts';

const USAGE = `Usage: npm run bench -- [options]
  --sizes 100,1000,5000   corpus sizes (articles)              default 100,1000,5000
  --peers starlight,bare  peer sites to compare ("none" for none) default starlight,bare
  --runs 3                builds per site and size, or one per size (e.g. 3,3,2)  default 3
  --quick                 smoke test: N=100, 1 run
  --search-size N         corpus size for the search benchmark  default: the largest size
  --profile [N]           also profile one extra (untimed) build of ours with node --cpu-prof
                          at size N (default: the largest size ≤ 1000)
  --peers-up-to N         build the peers only at sizes up to N  default: every size
  --warm-up-to N          our warm rebuild only at sizes up to N default: every size
  --no-browser            skip the Chromium measurements
  --seed TEXT             corpus seed                           default ${DEFAULT_SEED}`;

interface Options {
  sizes: number[];
  peers: PeerName[];
  runs: number[];
  searchSize: number;
  profileSize: number | undefined;
  browser: boolean;
  seed: string;
  quick: boolean;
  peersUpTo: number;
  warmUpTo: number;
}

function parseOptions(rawArgv: string[]): Options {
  // `--profile` takes an optional size: "--profile", "--profile 1000" or "--profile=1000".
  const argv: string[] = [];
  for (let i = 0; i < rawArgv.length; i++) {
    const arg = rawArgv[i]!;
    if (arg !== '--profile') argv.push(arg);
    else if (/^\d+$/.test(rawArgv[i + 1] ?? '')) argv.push(`--profile=${rawArgv[++i]}`);
    else argv.push('--profile=');
  }
  const { values } = parseArgs({
    args: argv,
    options: {
      sizes: { type: 'string' },
      peers: { type: 'string' },
      runs: { type: 'string' },
      quick: { type: 'boolean', default: false },
      'search-size': { type: 'string' },
      profile: { type: 'string' },
      'no-browser': { type: 'boolean', default: false },
      'peers-up-to': { type: 'string' },
      'warm-up-to': { type: 'string' },
      seed: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const numbers = (text: string, flag: string) =>
    text.split(',').map((part) => {
      const n = Number(part.trim());
      if (!Number.isInteger(n) || n < 1) throw new Error(`${flag}: "${part}" is not a positive whole number.\n${USAGE}`);
      return n;
    });
  const sizes = values.quick ? [100] : numbers(values.sizes ?? '100,1000,5000', '--sizes').sort((a, b) => a - b);
  const peerText = values.peers ?? 'starlight,bare';
  const peers = peerText === 'none' || peerText === '' ? [] : peerText.split(',').map((name) => name.trim());
  for (const peer of peers) if (!(PEER_NAMES as readonly string[]).includes(peer)) throw new Error(`--peers: unknown peer "${peer}" (known: ${PEER_NAMES.join(', ')}).`);
  const runList = values.quick ? [1] : numbers(values.runs ?? '3', '--runs');
  if (runList.length !== 1 && runList.length !== sizes.length) throw new Error('--runs: give one number, or one per size.');
  const runs = sizes.map((_, i) => runList[runList.length === 1 ? 0 : i]!);
  const searchSize = values['search-size'] ? numbers(values['search-size'], '--search-size')[0]! : Math.max(...sizes);
  if (!sizes.includes(searchSize)) throw new Error('--search-size must be one of --sizes.');
  const profileRaw = values.profile;
  const profileSize = profileRaw === undefined ? undefined : profileRaw === '' ? Math.max(...sizes.filter((n) => n <= 1000), sizes[0]!) : numbers(profileRaw, '--profile')[0]!;
  const peersUpTo = values['peers-up-to'] ? numbers(values['peers-up-to'], '--peers-up-to')[0]! : Infinity;
  const warmUpTo = values['warm-up-to'] ? numbers(values['warm-up-to'], '--warm-up-to')[0]! : Infinity;
  return { sizes, peers: peers as PeerName[], runs, searchSize, profileSize, browser: !values['no-browser'], seed: values.seed ?? DEFAULT_SEED, quick: values.quick, peersUpTo, warmUpTo };
}

const log = (line: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}`);
const fmt = (m: RunMeasurement) => `${(m.wallMs / 1000).toFixed(1)} s wall, ${(m.cpuMs / 1000).toFixed(1)} s CPU, ${(m.peakRssBytes / 2 ** 20).toFixed(0)} MiB peak RSS`;

/** Notes collected while running, written into the report. */
const notes: string[] = [];

/**
 * Runs one timed build and keeps its log. A failed build is retried once (builds of other content
 * folders running at the same time on this machine can disturb ours, see the report's notes);
 * a second failure stops the benchmark.
 */
async function timedBuild(site: Site, label: string, run: number): Promise<BuildRun> {
  for (let attempt = 1; ; attempt++) {
    const loadAverage = loadavg()[0]!;
    const engine = engineFingerprint();
    const measured = await measureCommand(site.command, { cwd: site.cwd, env: site.env });
    const logFile = join(workDir, 'logs', `${label.replace(/[^a-z0-9-]+/gi, '-')}-r${run}${attempt > 1 ? `-try${attempt}` : ''}.log`);
    await mkdir(join(workDir, 'logs'), { recursive: true });
    await writeFile(logFile, measured.lines.map((line) => `${(line.t / 1000).toFixed(3)} ${line.text}`).join('\n'));
    if (measured.exitCode !== 0) {
      const tail = measured.lines.slice(-40).map((line) => line.text).join('\n');
      if (attempt === 1) {
        log(`${label} run ${run}: build FAILED (exit ${measured.exitCode}); retrying once. Log: ${logFile}`);
        notes.push(`${label} run ${run} failed once and was retried (log: ${logFile}). Last line: ${measured.lines.at(-1)?.text ?? ''}`);
        if (label.includes('cold')) await clearCaches(site);
        continue;
      }
      throw new Error(`${label}: build failed (exit ${measured.exitCode}). Last lines:\n${tail}\nFull log: ${logFile}`);
    }
    log(`${label} run ${run}: ${fmt(measured)} (load ${loadAverage.toFixed(2)})`);
    const phases = buildPhases(measured.lines, measured.wallMs);
    return {
      run,
      wallMs: measured.wallMs,
      cpuMs: measured.cpuMs,
      peakRssBytes: measured.peakRssBytes,
      maxProcessHwmBytes: measured.maxProcessHwmBytes,
      processPeaks: measured.processPeaks,
      loadAverage,
      engine,
      phases,
      postBuild: postBuildSteps(measured.lines),
      phaseMemory: phaseMemory(phases, measured.rssSamples),
    };
  }
}

function version(path: string): string {
  try {
    return (JSON.parse(readFileSync(path, 'utf8')) as { version: string }).version;
  } catch {
    return 'not installed';
  }
}

async function profileOurBuild(contentDir: string, size: number) {
  const site = ourSite(contentDir, size);
  const dir = join(workDir, 'profiles', `n${size}`);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await clearCaches(site);
  log(`Profiling our build at N=${size} (untimed, cold): node --cpu-prof bin/evidence-site.mjs build`);
  const measured = await measureCommand([process.execPath, '--cpu-prof', `--cpu-prof-dir=${dir}`, 'bin/evidence-site.mjs', 'build'], { cwd: projectRoot, env: site.env });
  if (measured.exitCode !== 0) throw new Error(`Profiled build failed:\n${measured.lines.slice(-30).map((l) => l.text).join('\n')}`);
  return { size, ...(await summariseProfiles(dir, projectRoot)), phases: buildPhases(measured.lines, measured.wallMs) };
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const major = Number(process.versions.node.split('.')[0]);
  if (major < 22) throw new Error(`Node ${process.versions.node}: run through \`npm run bench\` (the project's Node 24).`);
  const startedAt = new Date();
  const loadAverageAtStart = loadavg()[0]!;
  const command = `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim();
  log(`Plan: sizes ${options.sizes.join(', ')}; runs ${options.runs.join(', ')}; peers ${options.peers.join(', ') || 'none'}; search at N=${options.searchSize}${options.browser ? '' : ' (browser off)'}${options.profileSize ? `; profile at N=${options.profileSize}` : ''}`);
  for (const peer of options.peers) ensurePeerInstalled(peer, log);

  const browser = options.browser ? await launchBrowser() : undefined;
  browserVersion = browser?.version();
  const sizes: SizeResult[] = [];
  let search: Results['search'];
  const searchPeers: NonNullable<Results['searchPeers']> = {};
  let profile: Results['profile'];
  const date = startedAt.toISOString().slice(0, 10);
  // A full run (sizes 100, 1000 and 5000) is the day's result; anything else gets a suffix so it never overwrites it.
  const isFull = [100, 1000, 5000].every((n) => options.sizes.includes(n));
  const name = options.quick ? `${date}-quick` : isFull ? date : `${date}-n${options.sizes.join('-')}`;
  const resultsDir = join(projectRoot, 'bench/results');
  if (options.runs.some((runs) => runs < 3)) notes.push(`Runs per size: ${options.sizes.map((n, i) => `N=${n}: ${options.runs[i]}`).join(', ')}.`);
  notes.push('CPU = user+sys of the whole process tree (bash `times` of reaped descendants + /proc readings of orphans). Peak RSS = peak of the summed RSS of the tree, sampled every 50 ms.');
  notes.push('KB = 1,000 bytes; MiB = 1,048,576 bytes. Gzip sizes are computed by the harness at level 6 from the bytes Chromium received; the static server sends files uncompressed.');

  /** Writes bench/results/<date>.md and .json from what has been measured so far. */
  const write = async (final: boolean): Promise<Results> => {
    const engines = [...new Set(sizes.flatMap((size) => Object.values(size.builds).concat(size.warm ? [size.warm] : []).flatMap((build) => build.runs.map((run) => run.engine))))];
    const engineNotes = engines.length > 1 ? [`The engine's files (src/, scripts/, config, lockfile) changed while this run was going: ${engines.length} different fingerprints (${engines.join(', ')}); see each build's "engine" in the JSON.`] : [];
    const results: Results = {
      date,
      startedAt: startedAt.toISOString(),
      finishedAt: final ? new Date().toISOString() : '(still running)',
      command,
      machine: { cpus: cpus().length, model: cpus()[0]?.model ?? 'unknown', memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.versions.node, loadAverageAtStart },
      versions: {
        astro: version(join(projectRoot, 'node_modules/astro/package.json')),
        pagefind: version(join(projectRoot, 'node_modules/pagefind/package.json')),
        '@astrojs/starlight': version(join(projectRoot, 'bench/peers/starlight/node_modules/@astrojs/starlight/package.json')),
        'astro (peers)': version(join(projectRoot, 'bench/peers/bare/node_modules/astro/package.json')),
        chromium: browserVersion ?? 'not used',
      },
      seed: options.seed,
      sizes,
      ...(search ? { search } : {}),
      ...(Object.keys(searchPeers).length > 0 ? { searchPeers } : {}),
      ...(profile ? { profile } : {}),
      budgets: evaluateBudgets(sizes, search, searchPeers),
      notes: [...notes, ...engineNotes, ...(final ? [] : ['PARTIAL: the run has not finished.'])],
    };
    await mkdir(resultsDir, { recursive: true });
    await writeFile(join(resultsDir, `${name}.json`), `${JSON.stringify(results, null, 2)}\n`);
    await writeFile(join(resultsDir, `${name}.md`), markdownReport(results));
    return results;
  };

  try {
    for (const [index, size] of options.sizes.entries()) {
      const runs = options.runs[index]!;
      const corpusDir = join(workDir, 'corpus', `n${size}`);
      const manifest: CorpusManifest = await ensureCorpus(corpusDir, size, options.seed);
      const contentDir = resolve(corpusDir, 'content');
      log(`N=${size}: corpus ready (${manifest.words.total.toLocaleString('en')} words) in ${contentDir}`);
      const peers = size <= options.peersUpTo ? options.peers : [];
      if (peers.length < options.peers.length) notes.push(`N=${size}: peers not built (--peers-up-to ${options.peersUpTo}).`);
      for (const peer of peers) await writePeerContent(peer, contentDir);
      const ours = ourSite(contentDir, size);
      const sites: Site[] = [ours, ...peers.map((peer) => peerSite(peer))];
      const withWarm = size <= options.warmUpTo;
      if (!withWarm) notes.push(`N=${size}: no warm rebuild (--warm-up-to ${options.warmUpTo}).`);
      const builds: Record<string, BuildRun[]> = Object.fromEntries(sites.map((site) => [site.name, []]));
      const warm: BuildRun[] = [];
      // Alternate sites within each run (A B C A B C …); our warm rebuild follows each cold build.
      for (let run = 1; run <= runs; run++) {
        for (const site of sites) {
          await clearCaches(site);
          builds[site.name]!.push(await timedBuild(site, `n${size}-${site.name}-cold`, run));
          if (site === ours && withWarm) warm.push(await timedBuild(site, `n${size}-ours-warm`, run));
        }
      }
      const result: SizeResult = {
        size,
        runs,
        corpus: { words: manifest.words.total, medianWords: manifest.words.median, typicalSlug: manifest.typicalSlug },
        builds: Object.fromEntries(Object.entries(builds).map(([siteName, list]) => [siteName, summarise(list)])),
        ...(warm.length > 0 ? { warm: summarise(warm) } : {}),
        output: {},
        firstView: {},
      };
      for (const site of sites) {
        result.output[site.name] = await outputStats(site.outDir);
        if (!browser) continue;
        const server = await startStaticServer(site.outDir);
        try {
          result.firstView[site.name] = await measureFirstView(browser, server, site.articlePath(manifest.typicalSlug));
          if (site === ours && size === options.searchSize) {
            log(`N=${size}: search benchmark (${manifest.queries.length} queries, ${SEARCH_PASSES} passes)…`);
            search = { size, ...(await measureSearch(browser, server, site.articlePath(manifest.typicalSlug), manifest.warmupQuery, manifest.queries.map((q) => q.query))) };
            log(`N=${size}: search p50 ${search.p50.toFixed(0)} ms, p95 ${search.p95.toFixed(0)} ms`);
          } else if (site.name === 'starlight' && size === options.searchSize) {
            log(`N=${size}: Starlight search benchmark (same queries)…`);
            const peerSearch = await measureTwice(() => measureSearch(browser!, server, site.articlePath(manifest.typicalSlug), manifest.warmupQuery, manifest.queries.map((q) => q.query), STARLIGHT_UI));
            if (peerSearch.ok) {
              searchPeers['starlight'] = { size, ...peerSearch.value };
              log(`N=${size}: Starlight search p50 ${peerSearch.value.p50.toFixed(0)} ms, p95 ${peerSearch.value.p95.toFixed(0)} ms`);
            } else {
              notes.push(`Starlight's search at N=${size} was not measured; it failed twice: ${peerSearch.error} The builds and our own search stand.`);
              log(`N=${size}: Starlight search not measured: ${peerSearch.error}`);
            }
          }
        } finally {
          await server.close();
        }
      }
      sizes.push(result);
      await write(false);
    }
  } finally {
    await browser?.close();
  }

  if (options.profileSize) {
    const contentDir = resolve(await ensureCorpusPath(options.profileSize, options.seed));
    const summary = await profileOurBuild(contentDir, options.profileSize);
    profile = summary;
    notes.push(`Profiled build phases (N=${summary.size}, with profiler overhead): ${summary.phases.map((p) => `${p.name} ${(p.ms / 1000).toFixed(1)} s`).join('; ')}.`);
  }

  const results = await write(true);
  console.log(`\n${resultTables(results)}\n`);
  const failed = results.budgets.filter((budget) => budget.pass === false).length;
  const passed = results.budgets.filter((budget) => budget.pass === true).length;
  log(`Budgets: ${passed} passed, ${failed} failed, ${results.budgets.length - passed - failed} not measured. Written bench/results/${name}.md and .json`);
}

let browserVersion: string | undefined;

async function ensureCorpusPath(size: number, seed: string): Promise<string> {
  const dir = join(workDir, 'corpus', `n${size}`);
  await ensureCorpus(dir, size, seed);
  return join(dir, 'content');
}

try {
  await main();
} catch (error) {
  console.error(`\nBenchmark failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
