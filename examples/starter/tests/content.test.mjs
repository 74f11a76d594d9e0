// This site's own tests: its content passes every check, and the built site has what readers need.
// They test whatever is in content/, so they keep working as you replace the example article.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import assert from 'node:assert/strict';

const root = join(import.meta.dirname, '..');
const bin = join(dirname(createRequire(import.meta.url).resolve('evidence-site/package.json')), 'bin/evidence-site.mjs');
const run = (args, env = {}) => spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, ...env } });
const articleSlugs = readdirSync(join(root, 'content/articles'))
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => name.replace(/\.mdx$/, '').normalize('NFC').toLowerCase());

test('every content check passes: schema, citations, glossary, reading grade, reviews, bibliography', () => {
  const result = run(['check']);
  assert.equal(result.status, 0, result.stdout + result.stderr);
  assert.match(result.stdout, /Content check passed\./);
});

test('the built site has a page for every article, a search index, and no broken link', () => {
  const outDir = join(mkdtempSync(join(tmpdir(), 'site-test-')), 'dist');
  const result = run(['build'], { SITE_OUT_DIR: outDir });
  assert.equal(result.status, 0, result.stdout + result.stderr);
  assert.match(result.stdout, /none broken/);
  for (const slug of articleSlugs) {
    const file = join(outDir, 'articles', slug, 'index.html');
    if (!existsSync(file)) continue; // drafts are not published
    const html = readFileSync(file, 'utf8');
    assert.match(html, /<h1[^>]*>/, `${slug} has a title`);
    assert.match(html, /class="references/, `${slug} lists its sources`);
  }
  assert.ok(existsSync(join(outDir, 'pagefind', 'pagefind-entry.json')), 'the search index was written');
});
