// `evidence-site create <folder>`: a new site from the starter, depending on this engine from wherever
// it was installed (registry, tarball, git URL or folder).
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeEngineDependency, engineDependency, engineSource, type InstallRecord } from '../lib/engine-source.ts';

const packageRoot = realpathSync(fileURLToPath(new URL('../../', import.meta.url)));
// Build output and installs in the starter folder (when the engine is developed) are not part of a new site.
const SKIP = new Set(['node_modules', 'dist', '.astro', 'package-lock.json']);

const GITIGNORE = 'node_modules/\ndist/\ndist.*/\n.astro/\n';

const NPMRC_INSTALL_LINKS = `# The engine is a local folder: install a packed copy of it, as from a tarball.
# (A symlink would make the engine load its own copy of Astro next to the site's.)
install-links=true
`;

/** npm's record of how the engine was installed: the lockfile of the nearest folder whose node_modules holds it. */
function installRecord(version: string): InstallRecord {
  for (let dir = dirname(packageRoot); dir !== dirname(dir); dir = dirname(dir)) {
    if (basename(dir) !== 'node_modules') continue;
    const installRoot = dirname(dir);
    const key = relative(installRoot, packageRoot).split('\\').join('/');
    // npm keeps a hidden lockfile in node_modules (also in npx's cache); a project's own lockfile is the fallback.
    for (const lockfile of [join(dir, '.package-lock.json'), join(installRoot, 'package-lock.json')]) {
      if (!existsSync(lockfile)) continue;
      const entry = (JSON.parse(readFileSync(lockfile, 'utf8')) as { packages?: Record<string, { resolved?: string }> }).packages?.[key];
      if (entry) return { packageRoot, version, installRoot, resolved: entry.resolved };
    }
    return { packageRoot, version, installRoot };
  }
  return { packageRoot, version };
}

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
  const source = engineSource(installRecord(engine.version));
  const dependency = engineDependency(source, dir);
  manifest.dependencies[engine.name] = dependency.spec;
  writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
  if (dependency.copyTarball) {
    mkdirSync(dirname(dependency.copyTarball.to), { recursive: true });
    copyFileSync(dependency.copyTarball.from, dependency.copyTarball.to);
  }
  if (dependency.installLinks) writeFileSync(join(dir, '.npmrc'), NPMRC_INSTALL_LINKS);
  const shown = relative(process.cwd(), dir) || '.';
  console.log(`Created a new evidence site in ${shown} (engine ${engine.name}@${engine.version}, from ${describeEngineDependency(source, dependency)}).

Next:
  cd ${shown}
  npm install
  npm run dev        # write and preview at http://localhost:4321
  npm run build      # the finished site in dist/

Edit site.config.ts (title, language, colours) and the files in content/. The README in the folder says more.`);
  return 0;
}
