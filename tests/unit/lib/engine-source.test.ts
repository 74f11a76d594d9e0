import { describe, expect, it } from 'vitest';
import { engineDependency, engineSource } from '../../../src/lib/engine-source.ts';

// Records shaped as npm 11 writes them in node_modules/.package-lock.json (npx's cache included).
const npxCache = '/root/.npm/_npx/4f6b3c282c3c62cc';
const engine = `${npxCache}/node_modules/evidence-site`;

describe('the engine a new site depends on', () => {
  it('is a version range when the engine came from the registry', () => {
    const source = engineSource({ packageRoot: engine, version: '0.2.0', installRoot: npxCache, resolved: 'https://registry.npmjs.org/evidence-site/-/evidence-site-0.2.0.tgz' });
    expect(source).toEqual({ kind: 'registry', version: '0.2.0' });
    expect(engineDependency(source, '/home/ed/my-site')).toEqual({ spec: '^0.2.0', installLinks: false });
  });

  it('is a copy of the tarball inside the site when npx ran a tarball, so the site installs in CI too', () => {
    const source = engineSource({ packageRoot: engine, version: '0.2.0', installRoot: npxCache, resolved: 'file:../../../../tmp/a1-try/evidence-site-0.2.0.tgz' });
    expect(source).toEqual({ kind: 'tarball', path: '/tmp/a1-try/evidence-site-0.2.0.tgz' });
    expect(engineDependency(source, '/home/ed/my-site')).toEqual({
      spec: 'file:vendor/evidence-site-0.2.0.tgz',
      copyTarball: { from: '/tmp/a1-try/evidence-site-0.2.0.tgz', to: '/home/ed/my-site/vendor/evidence-site-0.2.0.tgz' },
      installLinks: false,
    });
  });

  it('is the pinned git URL when the engine came from git', () => {
    const url = 'git+ssh://git@github.com/charity/evidence-site.git#0123456789abcdef0123456789abcdef01234567';
    const source = engineSource({ packageRoot: engine, version: '0.2.0', installRoot: npxCache, resolved: url });
    expect(engineDependency(source, '/home/ed/my-site').spec).toBe(url);
  });

  it('is the tarball URL when the engine came from a URL other than a registry', () => {
    const url = 'https://example.test/releases/evidence-site-0.2.0.tgz';
    expect(engineDependency(engineSource({ packageRoot: engine, version: '0.2.0', installRoot: npxCache, resolved: url }), '/s').spec).toBe(url);
  });

  it('is a relative folder installed as a packed copy when the engine runs from its own folder', () => {
    const source = engineSource({ packageRoot: '/home/ed/evidence-site', version: '0.2.0' });
    expect(source).toEqual({ kind: 'folder', path: '/home/ed/evidence-site' });
    expect(engineDependency(source, '/home/ed/sites/my-site')).toEqual({ spec: 'file:../../evidence-site', installLinks: true });
  });

  it('follows a project that installed the engine from a folder', () => {
    const source = engineSource({ packageRoot: '/home/ed/site/node_modules/evidence-site', version: '0.2.0', installRoot: '/home/ed/site', resolved: 'file:../evidence-site' });
    expect(source).toEqual({ kind: 'folder', path: '/home/ed/evidence-site' });
  });

  it('falls back to the version range when npm left no record', () => {
    expect(engineSource({ packageRoot: engine, version: '1.4.0', installRoot: npxCache })).toEqual({ kind: 'registry', version: '1.4.0' });
  });
});
