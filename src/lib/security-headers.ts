import { createHash } from 'node:crypto';

/** CSP source for an inline script: its SHA-256 hash, as browsers compute it. */
export function scriptHash(source: string): string {
  return `'sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}'`;
}

/** Options of the Content-Security-Policy. */
export interface CspOptions {
  /** Drop directives browsers ignore in a <meta> tag. */
  forMeta?: boolean;
  /** Origins of the site's one analytics script and where it reports: allowed to load scripts and receive requests, nothing else. */
  analyticsOrigins?: readonly string[];
}

/**
 * The site's Content-Security-Policy. Everything comes from the site's own origin; inline scripts
 * only by hash; Pagefind needs 'wasm-unsafe-eval' for its WebAssembly and a same-origin worker.
 * The only other origins are those of a configured analytics script.
 */
export function contentSecurityPolicy(inlineScriptHashes: readonly string[], { forMeta = false, analyticsOrigins = [] }: CspOptions = {}): string {
  const extra = [...new Set(analyticsOrigins)].sort();
  const sources = (...list: string[]) => list.filter(Boolean).join(' ');
  const directives = [
    "default-src 'self'",
    `script-src ${sources("'self'", ...extra, "'wasm-unsafe-eval'", ...[...new Set(inlineScriptHashes)].sort())}`,
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src ${sources("'self'", ...extra)}`,
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

/** The origins an analytics config needs in the CSP: the script's own and any it reports to, as `scheme://host[:port]`. */
export function analyticsOrigins(analytics: { script: string; origins?: readonly string[] | undefined } | undefined): string[] {
  if (!analytics) return [];
  return [...new Set([analytics.script, ...(analytics.origins ?? [])].map((url) => new URL(url).origin))].sort();
}
