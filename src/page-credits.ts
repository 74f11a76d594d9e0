import type { CollectionEntry } from 'astro:content';
import { people } from './content-data.ts';
import { site, absoluteHref } from './site.ts';
import { routes } from './lib/urls.ts';
import { lastModified } from './lib/change-history.ts';
import type { Person } from './lib/people.ts';
import type { PageCitationInput } from './lib/page-citation.ts';

type ArticleData = CollectionEntry<'articles'>['data'];

/** The people an article names as authors and reviewers (ids were checked against people.yaml at content sync). */
export function articlePeople(data: ArticleData): { authors: Person[]; reviewers: Person[] } {
  const byId = people().people;
  const resolve = (ids: readonly string[] | undefined) => (ids ?? []).flatMap((id) => byId.get(id) ?? []);
  return { authors: resolve(data.authors), reviewers: resolve(data.review?.reviewers) };
}

/** What "Cite this page", its files and its citation meta tags are made from: the named authors, or the publisher. */
export function pageCitationInput(article: CollectionEntry<'articles'>): PageCitationInput {
  const { data } = article;
  const publisher = site.publisher ?? site.title;
  const { authors } = articlePeople(data);
  return {
    id: article.id,
    title: data.title,
    url: absoluteHref(routes.article(article.id)),
    siteTitle: site.title,
    publisher,
    language: site.language,
    published: data.published,
    modified: lastModified(data.published, data.updated, data.changes),
    creators:
      authors.length > 0
        ? authors.map((person) => ({ kind: 'person' as const, name: person.name, family: person.familyName, given: person.givenName }))
        : [{ kind: 'organization' as const, name: publisher }],
  };
}

/** Site paths of an article's citation files, by format. */
export const citationFiles = {
  json: (id: string) => `${routes.article(id)}cite.json`,
  bib: (id: string) => `${routes.article(id)}cite.bib`,
  ris: (id: string) => `${routes.article(id)}cite.ris`,
} as const;
