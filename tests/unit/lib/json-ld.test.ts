import { describe, expect, it } from 'vitest';
import { medicalWebPage, serializeJsonLd } from '../../../src/lib/json-ld.ts';

describe('medicalWebPage', () => {
  it('describes an article as a schema.org MedicalWebPage with review data and citations', () => {
    const data = medicalWebPage({
      url: 'https://example.org/articles/a/',
      title: 'A',
      description: 'About A.',
      language: 'en',
      published: new Date('2026-01-01'),
      updated: new Date('2026-02-01'),
      review: { reviewed: new Date('2026-02-01'), by: 'Editorial process' },
      about: ['Topic'],
      publisher: 'Site team',
      references: [{ id: 'k', type: 'article-journal', title: 'Trial', DOI: '10.1/x' }],
    });
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'MedicalWebPage',
      lastReviewed: '2026-02-01',
      dateModified: '2026-02-01',
      reviewedBy: { '@type': 'Organization', name: 'Site team' },
      about: [{ '@type': 'Thing', name: 'Topic' }],
      citation: [{ '@type': 'CreativeWork', name: 'Trial', url: 'https://doi.org/10.1/x', identifier: 'doi:10.1/x' }],
    });
  });
});

describe('medicalWebPage reviewer', () => {
  const base = {
    url: 'https://example.org/a/', title: 'A', description: 'About A.', language: 'en',
    published: new Date('2026-01-01'), updated: new Date('2026-01-01'), about: [], publisher: 'Site team', references: [],
  };

  it('names the publishing organisation, never a person, when only an editorial check was made', () => {
    const data = medicalWebPage({ ...base, review: { reviewed: new Date('2026-01-01'), by: 'Editorial process', type: 'editorial' } });
    expect(data['reviewedBy']).toEqual({ '@type': 'Organization', name: 'Site team' });
  });

  it('names the clinician as a person when a clinical review was recorded', () => {
    const data = medicalWebPage({ ...base, review: { reviewed: new Date('2026-01-01'), by: 'Dr A. Example', type: 'clinical' } });
    expect(data['reviewedBy']).toEqual({ '@type': 'Person', name: 'Dr A. Example' });
  });
});

describe('serializeJsonLd', () => {
  it('escapes "<" so author text cannot close the script element', () => {
    const json = serializeJsonLd({ name: '</script><script>alert(1)</script>' });
    expect(json).not.toContain('</script>');
    expect(JSON.parse(json)).toEqual({ name: '</script><script>alert(1)</script>' });
  });
});

describe('medicalWebPage page type', () => {
  it('describes a page as a plain Article, with an organisation as clinical reviewer, when the site says so', () => {
    const data = medicalWebPage({
      url: 'https://example.org/a/', title: 'A', description: 'About A.', language: 'en',
      published: new Date('2026-01-01'), updated: new Date('2026-01-01'), about: [], publisher: 'Site team', references: [],
      pageType: 'Article', reviewerKind: 'organization',
      review: { reviewed: new Date('2026-01-01'), by: 'Clinical board', type: 'clinical' },
    });
    expect(data).toMatchObject({ '@type': 'Article', reviewedBy: { '@type': 'Organization', name: 'Clinical board' } });
  });
});
