import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { lastModified, listChanges } from '../../../src/lib/change-history.ts';
import { feedItems } from '../../../src/lib/feed-items.ts';
import { feedbackHref, isFeedbackTarget } from '../../../src/lib/feedback.ts';
import { formattedCitation, highwireTags, pageBibtex, pageCsl, pageRis, type PageCitationInput } from '../../../src/lib/page-citation.ts';
import { loadPeople } from '../../../src/lib/people.ts';
import { medicalWebPage } from '../../../src/lib/json-ld.ts';
import { analyticsOrigins, contentSecurityPolicy } from '../../../src/lib/security-headers.ts';
import { resolveSiteConfig } from '../../../src/site-config.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('change history', () => {
  const changes = [
    { date: day('2026-01-15'), kind: 'update' as const, summary: 'Added a trial.' },
    { date: day('2026-03-01'), kind: 'correction' as const, summary: 'Fixed a number.' },
    { date: day('2026-03-01'), kind: 'review' as const, summary: 'Checked again.' },
  ];

  it('lists changes newest first, each with an anchor unique on the page', () => {
    expect(listChanges(changes).map((change) => [change.kind, change.anchor])).toEqual([
      ['correction', 'change-2026-03-01'],
      ['review', 'change-2026-03-01-2'],
      ['update', 'change-2026-01-15'],
    ]);
  });

  it('dates the page by its newest change when that is later than updated', () => {
    expect(lastModified(day('2026-01-01'), day('2026-02-01'), changes)).toEqual(day('2026-03-01'));
    expect(lastModified(day('2026-01-01'), day('2026-04-01'), changes)).toEqual(day('2026-04-01'));
    expect(lastModified(day('2026-01-01'), undefined, [])).toEqual(day('2026-01-01'));
  });

  it('puts each correction in the feed as an item of its own, linked to its entry, newest first', () => {
    const items = feedItems(
      [{ id: 'a', title: 'A page', description: 'About A.', published: day('2026-01-01'), changes, url: 'https://example.org/articles/a/' }],
      'Correction',
    );
    expect(items.map((item) => [item.title, item.link, item.pubDate.toISOString().slice(0, 10)])).toEqual([
      ['Correction: A page', 'https://example.org/articles/a/#change-2026-03-01', '2026-03-01'],
      ['A page', 'https://example.org/articles/a/', '2026-01-01'],
    ]);
    expect(items[0]?.description).toBe('Fixed a number.');
  });
});

describe('feedback', () => {
  it('accepts a mailto: address or an https URL, and nothing else', () => {
    expect(isFeedbackTarget('mailto:fix@example.org')).toBe(true);
    expect(isFeedbackTarget('https://forms.example.org/report')).toBe(true);
    expect(isFeedbackTarget('fix@example.org')).toBe(false);
    expect(isFeedbackTarget('http://forms.example.org/report')).toBe(false);
    expect(isFeedbackTarget('mailto:nobody')).toBe(false);
  });

  const page = { title: 'Creams & stretch marks', url: 'https://example.org/articles/creams/' };
  const words = { subject: 'Problem with', page: 'Page', prompt: 'What is wrong or unclear:' };

  it('prefills an email with the page title in the subject and its address in the body', () => {
    const link = new URL(feedbackHref('mailto:fix@example.org', page, words));
    expect(link.protocol).toBe('mailto:');
    expect(link.pathname).toBe('fix@example.org');
    expect(decodeURIComponent(link.search)).toBe('?subject=Problem with: Creams & stretch marks&body=Page: https://example.org/articles/creams/\r\n\r\nWhat is wrong or unclear:\r\n');
  });

  it('adds the page address and title to a form URL, keeping its own query', () => {
    const link = new URL(feedbackHref('https://forms.example.org/report?form=7', page, words));
    expect(link.searchParams.get('form')).toBe('7');
    expect(link.searchParams.get('page')).toBe(page.url);
    expect(link.searchParams.get('title')).toBe(page.title);
  });

  it('fails the config with a clear message for an address that is neither', () => {
    expect(() => resolveSiteConfig({ title: 'T', description: 'D', url: 'https://example.org', feedback: 'fix@example.org' }, {})).toThrow(
      /feedback: Use a "mailto:" address such as "mailto:corrections@example.org", or an https form URL/,
    );
    expect(resolveSiteConfig({ title: 'T', description: 'D', url: 'https://example.org', feedback: '' }, {}).feedback).toBeUndefined();
  });
});

describe('cite this page', () => {
  const input: PageCitationInput = {
    id: 'guides/widgets',
    title: 'Widgets {and} gadgets',
    url: 'https://example.org/articles/guides/widgets/',
    siteTitle: 'Widget Facts',
    publisher: 'Widget Facts team',
    language: 'en-GB',
    published: day('2026-01-10'),
    modified: day('2026-02-03'),
    creators: [{ kind: 'person', name: 'Jane Smith', family: 'Smith', given: 'Jane' }, { kind: 'organization', name: 'Widget Facts team' }],
  };

  it('gives Google Scholar and Zotero the Highwire tags, authors "Family, Given" and dates as YYYY/MM/DD', () => {
    expect(highwireTags(input)).toEqual([
      ['citation_title', 'Widgets {and} gadgets'],
      ['citation_author', 'Smith, Jane'],
      ['citation_author', 'Widget Facts team'],
      ['citation_publication_date', '2026/01/10'],
      ['citation_online_date', '2026/01/10'],
      ['citation_publisher', 'Widget Facts team'],
      ['citation_language', 'en-GB'],
      ['citation_fulltext_html_url', 'https://example.org/articles/guides/widgets/'],
    ]);
  });

  it('writes CSL-JSON and BibTeX that citation-js reads back with the same title, authors and address', () => {
    const csl = pageCsl(input);
    const fromJson = new Cite(JSON.parse(JSON.stringify([csl]))).data[0];
    expect(fromJson).toMatchObject({ type: 'webpage', title: 'Widgets {and} gadgets', URL: input.url, author: [{ family: 'Smith', given: 'Jane' }, { literal: 'Widget Facts team' }] });
    const fromBibtex = new Cite(pageBibtex(input)).data[0];
    expect(fromBibtex).toMatchObject({ title: 'Widgets {and} gadgets', URL: input.url, author: [{ family: 'Smith', given: 'Jane' }, { family: 'Widget Facts team' }] });
  });

  it('writes RIS as EndNote does: one tag a line, TY first, ER last', () => {
    const lines = pageRis(input).split('\r\n');
    expect(lines[0]).toBe('TY  - ELEC');
    expect(lines).toContain('AU  - Smith, Jane');
    expect(lines).toContain('UR  - https://example.org/articles/guides/widgets/');
    expect(lines.at(-2)).toBe('ER  - ');
    expect(lines.slice(0, -1).every((line) => /^[A-Z][A-Z0-9] {2}- /.test(line))).toBe(true);
  });

  it('formats a citation to copy in the reference lists\u2019 style, with the date of the last change', () => {
    expect(
      formattedCitation(input, { internet: '[Internet]', updated: 'updated', availableFrom: 'Available from:', formatDate: (date) => date.toISOString().slice(0, 10) }),
    ).toBe(
      'Jane Smith, Widget Facts team. Widgets {and} gadgets [Internet]. Widget Facts: Widget Facts team; 2026-01-10 [updated 2026-02-03]. Available from: https://example.org/articles/guides/widgets/',
    );
  });
});

describe('people', () => {
  const folder = mkdtempSync(join(tmpdir(), 'people-'));

  it('reads people.yaml and names the file and line of an entry without declared interests', () => {
    const file = join(folder, 'people.yaml');
    writeFileSync(file, '- id: ann\n  name: Ann Lee\n  role: Writer\n  interests: []\n- id: bo\n  name: Bo Park\n  role: Reviewer\n');
    expect(() => loadPeople(file)).toThrow(/people\.yaml:5: A person's entry is invalid:\n.*interests/);
  });

  it('treats a content folder without people.yaml as naming nobody', () => {
    expect(loadPeople(join(folder, 'missing.yaml'))).toMatchObject({ exists: false });
  });

  it('makes named reviewers schema.org Persons with their credentials, and named authors the page\u2019s authors', () => {
    const clinician = { id: 'cat', name: 'Cat Ng', credentials: 'MBBS, MRCGP', role: 'GP', interests: [] };
    const data = medicalWebPage({
      url: 'https://example.org/a/', title: 'A', description: 'About A.', language: 'en', published: day('2026-01-01'), updated: day('2026-01-01'),
      review: { reviewed: day('2026-01-01'), type: 'clinical' }, reviewers: [clinician], authors: [clinician], about: [], publisher: 'Team', references: [],
    });
    expect(data['reviewedBy']).toEqual([
      { '@type': 'Person', name: 'Cat Ng', honorificSuffix: 'MBBS, MRCGP', hasCredential: { '@type': 'EducationalOccupationalCredential', name: 'MBBS, MRCGP' }, jobTitle: 'GP' },
    ]);
    expect(data['author']).toEqual(data['reviewedBy']);
  });
});

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
