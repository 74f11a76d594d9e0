import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPeople } from '../../../src/lib/people.ts';
import { medicalWebPage } from '../../../src/lib/json-ld.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

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
