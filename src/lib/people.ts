import { existsSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { z } from 'astro/zod';
import { readYamlList } from './yaml-list.ts';
import { ContentError } from './source-error.ts';
import { formatZodIssues } from './zod-errors.ts';

/** One person in people.yaml: someone who writes or checks the site's pages. */
export const personSchema = z
  .object({
    /** Kebab-case id that articles use in `authors` and `review.reviewers`. Required. */
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Use lowercase words joined by hyphens, e.g. "jane-smith".'),
    /** The name as readers see it. Required. */
    name: z.string().min(1),
    /** Given name, so citations read "Family, Given". Default: the whole name is used. */
    givenName: z.string().min(1).optional(),
    /** Family name, so citations read "Family, Given". Default: the whole name is used. */
    familyName: z.string().min(1).optional(),
    /** Qualifications and registrations as written after the name, e.g. "MBBS, MRCGP". Required for a clinical reviewer. Default: none. */
    credentials: z.string().min(1).optional(),
    /** What the person does for the site, e.g. "Writer" or "Clinical reviewer". Required. */
    role: z.string().min(1),
    /** Where the person works. Default: none. */
    affiliation: z.string().min(1).optional(),
    /** An https page about the person (a registry entry or a staff page). Default: none. */
    profile: z.url({ protocol: /^https$/, message: 'profile must be an https address.' }).optional(),
    /** Declared interests (funding, employment, products): `[]` says "none declared". Required, so nobody is listed without having declared. */
    interests: z.array(z.string().min(1)),
  })
  .strict();

/** A validated person. */
export type Person = z.infer<typeof personSchema>;

/** The people file of a content folder; `people` is empty when the file does not exist. */
export interface People {
  file: string;
  exists: boolean;
  people: ReadonlyMap<string, Person>;
}

const cache = new Map<string, { mtimeMs: number; people: People }>();

/** Loads and validates people.yaml (cached until it changes); a missing file means no people are named. */
export function loadPeople(file: string): People {
  if (!existsSync(file)) return { file, exists: false, people: new Map() };
  const { mtimeMs } = statSync(file);
  const cached = cache.get(file);
  if (cached?.mtimeMs === mtimeMs) return cached.people;
  const people = new Map<string, Person>();
  for (const { value, line } of readYamlList(file)) {
    const parsed = personSchema.safeParse(value);
    if (!parsed.success) {
      throw new ContentError({ file, line }, `A person's entry is invalid:\n${formatZodIssues(parsed.error.issues)}`, 'The README lists the fields of people.yaml.');
    }
    if (people.has(parsed.data.id)) throw new ContentError({ file, line }, `Duplicate person id "${parsed.data.id}".`, 'Give each person their own id.');
    people.set(parsed.data.id, parsed.data);
  }
  const result = { file, exists: true, people };
  cache.set(file, { mtimeMs, people: result });
  return result;
}

/** A name with its credentials, as pages show it: "Jane Smith, MBBS". */
export function nameWithCredentials(person: Person): string {
  return person.credentials ? `${person.name}, ${person.credentials}` : person.name;
}

/** What the article schema checks ids against: the file name and each person's credentials; undefined without a people file. */
export function schemaPeople(people: People): { file: string; ids: ReadonlyMap<string, { credentials?: string | undefined }> } | undefined {
  return people.exists ? { file: basename(people.file), ids: people.people } : undefined;
}
