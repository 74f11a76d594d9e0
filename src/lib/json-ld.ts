import { isoDate } from './dates.ts';
import type { CslEntry } from './bibliography.ts';
import { referenceLinks } from './format-reference.ts';
import type { Person } from './people.ts';

/** What the structured data of an article page is built from. */
export interface MedicalPageInput {
  /** schema.org type of the page. Default: `MedicalWebPage`. */
  pageType?: 'MedicalWebPage' | 'Article';
  /** What a clinical reviewer is. Default: `person`. */
  reviewerKind?: 'person' | 'organization';
  url: string;
  title: string;
  description: string;
  language: string;
  published: Date;
  updated: Date;
  /** Undefined for an unreviewed draft (shown in dev only). */
  review: { reviewed: Date; by?: string | undefined; type?: 'editorial' | 'clinical' } | undefined;
  /** People from people.yaml who reviewed the page; when given, they are the reviewers in structured data. */
  reviewers?: readonly Person[] | undefined;
  /** People from people.yaml who wrote the page. Default: the publisher is the author. */
  authors?: readonly Person[] | undefined;
  /** Topic titles the page is about. */
  about: string[];
  publisher: string;
  references: CslEntry[];
}

/** schema.org MedicalWebPage (or Article) for an article, with review dates, reviewer, topics and citations. */
export function medicalWebPage(input: MedicalPageInput): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': input.pageType ?? 'MedicalWebPage',
    url: input.url,
    name: input.title,
    headline: input.title,
    description: input.description,
    inLanguage: input.language,
    datePublished: isoDate(input.published),
    dateModified: isoDate(input.updated),
    ...(input.review && {
      lastReviewed: isoDate(input.review.reviewed),
      // Only a clinical review names its reviewer; an editorial check is the publisher's own, so no
      // person is implied who never reviewed the page.
      reviewedBy:
        input.reviewers && input.reviewers.length > 0
          ? input.reviewers.map(personLd)
          : input.review.type === 'clinical'
            ? { '@type': input.reviewerKind === 'organization' ? 'Organization' : 'Person', name: input.review.by }
            : { '@type': 'Organization', name: input.publisher },
    }),
    author: input.authors && input.authors.length > 0 ? input.authors.map(personLd) : { '@type': 'Organization', name: input.publisher },
    publisher: { '@type': 'Organization', name: input.publisher },
    about: input.about.map((name) => ({ '@type': 'Thing', name })),
    citation: input.references.map((entry) => {
      const link = referenceLinks(entry)[0];
      return {
        '@type': 'CreativeWork',
        name: entry.title,
        ...(link ? { url: link.href } : {}),
        ...(entry.DOI ? { identifier: `doi:${entry.DOI}` } : {}),
      };
    }),
  };
}

/**
 * schema.org Person from a people.yaml entry: credentials as `honorificSuffix` (the letters after
 * a name) and as `hasCredential`, role as `jobTitle`, profile as `url`.
 */
export function personLd(person: Person): Record<string, unknown> {
  return {
    '@type': 'Person',
    name: person.name,
    ...(person.givenName ? { givenName: person.givenName } : {}),
    ...(person.familyName ? { familyName: person.familyName } : {}),
    ...(person.credentials
      ? { honorificSuffix: person.credentials, hasCredential: { '@type': 'EducationalOccupationalCredential', name: person.credentials } }
      : {}),
    jobTitle: person.role,
    ...(person.affiliation ? { affiliation: { '@type': 'Organization', name: person.affiliation } } : {}),
    ...(person.profile ? { url: person.profile } : {}),
  };
}

/** JSON for a `<script type="application/ld+json">`, with `<` escaped so no text can close the script element. */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
