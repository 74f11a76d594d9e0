// Runs one command and measures its whole process tree: wall time, CPU time (user + sys) and
// peak memory, using /proc (Linux) and the shell's `times` builtin; nothing to install.
//
// - CPU: the command runs under `bash -c '…; times'`. `times` prints the user/sys time of every
//   descendant that was waited for (the kernel adds a reaped child's usage, including its own
//   reaped children, to its parent). Processes that were orphaned (re-parented away from the tree
//   before they died) are not in that sum, so their last CPU reading from /proc is added.
// - Memory: every 50 ms, the RSS of every process in the tree (same process group, or a
//   descendant) is summed; the peak of that sum is reported, plus the largest single-process peak
//   (VmHWM, exact per process).
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PAGE_SIZE = 4096;
const CLOCK_TICKS = 100;

/** What one measured run produced. */
export interface RunMeasurement {
  exitCode: number;
  wallMs: number;
  cpuMs: number;
  userMs: number;
  sysMs: number;
  /** Peak of the summed RSS of all processes of the tree, sampled every 50 ms. */
  peakRssBytes: number;
  /** Largest VmHWM (peak RSS) of any single process of the tree. */
  maxProcessHwmBytes: number;
  /** How many distinct processes were seen. */
  processes: number;
  /** The largest processes by peak RSS: command name, VmHWM and last CPU reading. */
  processPeaks: Array<{ name: string; hwmBytes: number; cpuMs: number }>;
  /** Output lines with the time (ms since start) each arrived, for phase breakdowns. */
  lines: Array<{ t: number; text: string }>;
  /** The tree's summed RSS at every sample (ms since start), for memory by phase. */
  rssSamples: Array<{ t: number; bytes: number }>;
}

interface ProcInfo {
  ppid: number;
  pgid: number;
  cpuTicks: number;
  rssPages: number;
  name: string;
}

function readStat(pid: number): ProcInfo | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'latin1');
    const close = stat.lastIndexOf(')');
    const name = stat.slice(stat.indexOf('(') + 1, close);
    const fields = stat.slice(close + 2).split(' ');
    // fields[0] is state (field 3 of stat); ppid=4, pgrp=5, utime=14, stime=15, rss=24.
    return { ppid: Number(fields[1]), pgid: Number(fields[2]), cpuTicks: Number(fields[11]) + Number(fields[12]), rssPages: Number(fields[21]), name };
  } catch {
    return undefined;
  }
}

function readHwm(pid: number): number {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'latin1'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** Runs `command` in `cwd` with extra environment and measures it. Output goes to `onLine` as it arrives. */
export function measureCommand(
  command: string[],
  options: { cwd: string; env?: Record<string, string>; onLine?: (line: string) => void; intervalMs?: number },
): Promise<RunMeasurement> {
  const scratch = mkdtempSync(join(tmpdir(), 'bench-times-'));
  const timesFile = join(scratch, 'times');
  // `times` prints two lines: the shell's own usage, then its children's; we read the second.
  const script = '"$@"; status=$?; times > "$BENCH_TIMES_FILE"; exit $status';
  const start = performance.now();
  const child = spawn('bash', ['-c', script, 'bench', ...command], {
    cwd: options.cwd,
    env: { ...process.env, ...options.env, BENCH_TIMES_FILE: timesFile, FORCE_COLOR: '0', NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const root = child.pid!;
  const tree = new Map<number, { name: string; lastCpu: number; lastPpid: number; hwm: number; orphaned: boolean; lastSeen: number }>();
  let peakRss = 0;
  let sampleCount = 0;
  const rssSamples: RunMeasurement['rssSamples'] = [];

  /** Takes one sample; returns how many processes of the tree are alive. */
  const sample = (): number => {
    sampleCount++;
    const infos = new Map<number, ProcInfo>();
    for (const entry of readdirSync('/proc')) {
      const pid = Number(entry);
      if (!Number.isInteger(pid)) continue;
      const info = readStat(pid);
      if (info) infos.set(pid, info);
    }
    const members = new Set<number>();
    for (const [pid, info] of infos) if (pid === root || info.pgid === root || tree.has(pid)) members.add(pid);
    // Descendants that moved to their own process group.
    let grew = true;
    while (grew) {
      grew = false;
      for (const [pid, info] of infos) {
        if (!members.has(pid) && members.has(info.ppid)) {
          members.add(pid);
          grew = true;
        }
      }
    }
    let rss = 0;
    for (const pid of members) {
      const info = infos.get(pid)!;
      rss += info.rssPages * PAGE_SIZE;
      const known = tree.get(pid);
      const orphaned = pid !== root && !members.has(info.ppid);
      tree.set(pid, {
        name: info.name,
        lastCpu: info.cpuTicks,
        lastPpid: info.ppid,
        hwm: Math.max(known?.hwm ?? 0, readHwm(pid)),
        orphaned: (known?.orphaned ?? false) || orphaned,
        lastSeen: sampleCount,
      });
    }
    peakRss = Math.max(peakRss, rss);
    rssSamples.push({ t: performance.now() - start, bytes: rss });
    return members.size;
  };

  const lines: RunMeasurement['lines'] = [];
  const collect = (stream: NodeJS.ReadableStream) => {
    let buffer = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      buffer += chunk;
      let newline;
      while ((newline = buffer.indexOf('\n')) >= 0) {
        const text = buffer.slice(0, newline);
        buffer = buffer.slice(newline + 1);
        lines.push({ t: performance.now() - start, text });
        options.onLine?.(text);
      }
    });
    stream.on('end', () => {
      if (buffer) lines.push({ t: performance.now() - start, text: buffer });
    });
  };
  collect(child.stdout!);
  collect(child.stderr!);
  sample();
  const timer = setInterval(sample, options.intervalMs ?? 50);

  return new Promise((resolvePromise, reject) => {
    child.on('error', reject);
    child.on('close', async (code) => {
      const wallMs = performance.now() - start;
      clearInterval(timer);
      // Processes that outlive the command (orphans) still count: follow them for up to 10 s.
      for (let waited = 0; sample() > 0 && waited < 10_000; waited += 50) await new Promise((r) => setTimeout(r, 50));
      let userMs = 0;
      let sysMs = 0;
      try {
        const [, childrenLine] = readFileSync(timesFile, 'utf8').trim().split('\n');
        const [user, sys] = (childrenLine ?? '').trim().split(/\s+/).map(parseBashTime);
        userMs = user ?? 0;
        sysMs = sys ?? 0;
      } catch {
        // The shell was killed before `times` ran: fall back to /proc readings alone.
        for (const { lastCpu } of tree.values()) userMs += (lastCpu / CLOCK_TICKS) * 1000;
      }
      rmSync(scratch, { recursive: true, force: true });
      // A process whose parent was gone before it (or was never in the tree) was not reaped inside
      // the tree, so `times` does not include it.
      let orphanMs = 0;
      for (const [pid, entry] of tree) {
        if (pid === root) continue;
        const parent = tree.get(entry.lastPpid);
        if (entry.orphaned || !parent || parent.lastSeen < entry.lastSeen) orphanMs += (entry.lastCpu / CLOCK_TICKS) * 1000;
      }
      resolvePromise({
        exitCode: code ?? 1,
        wallMs,
        cpuMs: userMs + sysMs + orphanMs,
        userMs: userMs + orphanMs,
        sysMs,
        peakRssBytes: peakRss,
        maxProcessHwmBytes: Math.max(0, ...[...tree.values()].map((entry) => entry.hwm)),
        processes: tree.size,
        processPeaks: [...tree.values()]
          .sort((a, b) => b.hwm - a.hwm)
          .slice(0, 5)
          .map((entry) => ({ name: entry.name, hwmBytes: entry.hwm, cpuMs: (entry.lastCpu / CLOCK_TICKS) * 1000 })),
        lines,
        rssSamples,
      });
    });
  });
}

/** "1m2.345s" → 62345 (ms). */
export function parseBashTime(text: string): number {
  const match = /^(\d+)m([\d.]+)s$/.exec(text);
  return match ? (Number(match[1]) * 60 + Number(match[2])) * 1000 : 0;
}
