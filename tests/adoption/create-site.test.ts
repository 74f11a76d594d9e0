import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot, withoutTestRunnerVariables } from '../helpers/build-site.ts';

// Another team's path from nothing to a hosted site: pack the engine, `evidence-site create`, install
// the tarball (from the npm cache, as CI has it after `npm ci`), build under a sub-path.
const FIRST_SITE_WORDS = /stretch.?mark|microderm|striae|cocoa|Stretch Mark Evidence/i;

const work = mkdtempSync(join(tmpdir(), 'evidence-adoption-'));
const siteRoot = join(work, 'charity-site');
const outDir = join(siteRoot, 'dist');
const env = { ...withoutTestRunnerVariables(process.env), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' };
let tarball = '';
let createToBuilt = 0;

function run(command: string, args: string[], cwd: string, extraEnv: Record<string, string> = {}) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...env, ...extraEnv }, maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status}):\n${result.stdout}\n${result.stderr}`.slice(-6000));
  return result.stdout;
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

beforeAll(() => {
  const packed = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', work], projectRoot)) as Array<{ filename: string }>;
  tarball = join(work, packed[0]!.filename);
  const started = performance.now();
  run(process.execPath, [join(projectRoot, 'bin/evidence-site.mjs'), 'create', siteRoot], work);
  run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', tarball], siteRoot);
  run('npm', ['run', 'build'], siteRoot, { SITE_BASE: '/charity/health/' });
  createToBuilt = (performance.now() - started) / 1000;
  console.log(`[adoption] create → installed → built: ${createToBuilt.toFixed(1)} s; tarball ${(statSync(tarball).size / 1024).toFixed(0)} KiB`);
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a new site made with `evidence-site create` and the packed engine', () => {
  it('depends on the engine version it was created from', () => {
    const manifest = JSON.parse(readFileSync(join(siteRoot, 'package.json'), 'utf8')) as { name: string; dependencies: Record<string, string> };
    expect(manifest.name).toBe('charity-site');
    expect(manifest.dependencies['evidence-site']).toMatch(/^file:|^\^\d+\.\d+\.\d+$/);
    const engine = JSON.parse(readFileSync(join(siteRoot, 'node_modules/evidence-site/package.json'), 'utf8')) as { version: string };
    const ours = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { version: string };
    expect(engine.version).toBe(ours.version);
  });

  it('builds under a sub-path with its pages, working links and a search index', () => {
    const html = files(outDir).filter((file) => file.endsWith('.html')).map((file) => relative(outDir, file));
    expect(html).toEqual(expect.arrayContaining(['index.html', 'articles/how-sure-can-we-be/index.html', 'about/index.html', 'glossary/index.html', 'claims/index.html']));
    const home = readFileSync(join(outDir, 'index.html'), 'utf8');
    expect(home).toContain('href="/charity/health/articles/how-sure-can-we-be/"');
    expect(home).toContain('<title>My Evidence Site</title>');
    expect(existsSync(join(outDir, 'pagefind/pagefind-entry.json'))).toBe(true);
    expect(readdirSync(join(outDir, 'pagefind/fragment')).length).toBeGreaterThan(0);
  });

  it('contains no text of our first site', () => {
    const leaks = files(outDir)
      .filter((file) => /\.(html|xml|txt|json|js|css)$/.test(file))
      .filter((file) => FIRST_SITE_WORDS.test(readFileSync(file, 'utf8')))
      .map((file) => relative(outDir, file));
    expect(leaks).toEqual([]);
  });

  it("passes the starter's own content checks and tests", () => {
    expect(run('npm', ['run', 'check'], siteRoot)).toContain('Content check passed.');
    expect(run('npm', ['test'], siteRoot)).toMatch(/pass 2\n\S* ?fail 0/);
  });

  it('ships the engine alone in the tarball: no content, tests, benchmark or fixtures of ours', () => {
    const listed = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).split('\n').filter(Boolean);
    expect(listed).toEqual(expect.arrayContaining(['package/src/index.ts', 'package/bin/evidence-site.mjs', 'package/examples/starter/site.config.ts']));
    expect(listed.filter((file) => /^package\/(content|tests|bench|public|scripts)\/|^package\/src\/content\.config\.ts$|^package\/site\.config\.ts$/.test(file))).toEqual([]);
  });
});
