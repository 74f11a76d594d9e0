import { mkdtempSync, readFileSync, rmSync, symlinkSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/build-site.ts';
import { readmeStartCommands, run } from '../helpers/new-site.ts';

// The README's other start: from a copy of this repository next to the new site
// (`npx ../evidence-site create my-site`), then the same install and build under a sub-path.
const work = mkdtempSync(join(tmpdir(), 'evidence-adoption-folder-'));
const sites = join(work, 'sites');
const siteRoot = join(sites, 'my-site');
let output = '';

beforeAll(() => {
  symlinkSync(projectRoot, join(work, 'evidence-site'), 'dir');
  mkdirSync(sites);
  const [, ...rest] = readmeStartCommands();
  output = run('bash', ['-euo', 'pipefail', '-c', ['npx ../evidence-site create my-site', ...rest].join('\n')], sites, { SITE_BASE: '/team/site/' });
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a new site created from a folder holding the engine', () => {
  it('depends on that folder, installed as a packed copy rather than a link', () => {
    const manifest = JSON.parse(readFileSync(join(siteRoot, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    expect(manifest.dependencies['evidence-site']).toMatch(/^file:(\.\.\/)+/);
    expect(readFileSync(join(siteRoot, '.npmrc'), 'utf8')).toContain('install-links=true');
    expect(output).toMatch(/from the folder \S+ \(installed as a copy/);
    const installed = join(siteRoot, 'node_modules/evidence-site');
    expect(readFileSync(join(installed, 'package.json'), 'utf8')).toBe(readFileSync(join(projectRoot, 'package.json'), 'utf8'));
    expect(run('node', ['-e', 'process.stdout.write(String(require("fs").lstatSync(process.argv[1]).isSymbolicLink()))', installed], siteRoot)).toBe('false');
  });

  it('builds under a sub-path', () => {
    const home = readFileSync(join(siteRoot, 'dist/index.html'), 'utf8');
    expect(home).toContain('href="/team/site/articles/how-sure-can-we-be/"');
  });
});
