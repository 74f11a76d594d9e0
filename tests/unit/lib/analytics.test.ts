import { describe, expect, it } from 'vitest';
import { analyticsOrigins, contentSecurityPolicy } from '../../../src/lib/security-headers.ts';
import { resolveSiteConfig } from '../../../src/site-config.ts';

describe('analytics', () => {
  it('allows the analytics script\u2019s origin and the origins it reports to, and no other third party', () => {
    const origins = analyticsOrigins({ script: 'https://stats.example.net/js/script.js', origins: ['https://events.example.net/api/'] });
    expect(origins).toEqual(['https://events.example.net', 'https://stats.example.net']);
    const csp = contentSecurityPolicy(["'sha256-a'"], { analyticsOrigins: origins });
    expect(csp).toContain("script-src 'self' https://events.example.net https://stats.example.net 'wasm-unsafe-eval' 'sha256-a';");
    expect(csp).toContain("connect-src 'self' https://events.example.net https://stats.example.net;");
    expect(csp).toContain("img-src 'self' data:;");
    expect(contentSecurityPolicy([], {})).not.toMatch(/https:/);
  });

  it('rejects an analytics script that is not https', () => {
    expect(() => resolveSiteConfig({ title: 'T', description: 'D', url: 'https://example.org', analytics: { script: 'http://stats.example.net/s.js' } }, {})).toThrow(
      /analytics\.script: analytics\.script must be the https URL of one script/,
    );
  });
});
