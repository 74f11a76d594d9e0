import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, headersFile, scriptHash } from '../../../src/lib/security-headers.ts';

describe('security headers', () => {
  it('hashes an inline script the way browsers check it', () => {
    expect(scriptHash('alert(1)')).toBe(`'sha256-${createHash('sha256').update('alert(1)').digest('base64')}'`);
  });

  it('builds a strict CSP: own origin only, scripts by hash, wasm for Pagefind, no framing', () => {
    const csp = contentSecurityPolicy(["'sha256-b'", "'sha256-a'", "'sha256-a'"]);
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-a' 'sha256-b';");
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("worker-src 'self' blob:");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
  });

  it('leaves out frame-ancestors in the meta-tag variant, where browsers ignore it', () => {
    expect(contentSecurityPolicy([], { forMeta: true })).not.toContain('frame-ancestors');
  });

  it('writes a _headers file scoped to the base path with the security headers', () => {
    const file = headersFile('/docs/', "default-src 'self'");
    expect(file).toMatch(/^\/docs\/\*\n {2}Content-Security-Policy: default-src 'self'\n/);
    for (const header of ['X-Content-Type-Options: nosniff', 'Referrer-Policy:', 'Permissions-Policy:', 'X-Frame-Options: DENY']) {
      expect(file).toContain(header);
    }
    expect(file).toContain('/docs/_astro/*\n  Cache-Control: public, max-age=31536000, immutable');
  });
});
