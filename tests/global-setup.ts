import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite, projectRoot } from './helpers/build-site.ts';
import { sites, siteDir } from './helpers/sites.ts';

// Builds the shared test sites once per run, one after another (builds are CPU-bound), unless
// only unit tests were asked for. A site whose inputs have not changed since its last test
// build is reused, which keeps local reruns fast; CI starts from a clean clone and builds all.
export default async function setup(project: TestProject) {
  const selected = project.vitest.config.project ?? [];
  if (selected.length > 0 && selected.every((name) => name === 'unit' || name === 'adoption')) return;
  for (const [name, request] of Object.entries(sites)) {
    const fingerprint = inputsFingerprint(request);
    const marker = `${siteDir(name as keyof typeof sites)}.fingerprint`;
    if (existsSync(marker) && readFileSync(marker, 'utf8') === fingerprint) continue;
    const started = performance.now();
    const result = await buildSite(request);
    if (result.code !== 0) {
      throw new Error(`Building the "${name}" test site failed:\n${result.output.slice(-4000)}`);
    }
    writeFileSync(marker, fingerprint);
    console.log(`[tests] built ${name} site in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
}

function inputsFingerprint({ contentDir, base, root }: { contentDir?: string | undefined; base: string; root?: string }): string {
  const hash = createHash('sha256').update(base);
  // A site root's own folder holds its config, public files and (for fixtures) its content.
  const siteFiles = root ? [root, 'tests/fixtures'] : contentDir ? [contentDir, 'tests/fixtures/site'] : ['content', 'public', 'site.config.ts', 'astro.config.mjs', 'src/content.config.ts'];
  for (const root of ['src', 'bin', 'package-lock.json', ...siteFiles]) {
    for (const file of walk(join(projectRoot, root))) hash.update(relative(projectRoot, file)).update(readFileSync(file));
  }
  return hash.digest('hex');
}

function walk(path: string): string[] {
  if (!existsSync(path)) return [];
  if (statSync(path).isFile()) return [path];
  return readdirSync(path).sort().flatMap((name) => walk(join(path, name)));
}
