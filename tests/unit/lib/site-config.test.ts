import { describe, expect, it } from 'vitest';
import { resolveSiteConfig } from '../../../src/site-config.ts';

const valid = { title: 'Site', description: 'A site.', url: 'https://example.org' };

describe('resolveSiteConfig', () => {
  it('applies defaults for every optional field', () => {
    const config = resolveSiteConfig(valid, {});
    expect(config).toMatchObject({ language: 'en', base: '/', contentDir: 'content', outDir: 'dist' });
    expect(config.editorial).toEqual({ reviewOverdue: 'warn', readingGradeBudget: 9, readingGradeOverBudget: 'warn', bibliographyIncomplete: 'warn' });
  });

  it('lets SITE_URL, SITE_BASE, SITE_CONTENT_DIR and SITE_OUT_DIR override the file', () => {
    const config = resolveSiteConfig(valid, {
      SITE_URL: 'https://other.example',
      SITE_BASE: 'docs/health',
      SITE_CONTENT_DIR: 'tests/fixtures/basic',
      SITE_OUT_DIR: '/tmp/out',
      SITE_REVIEW_OVERDUE: 'fail',
    });
    expect(config.url).toBe('https://other.example');
    expect(config.base).toBe('/docs/health/');
    expect(config.contentDir).toBe('tests/fixtures/basic');
    expect(config.outDir).toBe('/tmp/out');
    expect(config.editorial.reviewOverdue).toBe('fail');
  });

  it('rejects a config with a bad URL and names the field', () => {
    expect(() => resolveSiteConfig({ ...valid, url: 'example.org' }, {})).toThrow(/url: Use an absolute URL/);
  });

  it('rejects unknown keys so a typo in site.config.ts is not silently ignored', () => {
    expect(() => resolveSiteConfig({ ...valid, titel: 'x' } as typeof valid, {})).toThrow(/titel/);
  });

  it('rejects an invalid language tag with a hint', () => {
    expect(() => resolveSiteConfig({ ...valid, language: 'English' }, {})).toThrow(/language: Use a BCP 47 tag/);
  });
});
