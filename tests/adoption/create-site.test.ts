import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/build-site.ts';
import { FIRST_SITE_WORDS, files, newTeamEnv, readmeStartCommands, run } from '../helpers/new-site.ts';

// Another team's path from nothing to a hosted site, by the README's "Start a new site" to the letter:
// `npm pack` in the repository, then the README's commands in the folder holding the tarball,
// building under a sub-path.
const work = mkdtempSync(join(tmpdir(), 'evidence-adoption-'));
const siteRoot = join(work, 'my-site');
const outDir = join(siteRoot, 'dist');
const ours = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { version: string };
let tarball = '';
let output = '';

beforeAll(() => {
  const packed = JSON.parse(run('npm', ['pack', '--json', '--silent', '--pack-destination', work], projectRoot)) as Array<{ filename: string }>;
  tarball = join(work, packed[0]!.filename);
  const started = performance.now();
  output = run('bash', ['-euo', 'pipefail', '-c', readmeStartCommands().join('\n')], work, { SITE_BASE: '/charity/health/' });
  console.log(`[adoption] README commands (create → install → build): ${((performance.now() - started) / 1000).toFixed(1)} s; tarball ${(statSync(tarball).size / 1024).toFixed(0)} KiB`);
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("the README's “Start a new site” commands, run with the packed engine", () => {
  it('name the tarball that `npm pack` writes', () => {
    expect(readmeStartCommands()[0]).toBe(`npx ./evidence-site-${ours.version}.tgz create my-site`);
  });

  it('make a site that depends on a copy of the tarball inside it, so it installs anywhere', () => {
    const manifest = JSON.parse(readFileSync(join(siteRoot, 'package.json'), 'utf8')) as { name: string; dependencies: Record<string, string> };
    expect(manifest.name).toBe('my-site');
    expect(manifest.dependencies['evidence-site']).toBe(`file:vendor/evidence-site-${ours.version}.tgz`);
    expect(readFileSync(join(siteRoot, `vendor/evidence-site-${ours.version}.tgz`))).toEqual(readFileSync(tarball));
    expect(output).toContain(`from the tarball evidence-site-${ours.version}.tgz, copied into vendor/`);
    const engine = JSON.parse(readFileSync(join(siteRoot, 'node_modules/evidence-site/package.json'), 'utf8')) as { version: string };
    expect(engine.version).toBe(ours.version);
  });

  it('build it under a sub-path with its pages, working links and a search index', () => {
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

  it("starts `npm run dev` without Astro's usage-data notice, on a machine that has never run Astro", async () => {
    // A fresh home has no record of the notice having been shown, so Astro would show it now; CI would hide it.
    const home = join(work, 'home');
    mkdirSync(home);
    const env = newTeamEnv();
    delete env['CI'];
    delete env['ASTRO_TELEMETRY_DISABLED'];
    const child = spawn('npm', ['run', 'dev', '--', '--port', '4391', '--host', '127.0.0.1'], {
      cwd: siteRoot,
      env: { ...env, HOME: home, XDG_CONFIG_HOME: join(home, '.config') },
      detached: true,
    });
    let output = '';
    await new Promise<void>((ready, fail) => {
      const timer = setTimeout(() => fail(new Error(`npm run dev did not start:\n${output}`)), 120_000);
      const listen = (chunk: Buffer) => {
        output += chunk;
        if (output.includes('127.0.0.1:4391')) {
          clearTimeout(timer);
          ready();
        }
      };
      child.stdout.on('data', listen);
      child.stderr.on('data', listen);
    });
    process.kill(-child.pid!, 'SIGINT');
    expect(output).toContain('ready in');
    expect(output).not.toMatch(/anonymous usage data|telemetry/i);
  });

  it('ships the engine alone in the tarball: no content, tests, benchmark or fixtures of ours', () => {
    const listed = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).split('\n').filter(Boolean);
    expect(listed).toEqual(expect.arrayContaining(['package/src/index.ts', 'package/bin/evidence-site.mjs', 'package/examples/starter/site.config.ts', 'package/LICENSE']));
    expect(listed.filter((file) => /^package\/(content|tests|bench|public|scripts)\/|^package\/src\/content\.config\.ts$|^package\/site\.config\.ts$/.test(file))).toEqual([]);
  });
});
