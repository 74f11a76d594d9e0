// The sites the benchmark builds: ours (`npm run build` of the project) and the peers under
// bench/peers/<name>/, each with its own package.json. A peer gets the same generated articles,
// converted to its format.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { parse as parseYaml } from 'yaml';
import { cacheDirFor } from '../../src/lib/cache-dir.ts';

/** The project root (where our package.json is). */
export const projectRoot = resolve(import.meta.dirname, '../..');
/** The harness's scratch folder (git-ignored). */
export const workDir = resolve(projectRoot, 'bench/.work');

/** How to build one site and where its output lands. */
export interface Site {
  /** "ours", "starlight" or "bare". */
  name: string;
  cwd: string;
  /** The exact command that is timed. */
  command: string[];
  env: Record<string, string>;
  outDir: string;
  /** Folders removed before a cold build: the build's caches and its output. */
  caches: string[];
  /** Site path of the typical article. */
  articlePath(slug: string): string;
}

export const PEER_NAMES = ['starlight', 'bare'] as const;
export type PeerName = (typeof PEER_NAMES)[number];

/** Our site, built exactly as `npm run build` with SITE_CONTENT_DIR / SITE_OUT_DIR. */
export function ourSite(contentDir: string, size: number): Site {
  const outDir = join(workDir, 'out', `ours-n${size}`);
  return {
    name: 'ours',
    cwd: projectRoot,
    command: ['npm', 'run', 'build'],
    env: { SITE_CONTENT_DIR: contentDir, SITE_OUT_DIR: outDir, SITE_REVIEW_OVERDUE: 'warn' },
    outDir,
    // Astro's cache for this content folder (node_modules/.astro/<hash>), as astro.config.mjs computes it.
    caches: [cacheDirFor(contentDir, projectRoot), outDir],
    articlePath: (slug) => `/articles/${slug}/`,
  };
}

/** A peer site under bench/peers/<name>/, built with its own `npm run build`. */
export function peerSite(name: PeerName): Site {
  const cwd = resolve(projectRoot, 'bench/peers', name);
  return {
    name,
    cwd,
    command: ['npm', 'run', 'build'],
    env: {},
    outDir: join(cwd, 'dist'),
    caches: [join(cwd, 'node_modules/.astro'), join(cwd, '.astro'), join(cwd, 'dist')],
    articlePath: (slug) => `/articles/${slug}/`,
  };
}

/** Installs a peer's dependencies on first use (`npm install` in its folder). */
export function ensurePeerInstalled(name: PeerName, log: (line: string) => void): void {
  const cwd = resolve(projectRoot, 'bench/peers', name);
  if (existsSync(join(cwd, 'node_modules/.bin/astro')) && existsSync(join(cwd, 'node_modules/.bin/node'))) return;
  log(`Installing peer "${name}" (first use): npm install in ${cwd}`);
  const result = spawnSync('npm', ['install', '--no-audit', '--no-fund'], { cwd, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`npm install failed for peer "${name}" (exit ${result.status}).`);
}

/** Where each peer keeps its articles. */
function peerContentDir(name: PeerName): string {
  return resolve(projectRoot, 'bench/peers', name, name === 'starlight' ? 'src/content/docs' : 'src/content/articles');
}

/**
 * Converts one of our articles to a peer's format: only title and description stay in the
 * frontmatter, `[@a; @b]` becomes plain "[1, 2]" (numbered per article, in order of first
 * citation), our components are dropped (their text stays), and links to our engine's own pages
 * (glossary, claims) become plain text.
 */
export function convertArticle(source: string): string {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source);
  if (!match) throw new Error('Article without frontmatter');
  const data = parseYaml(match[1]!) as { title: string; description: string };
  const numbers = new Map<string, number>();
  const body = match[2]!
    .replace(/\[(@[^\]\n]+)\]/g, (_, group: string) => {
      const keys = group.split(';').map((item) => item.trim().replace(/^@/, ''));
      return `[${keys.map((key) => numbers.get(key) ?? numbers.set(key, numbers.size + 1).get(key)!).join(', ')}]`;
    })
    .replace(/^<\/?(?:Callout|CareCard)\b[^>]*>\n?/gm, '')
    .replace(/<Term id="[^"]*">([^<]*)<\/Term>/g, '$1')
    .replace(/\[([^\]]+)\]\(\/(?:glossary|claims)\/\)/g, '$1');
  return `---\ntitle: ${JSON.stringify(data.title)}\ndescription: ${JSON.stringify(data.description)}\n---\n${body}`;
}

/** Replaces a peer's content with the converted corpus. */
export async function writePeerContent(name: PeerName, corpusContentDir: string): Promise<number> {
  const target = peerContentDir(name);
  await rm(target, { recursive: true, force: true });
  const articlesDir = name === 'starlight' ? join(target, 'articles') : target;
  await mkdir(articlesDir, { recursive: true });
  if (name === 'starlight') {
    await writeFile(join(target, 'index.mdx'), '---\ntitle: Synthetic health site\ndescription: The benchmark corpus, built with Starlight defaults.\n---\n\nThe articles are listed in the sidebar.\n');
  }
  const files = (await readdir(join(corpusContentDir, 'articles'))).filter((file) => file.endsWith('.mdx'));
  for (let i = 0; i < files.length; i += 200) {
    await Promise.all(
      files.slice(i, i + 200).map(async (file) => writeFile(join(articlesDir, file), convertArticle(await readFile(join(corpusContentDir, 'articles', file), 'utf8')))),
    );
  }
  return files.length;
}

/** Removes a site's caches and output, for a cold build. */
export async function clearCaches(site: Site): Promise<void> {
  for (const dir of site.caches) await rm(dir, { recursive: true, force: true });
}

/**
 * A short fingerprint of the engine's files (src/, scripts/, astro.config.mjs, site.config.ts,
 * package-lock.json: paths, sizes and modification times), so a report can say whether the
 * engine changed while the benchmark ran.
 */
export function engineFingerprint(): string {
  const hash = createHash('sha256');
  const visit = (path: string) => {
    if (!existsSync(path)) return;
    const info = statSync(path);
    if (info.isDirectory()) {
      for (const entry of readdirSync(path).sort()) visit(join(path, entry));
    } else {
      hash.update(`${path}\0${info.size}\0${info.mtimeMs}\n`);
    }
  };
  for (const part of ['src', 'bin', 'astro.config.mjs', 'site.config.ts', 'package-lock.json']) visit(join(projectRoot, part));
  return hash.digest('hex').slice(0, 10);
}
