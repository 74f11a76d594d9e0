import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fingerprint, withMdxCompileCache, type MdxProcessorLike } from '../../../src/lib/mdx-compile-cache.ts';
import { warnAboutFile } from '../../../src/lib/diagnostics.ts';

function fakeProcessor(compile: (content: string, path: string) => string) {
  const calls: string[] = [];
  const options = { remarkPlugins: [] };
  const processor = {
    name: 'unified',
    options,
    createMdxRenderer: async () => ({
      async process(content: string, filePath: string) {
        calls.push(content);
        return { code: compile(content, filePath), map: null, astroMetadata: { propagation: 'none' } };
      },
    }),
  } as unknown as MdxProcessorLike;
  return { processor, calls, options };
}

const renderer = async (processor: MdxProcessorLike) => (await processor.createMdxRenderer!({} as never, { optimize: false } as never))!;

afterEach(() => vi.restoreAllMocks());

describe('withMdxCompileCache', () => {
  it('compiles a file once and reuses the result while nothing changes, across builds', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mdx-cache-'));
    const first = fakeProcessor((content) => `compiled:${content}`);
    const cached = withMdxCompileCache(first.processor, { dir, salt: 'v1' });
    expect(cached.name).toBe('unified');
    expect(cached.options).toBe(first.options);
    const build1 = await renderer(cached);
    expect(await build1.process('# A', '/c/a.mdx', { title: 'A' })).toEqual({ code: 'compiled:# A', map: null, astroMetadata: { propagation: 'none' } });
    const second = fakeProcessor(() => 'should not run');
    const build2 = await renderer(withMdxCompileCache(second.processor, { dir, salt: 'v1' }));
    expect((await build2.process('# A', '/c/a.mdx', { title: 'A' })).code).toBe('compiled:# A');
    expect(second.calls).toEqual([]);
  });

  it('compiles again when the text, the frontmatter, the path or the salt changes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mdx-cache-'));
    const fake = fakeProcessor((content, path) => `${path}:${content}`);
    const build = await renderer(withMdxCompileCache(fake.processor, { dir, salt: 'v1' }));
    await build.process('# A', '/c/a.mdx', { title: 'A' });
    await build.process('# B', '/c/a.mdx', { title: 'A' });
    await build.process('# B', '/c/a.mdx', { title: 'Changed' });
    await build.process('# B', '/c/b.mdx', { title: 'Changed' });
    const newSalt = await renderer(withMdxCompileCache(fake.processor, { dir, salt: 'v2' }));
    await newSalt.process('# B', '/c/b.mdx', { title: 'Changed' });
    expect(fake.calls).toHaveLength(5);
  });

  it('never caches a failure: the next build reports the error again', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mdx-cache-'));
    let attempts = 0;
    const fake = fakeProcessor(() => {
      attempts++;
      throw new Error('Unknown citation key');
    });
    const build = await renderer(withMdxCompileCache(fake.processor, { dir, salt: 'v1' }));
    await expect(build.process('x', '/c/a.mdx', {})).rejects.toThrow('Unknown citation key');
    await expect(build.process('x', '/c/a.mdx', {})).rejects.toThrow('Unknown citation key');
    expect(attempts).toBe(2);
  });

  it('replays the warnings a file produced when it is served from the cache', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const dir = mkdtempSync(join(tmpdir(), 'mdx-cache-'));
    const fake = fakeProcessor((content, path) => {
      warnAboutFile(path, `${path}: reading grade too high`);
      return content;
    });
    const build1 = await renderer(withMdxCompileCache(fake.processor, { dir, salt: 'v1' }));
    await build1.process('x', '/c/a.mdx', {});
    const build2 = await renderer(withMdxCompileCache(fakeProcessor(() => 'unused').processor, { dir, salt: 'v1' }));
    await build2.process('x', '/c/a.mdx', {});
    expect(warn.mock.calls.map(([message]) => message)).toEqual(['/c/a.mdx: reading grade too high', '/c/a.mdx: reading grade too high']);
  });
});

describe('fingerprint', () => {
  it('changes when a file in a fingerprinted folder changes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fingerprint-'));
    writeFileSync(join(dir, 'a.ts'), 'one');
    const before = fingerprint([dir]);
    expect(fingerprint([dir])).toBe(before);
    writeFileSync(join(dir, 'a.ts'), 'two');
    expect(fingerprint([dir])).not.toBe(before);
  });
});
