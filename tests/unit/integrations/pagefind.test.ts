import { mkdtempSync, mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import type { AstroIntegration } from 'astro';
import { pagefind, writeSearchIndex, type PagefindApi } from '../../../src/integrations/pagefind.ts';

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

  it('says when every page has been read, before the index is written (the link audit waits for that), and not when reading failed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pf-'));
    const fake = fakeApi();
    const pagesRead = vi.fn(() => expect(fake.index.writeFiles).not.toHaveBeenCalled());
    await expect(writeSearchIndex(dir, fake.api, { pagesRead })).resolves.toBe(3);
    expect(pagesRead).toHaveBeenCalledTimes(1);
    const failing = fakeApi({ addErrors: ['bad html'] });
    const notRead = vi.fn();
    await expect(writeSearchIndex(dir, failing.api, { pagesRead: notRead })).rejects.toThrow(/could not index/);
    expect(notRead).not.toHaveBeenCalled();
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

describe('the last build’s index in the dev server', () => {
  /** Runs the dev middleware for one request the way Astro's dev server hands it over. */
  async function request(base: string, request: { url: string; originalUrl?: string }) {
    const dir = mkdtempSync(join(tmpdir(), 'pf-dev-'));
    mkdirSync(join(dir, 'pagefind'));
    writeFileSync(join(dir, 'pagefind', 'pagefind-entry.json'), '{"version":"1.6.0"}');
    const integration = pagefind({ lastBuildDir: dir });
    (integration.hooks['astro:config:done'] as (options: unknown) => void)({ config: { base } });
    let middleware: (req: unknown, res: unknown, next: () => void) => void = () => {};
    (integration.hooks['astro:server:setup'] as (options: unknown) => void)({ server: { middlewares: { use: (handler: typeof middleware) => (middleware = handler) } } });
    const { PassThrough } = await import('node:stream');
    const response = Object.assign(new PassThrough(), { statusCode: 200, setHeader: vi.fn() });
    let body = '';
    response.on('data', (chunk) => (body += chunk));
    const passed = await new Promise<boolean>((done) => {
      response.on('finish', () => done(false));
      middleware(request, response, () => done(true));
    });
    return { passed, status: response.statusCode, body };
  }

  it('serves the index under a base path, after Astro has stripped the base from the URL', async () => {
    const served = await request('/docs/', { url: '/pagefind/pagefind-entry.json', originalUrl: '/docs/pagefind/pagefind-entry.json' });
    expect(served).toEqual({ passed: false, status: 200, body: '{"version":"1.6.0"}' });
  });

  it('serves the index at the root, and leaves other requests to Astro', async () => {
    expect((await request('/', { url: '/pagefind/pagefind-entry.json' })).body).toBe('{"version":"1.6.0"}');
    expect((await request('/docs/', { url: '/articles/a/', originalUrl: '/docs/articles/a/' })).passed).toBe(true);
  });
});
