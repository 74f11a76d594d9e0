// `evidence-site create <folder>`: a new site from the starter, depending on this engine version.
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const packageRoot = fileURLToPath(new URL('../../', import.meta.url));
// Build output and installs in the starter folder (when the engine is developed) are not part of a new site.
const SKIP = new Set(['node_modules', 'dist', '.astro', 'package-lock.json']);

const GITIGNORE = 'node_modules/\ndist/\ndist.*/\n.astro/\n';

/** Copies the starter into `target` (which must be new or empty); resolves to the exit code. */
export async function createCommand(argv: string[]): Promise<number> {
  const target = argv.find((arg) => !arg.startsWith('-'));
  if (!target) {
    console.error('Usage: evidence-site create <folder>   e.g. npx evidence-site create my-health-site');
    return 1;
  }
  const dir = resolve(target);
  if (existsSync(dir) && readdirSync(dir).length > 0) {
    console.error(`${target} already exists and is not empty. Choose a new folder name.`);
    return 1;
  }
  const starter = join(packageRoot, 'examples/starter');
  const engine = JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { name: string; version: string };
  cpSync(starter, dir, { recursive: true, filter: (source) => !SKIP.has(basename(source)) });
  // npm never packs a .gitignore, so the starter's is written here.
  if (!existsSync(join(dir, '.gitignore'))) writeFileSync(join(dir, '.gitignore'), GITIGNORE);
  const manifestFile = join(dir, 'package.json');
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { name: string; dependencies: Record<string, string> };
  manifest.name = basename(dir).toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '') || 'evidence-site';
  manifest.dependencies[engine.name] = `^${engine.version}`;
  writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
  const shown = relative(process.cwd(), dir) || '.';
  console.log(`Created a new evidence site in ${shown} (engine ${engine.name}@${engine.version}).

Next:
  cd ${shown}
  npm install
  npm run dev        # write and preview at http://localhost:4321
  npm run build      # the finished site in dist/

Edit site.config.ts (title, language, colours) and the files in content/. The README in the folder says more.`);
  return 0;
}
