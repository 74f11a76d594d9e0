// Where the running engine was installed from, so that a new site depends on the same thing:
// before the package is on a registry, `^0.2.0` would not install anywhere.
import { basename, isAbsolute, relative, resolve } from 'node:path';

/** How npm got the engine that is running: the four ways `npx <spec>` or `npm install <spec>` can. */
export type EngineSource =
  | { kind: 'registry'; version: string }
  | { kind: 'tarball'; path: string }
  | { kind: 'url'; url: string }
  | { kind: 'git'; url: string }
  | { kind: 'folder'; path: string };

/** What a new site's package.json and folder need so `npm install` finds the engine again. */
export interface EngineDependency {
  /** The version range, path or URL written under `dependencies["evidence-site"]`. */
  spec: string;
  /** A tarball to copy into the site (at `spec`'s path), so the site installs on any machine and in CI. */
  copyTarball?: { from: string; to: string };
  /** A folder dependency is installed as a packed copy (npm's `install-links`), like a tarball: a symlink would load a second Astro. */
  installLinks: boolean;
}

/** Inputs read from disk by the command line: the engine's real folder and npm's record of its install. */
export interface InstallRecord {
  /** The engine's folder after symlinks are resolved. */
  packageRoot: string;
  /** The engine's version (its package.json). */
  version: string;
  /** The project or npx cache folder whose node_modules holds the engine; absent when the engine runs from its own folder. */
  installRoot?: string | undefined;
  /** The `resolved` field of the engine's entry in that folder's lockfile, if there is one. */
  resolved?: string | undefined;
}

const REGISTRY_TARBALL = /^https?:\/\/[^/]+\/(?:@[^/]+\/)?[^/]+\/-\/[^/]+\.tgz$/;

/** Classifies the engine's install from npm's lockfile record (npm writes `file:` paths relative to the install root). */
export function engineSource({ packageRoot, version, installRoot, resolved }: InstallRecord): EngineSource {
  if (!installRoot) return { kind: 'folder', path: packageRoot };
  if (!resolved) return { kind: 'registry', version };
  if (/^(git\+|git:|github:|gitlab:|bitbucket:)/.test(resolved)) return { kind: 'git', url: resolved };
  if (REGISTRY_TARBALL.test(resolved)) return { kind: 'registry', version };
  if (/^https?:\/\//.test(resolved)) return { kind: 'url', url: resolved };
  const local = resolved.replace(/^file:/, '');
  const path = isAbsolute(local) ? local : resolve(installRoot, local);
  return /\.(tgz|tar\.gz|tar)$/.test(path) ? { kind: 'tarball', path } : { kind: 'folder', path };
}

/** The dependency a new site in `siteDir` gets for an engine installed from `source`. */
export function engineDependency(source: EngineSource, siteDir: string): EngineDependency {
  switch (source.kind) {
    case 'registry':
      return { spec: `^${source.version}`, installLinks: false };
    case 'url':
    case 'git':
      return { spec: source.url, installLinks: false };
    case 'tarball': {
      const inSite = `vendor/${basename(source.path)}`;
      return { spec: `file:${inSite}`, copyTarball: { from: source.path, to: resolve(siteDir, inSite) }, installLinks: false };
    }
    case 'folder':
      return { spec: `file:${relative(siteDir, source.path).split('\\').join('/') || '.'}`, installLinks: true };
  }
}

/** One line for the person running `create`: where the new site's engine will come from. */
export function describeEngineDependency(source: EngineSource, dependency: EngineDependency): string {
  switch (source.kind) {
    case 'registry':
      return `the registry, version ${dependency.spec}`;
    case 'tarball':
      return `the tarball ${basename(source.path)}, copied into ${dependency.spec.replace(/^file:/, '')} (commit it with the site)`;
    case 'url':
      return `the tarball at ${source.url}`;
    case 'git':
      return `the git repository ${source.url}`;
    case 'folder':
      return `the folder ${dependency.spec.replace(/^file:/, '')} (installed as a copy; run npm install again after changing it)`;
  }
}
