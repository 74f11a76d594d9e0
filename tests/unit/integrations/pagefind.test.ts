import { mkdtempSync, mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import type { AstroIntegration } from 'astro';
import { pagefind, type PagefindApi } from '../../../src/integrations/pagefind.ts';

function fakeApi({ createErrors = [] as string[], addErrors = [] as string[], pageCount = 3, writeErrors = [] as string[] } = {}) {
  const index = {
    addDirectory: vi.fn(async () => ({ errors: addErrors, page_count: pageCount })),
    writeFiles: vi.fn(async () => ({ errors: writeErrors, outputPath: '' })),
  };
  const api = {
    createIndex: vi.fn(async () => ({ errors: createErrors, index })),
    close: vi.fn(async () => null),
  };
  return { api: api as unknown as PagefindApi, index, close: api.close, createIndex: api.createIndex };
}

async function runBuildDone(integration: AstroIntegration, dir: string) {
  const logger = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
  const hook = integration.hooks['astro:build:done'] as (options: unknown) => Promise<void>;
  await hook({ dir: pathToFileURL(`${dir}/`), logger });
  return logger;
}

describe('pagefind integration', () => {
  it('indexes the output folder, writes the bundle into it, removes the unused legacy UIs and closes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pf-'));
    mkdirSync(join(dir, 'pagefind'));
    writeFileSync(join(dir, 'pagefind', 'pagefind-ui.js'), '');
    const fake = fakeApi();
    const logger = await runBuildDone(pagefind({ lastBuildDir: dir, loadApi: async () => fake.api }), dir);
    expect(fake.index.addDirectory).toHaveBeenCalledWith({ path: `${dir}/` });
    expect(fake.index.writeFiles).toHaveBeenCalledWith({ outputPath: join(`${dir}/`, 'pagefind') });
    expect(existsSync(join(dir, 'pagefind', 'pagefind-ui.js'))).toBe(false);
    expect(fake.close).toHaveBeenCalledTimes(1);
    expect(logger.info).toHaveBeenCalledWith('Indexed 3 pages for search.');
  });

  it("turns Pagefind's indexing errors into a failed build, and still closes the index", async () => {
    const fake = fakeApi({ addErrors: ['bad html'] });
    await expect(runBuildDone(pagefind({ lastBuildDir: '/x', loadApi: async () => fake.api }), '/tmp')).rejects.toThrow(/could not index .*bad html/);
    expect(fake.close).toHaveBeenCalledTimes(1);
  });

  it('fails when the index cannot be created', async () => {
    const fake = fakeApi({ createErrors: ['no binary'] });
    await expect(runBuildDone(pagefind({ lastBuildDir: '/x', loadApi: async () => fake.api }), '/tmp')).rejects.toThrow(/could not create an index: no binary/);
    expect(fake.close).toHaveBeenCalledTimes(1);
  });

  it('fails when no page is marked for indexing, instead of shipping an empty search', async () => {
    const fake = fakeApi({ pageCount: 0 });
    await expect(runBuildDone(pagefind({ lastBuildDir: '/x', loadApi: async () => fake.api }), '/tmp')).rejects.toThrow(/found no pages/);
  });

  it('fails when writing the bundle fails', async () => {
    const fake = fakeApi({ writeErrors: ['disk full'] });
    await expect(runBuildDone(pagefind({ lastBuildDir: '/x', loadApi: async () => fake.api }), '/tmp')).rejects.toThrow(/could not write the index: disk full/);
    expect(fake.close).toHaveBeenCalledTimes(1);
  });
});
