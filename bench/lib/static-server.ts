// A tiny static file server for a built site, on 127.0.0.1 and a free port. It serves files
// uncompressed (the harness computes gzip sizes itself) and counts the bytes it sends, so the
// search benchmark can tell how much one query fetched.
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
};

/** A running server and its counters. */
export interface StaticServer {
  origin: string;
  /** Body bytes sent since start. */
  bytesSent(): number;
  /** Requests answered since start. */
  requests(): number;
  /** Requests being answered now. */
  inFlight(): number;
  /** performance.now() of the last request start or end. */
  lastActivity(): number;
  close(): Promise<void>;
}

/** Serves `root` on 127.0.0.1, port 0 (a free port). */
export async function startStaticServer(root: string): Promise<StaticServer> {
  let bytes = 0;
  let count = 0;
  let inFlight = 0;
  let last = performance.now();
  const server: Server = createServer(async (request, response) => {
    inFlight++;
    count++;
    last = performance.now();
    try {
      const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
      let file = normalize(join(root, path));
      if (file !== root && !file.startsWith(root.endsWith(sep) ? root : root + sep)) throw Object.assign(new Error('outside'), { status: 403 });
      let info = await stat(file).catch(() => undefined);
      if (info?.isDirectory()) {
        file = join(file, 'index.html');
        info = await stat(file).catch(() => undefined);
      }
      if (!info?.isFile()) {
        const notFound = await readFile(join(root, '404.html')).catch(() => Buffer.from('Not found'));
        response.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': notFound.length });
        response.end(notFound);
        bytes += notFound.length;
        return;
      }
      const body = await readFile(file);
      response.writeHead(200, {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Content-Length': body.length,
        // Like a typical static host: cacheable, revalidated.
        'Cache-Control': 'public, max-age=0, must-revalidate',
        'Last-Modified': info.mtime.toUTCString(),
      });
      response.end(body);
      bytes += body.length;
    } catch (error) {
      const status = (error as { status?: number }).status ?? 500;
      response.writeHead(status);
      response.end();
    } finally {
      inFlight--;
      last = performance.now();
    }
  });
  await new Promise<void>((resolvePromise) => server.listen(0, '127.0.0.1', resolvePromise));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    bytesSent: () => bytes,
    requests: () => count,
    inFlight: () => inFlight,
    lastActivity: () => last,
    close: () => new Promise((resolvePromise) => server.close(() => resolvePromise())),
  };
}
