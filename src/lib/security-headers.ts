import { createHash } from 'node:crypto';

/** CSP source for an inline script: its SHA-256 hash, as browsers compute it. */
export function scriptHash(source: string): string {
  return `'sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}'`;
}

/**
 * The site's Content-Security-Policy. Everything comes from the site's own origin; inline scripts
 * only by hash; Pagefind needs 'wasm-unsafe-eval' for its WebAssembly and a same-origin worker.
 * `forMeta` drops directives browsers ignore in a <meta> tag.
 */
export function contentSecurityPolicy(inlineScriptHashes: readonly string[], { forMeta = false } = {}): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${[...new Set(inlineScriptHashes)].sort().join(' ')}`.trim(),
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    ...(forMeta ? [] : ["frame-ancestors 'none'"]),
  ];
  return directives.join('; ');
}

/** Security headers every page is served with, besides the CSP. */
export const SECURITY_HEADERS: ReadonlyArray<readonly [string, string]> = [
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()'],
  ['X-Frame-Options', 'DENY'],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
];

/** A `_headers` file (Netlify, Cloudflare Pages) applying the CSP and security headers to every path under `base`, and long caching to hashed assets. */
export function headersFile(base: string, csp: string): string {
  const lines = [`${base}*`, `  Content-Security-Policy: ${csp}`, ...SECURITY_HEADERS.map(([name, value]) => `  ${name}: ${value}`)];
  lines.push('', `${base}_astro/*`, '  Cache-Control: public, max-age=31536000, immutable');
  return `${lines.join('\n')}\n`;
}
