import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { takeFileWarnings } from './diagnostics.ts';

/** The result of compiling one MDX file, as Astro's MDX renderer returns it. */
export interface MdxCompileResult {
  code: string;
  map?: string | null | undefined;
  astroMetadata: unknown;
}

/** The part of an Astro Markdown processor this cache wraps. */
export interface MdxProcessorLike {
  name: string;
  options: object;
  createMdxRenderer?: (shared: never, mdx: never) => Promise<{ process(content: string, filePath: string, frontmatter: Record<string, unknown>): Promise<MdxCompileResult> }>;
}

/** Options of withMdxCompileCache. */
export interface MdxCompileCacheOptions {
  /** Folder for cached results (inside Astro's cache folder). */
  dir: string;
  /** Fingerprint of everything besides the file itself that shapes the output: plugin code, data files, config, versions. */
  salt: string;
}

/**
 * Wraps a unified processor so each MDX file is compiled once per distinct input: a rebuild with
 * unchanged content reuses the compiled module (the costliest step of a build) instead of running
 * remark, rehype and recma again. The key covers the file's path, text and frontmatter, the
 * renderer options and the salt; failures are never cached, and warnings are replayed on a hit.
 */
export function withMdxCompileCache<P extends MdxProcessorLike>(processor: P, { dir, salt }: MdxCompileCacheOptions): P {
  const createMdxRenderer = processor.createMdxRenderer;
  if (!createMdxRenderer) return processor;
  const saltHash = sha256(salt).slice(0, 16);
  const root = join(dir, saltHash);
  return {
    ...processor,
    async createMdxRenderer(shared: never, mdx: never) {
      const inner = await createMdxRenderer.call(processor, shared, mdx);
      pruneOtherSalts(dir, saltHash);
      const settings = stableJson([shared, mdx]);
      return {
        async process(content: string, filePath: string, frontmatter: Record<string, unknown>) {
          // An empty file (another shard's article, as a sharded build serves it) compiles faster than a cache lookup.
          if (content === '') return inner.process(content, filePath, frontmatter);
          const key = sha256(`${settings}\0${filePath}\0${stableJson(frontmatter)}\0${content}`);
          const file = join(root, key.slice(0, 2), `${key}.json`);
          const hit = read(file);
          if (hit) {
            for (const warning of hit.warnings) console.warn(warning);
            return hit.result;
          }
          takeFileWarnings(filePath);
          const result = await inner.process(content, filePath, frontmatter);
          write(file, { result, warnings: takeFileWarnings(filePath) });
          return result;
        },
      };
    },
  };
}

/** Fingerprint of files and folders (their paths and bytes) plus extra text, for a cache salt. */
export function fingerprint(paths: readonly string[], extra = ''): string {
  const hash = createHash('sha256').update(extra);
  const visit = (path: string) => {
    if (!existsSync(path)) return hash.update(`missing:${path}`);
    if (statSync(path).isDirectory()) {
      for (const name of readdirSync(path).sort()) visit(join(path, name));
      return hash;
    }
    return hash.update(path).update(readFileSync(path));
  };
  for (const path of paths) visit(path);
  return hash.digest('hex');
}

/** Every file below a folder (paths, sorted); none when it does not exist. */
export function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

interface CacheEntry {
  result: MdxCompileResult;
  warnings: string[];
}

function read(file: string): CacheEntry | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as CacheEntry;
  } catch {
    return undefined;
  }
}

function write(file: string, entry: CacheEntry): void {
  try {
    mkdirSync(join(file, '..'), { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(entry));
    renameSync(temporary, file);
  } catch {
    // A cache that cannot be written only costs speed, never correctness.
  }
}

function pruneOtherSalts(dir: string, keep: string): void {
  try {
    for (const name of readdirSync(dir)) if (name !== keep) rmSync(join(dir, name), { recursive: true, force: true });
  } catch {
    // Nothing cached yet.
  }
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

// JSON with sorted keys and without functions (plugins), so equal settings give equal keys.
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_, item: unknown) => {
    if (typeof item === 'function') return `[function ${item.name}]`;
    if (item instanceof URL) return item.href;
    if (item && typeof item === 'object' && !Array.isArray(item) && !(item instanceof Date)) {
      return Object.fromEntries(Object.entries(item).sort(([a], [b]) => a.localeCompare(b)));
    }
    return item;
  });
}
