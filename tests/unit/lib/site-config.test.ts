import { describe, expect, it } from 'vitest';
import { resolveSiteConfig } from '../../../src/site-config.ts';

const valid = { title: 'Site', description: 'A site.', url: 'https://example.org' };

describe('resolveSiteConfig', () => {
  it('applies defaults for every optional field', () => {
    const config = resolveSiteConfig(valid, {});
    expect(config).toMatchObject({ language: 'en', base: '/', contentDir: 'content', outDir: 'dist' });
    expect(config.editorial).toEqual({ reviewOverdue: 'warn', readingGradeBudget: 9, readingGradeOverBudget: 'warn', bibliographyIncomplete: 'warn', referencesUnverified: 'warn', gradeInconsistent: 'warn' });
    expect(config.references).toEqual({});
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

  it('takes the contact address for reference lookups from the file or SITE_REFERENCES_CONTACT, and rejects one that is not an email address', () => {
    expect(resolveSiteConfig({ ...valid, references: { contact: 'editor@example.org' } }, {}).references.contact).toBe('editor@example.org');
    expect(resolveSiteConfig(valid, { SITE_REFERENCES_CONTACT: 'ops@example.org' }).references.contact).toBe('ops@example.org');
    expect(() => resolveSiteConfig({ ...valid, references: { contact: 'example.org' } }, {})).toThrow(/references\.contact: Use an email address/);
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

describe('resolveSiteConfig, site-specific options', () => {
  it('gives every branding option a default, so a minimal config builds', () => {
    const config = resolveSiteConfig(valid, {});
    expect(config.brand).toEqual({
      accent: { light: '#0b6e63', dark: '#6fd6c7' },
      link: { light: '#0b5394', dark: '#8cc4ff' },
      themeColor: { light: '#f7f5f0', dark: '#15191e' },
    });
    expect(config.structuredData).toEqual({ pageType: 'MedicalWebPage', reviewer: 'person' });
    expect(config.footer).toEqual({});
    expect(config.strings).toEqual({});
  });

  it('names the new option when a renamed or differently named one is used', () => {
    expect(() => resolveSiteConfig({ ...valid, lang: 'es' } as typeof valid, {})).toThrow(
      'site.config.ts is invalid:\n  - lang: this option is now language. Rename it (see CHANGELOG.md).',
    );
    expect(() => resolveSiteConfig({ ...valid, disclaimer: 'x' } as typeof valid, {})).toThrow(/disclaimer: this option is now footer\.disclaimer/);
  });

  it('suggests the closest option for a misspelt one', () => {
    expect(() => resolveSiteConfig({ ...valid, publsher: 'x' } as typeof valid, {})).toThrow(/publsher: unknown option\. Did you mean "publisher"\?/);
  });

  it('rejects a brand colour that is not a hex colour, saying the format', () => {
    expect(() => resolveSiteConfig({ ...valid, brand: { accent: { light: 'teal', dark: '#6fd6c7' } } }, {})).toThrow(
      /brand\.accent\.light: Use a six-digit hex colour/,
    );
  });

  it('asks for public files as paths starting with "/"', () => {
    expect(() => resolveSiteConfig({ ...valid, shareImage: 'share.png' }, {})).toThrow(/shareImage: Give the path of a file in public\//);
  });

  it('takes the site\u2019s own search word groups, and names the group that has only one word', () => {
    expect(resolveSiteConfig(valid, {}).search.wordGroups).toEqual([]);
    expect(resolveSiteConfig({ ...valid, search: { wordGroups: [[' vomiting ', 'throwing up']] } }, {}).search.wordGroups).toEqual([['vomiting', 'throwing up']]);
    expect(() => resolveSiteConfig({ ...valid, search: { wordGroups: [['vomiting', 'throwing up'], ['nausea']] } }, {})).toThrow(
      /search\.wordGroups\[1\]: A word group needs at least two words or phrases/,
    );
  });
});
