import { createServer, type Server } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

/** A running static server for a built site. */
export interface StaticSite {
  /** Origin plus base path, e.g. "http://127.0.0.1:41234/sub/path/". */
  url: string;
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves `root` under `base` on 127.0.0.1 and a free port, like a static host: directory
 * index files, the 404 page, and the headers from the site's own `_headers` file (so the CSP
 * the site ships is the CSP the tests run under).
 */
export async function serveStatic(root: string, base = '/'): Promise<StaticSite> {
  const headers = parseHeadersFile(join(root, '_headers'));
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const send = (status: number, file: string) => {
      response.statusCode = status;
      response.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
      for (const [pattern, values] of headers) {
        if (matches(pattern, path)) for (const [name, value] of values) response.setHeader(name, value);
      }
      createReadStream(file).pipe(response);
    };
    if (!path.startsWith(base)) return send(404, join(root, '404.html'));
    const file = normalize(join(root, path.slice(base.length)));
    if (file !== root && !file.startsWith(root + sep) && file !== normalize(root + sep)) return send(404, join(root, '404.html'));
    if (existsSync(file) && statSync(file).isFile()) return send(200, file);
    if (existsSync(join(file, 'index.html'))) {
      if (!path.endsWith('/')) {
        response.statusCode = 301;
        response.setHeader('Location', `${path}/`);
        return response.end();
      }
      return send(200, join(file, 'index.html'));
    }
    return send(404, join(root, '404.html'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}${base}`,
    origin,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function parseHeadersFile(file: string): Array<[string, Array<[string, string]>]> {
  if (!existsSync(file)) return [];
  const rules: Array<[string, Array<[string, string]>]> = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push([line.trim(), []]);
    else {
      const colon = line.indexOf(':');
      rules.at(-1)?.[1].push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
    }
  }
  return rules;
}

function matches(pattern: string, path: string): boolean {
  return pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : pattern === path;
}
