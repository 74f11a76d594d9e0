// Deterministic synthetic corpus in OUR content format (see /work/notes/authoring-spec.md):
// topics.yaml, references.json (CSL-JSON), glossary.yaml, pages/, articles/<slug>.mdx × N.
// Article i is generated from (seed, i) alone, so it is the same at every N except for which
// neighbours it links to; article 50 is identical for every N ≥ 100 (its links stay within i±25).
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Random } from './prng.ts';
import {
  ADJECTIVES, CONNECTIVES, NOUNS, PEOPLE, PROFESSIONALS, TOPICS, VERBS,
  capitalise, past, plural, pseudoVocabulary, thirdPerson, type PseudoVocabulary,
} from './vocabulary.ts';

/** Bump when the generated text changes, so cached corpora are regenerated. */
export const GENERATOR_VERSION = 6;
export const DEFAULT_SEED = 'evidence-bench-1';
const REFERENCE_COUNT = 400;
const LINK_WINDOW = 25;

/** What the harness needs to know about a generated corpus. */
export interface CorpusManifest {
  generator: number;
  seed: string;
  size: number;
  words: { total: number; min: number; max: number; median: number };
  references: number;
  glossaryTerms: number;
  /** The article measured in the browser (the same text at every N ≥ 100). */
  typicalSlug: string;
  /** Single-word search queries known to be in the corpus, with how many articles contain each. */
  queries: Array<{ query: string; documents: number }>;
  /** A separate query used once to warm up search before timing. */
  warmupQuery: string;
}

/** One generated article. */
export interface GeneratedArticle {
  slug: string;
  title: string;
  description: string;
  text: string;
  words: number;
  /** Made-up words used in the article (for choosing search queries). */
  terms: Set<string>;
}

interface Head {
  index: number;
  slug: string;
  title: string;
  treatment: string;
  treatment2: string;
  condition: string;
  part: string;
  topics: string[];
  /** The reader's question (even-numbered articles only). */
  question?: string;
}

interface GlossaryEntry {
  id: string;
  term: string;
  aliases: string[];
  definition: string;
}

interface Reference {
  id: string;
  surname: string;
  year: number;
}

/** Everything shared by the articles of one seed. */
export class CorpusContext {
  readonly seed: string;
  readonly vocabulary: PseudoVocabulary;
  readonly references: Reference[];
  readonly referenceJson: unknown[];
  readonly glossary: GlossaryEntry[];
  readonly #heads = new Map<number, Head>();
  /** How often each title and question has been used by the articles before: the engine refuses two articles with the same title or question. */
  readonly #titleUses = new Map<string, number>();
  readonly #questionUses = new Map<string, number>();

  constructor(seed = DEFAULT_SEED) {
    this.seed = seed;
    this.vocabulary = pseudoVocabulary(seed);
    const random = new Random(`${seed}:references`);
    const surnames = this.vocabulary.things.slice(-300).map(capitalise);
    const journals = ['Journal of Clinical Practice', 'Skin Research Letters', 'Family Health Review', 'Trials in Primary Care', 'Public Health Reports', 'Evidence Updates', 'Nursing Science', 'Sleep and Health'];
    this.references = [];
    this.referenceJson = [];
    for (let k = 1; k <= REFERENCE_COUNT; k++) {
      const surname = random.pick(surnames);
      const year = random.int(1995, 2025);
      const id = `${surname.toLowerCase()}${year}-${k}`;
      this.references.push({ id, surname, year });
      const authors = Array.from({ length: random.int(1, 4) }, (_, a) => ({ family: a === 0 ? surname : random.pick(surnames), given: String.fromCharCode(65 + random.int(0, 25)) }));
      const treatment = random.pick(this.vocabulary.treatments);
      const condition = random.pick(this.vocabulary.conditions);
      const isWebpage = k % 10 === 0;
      this.referenceJson.push(
        isWebpage
          ? { id, type: 'webpage', title: `${capitalise(condition)}: information for patients`, author: [{ literal: `${surname} Health Service` }], 'container-title': 'Health service website', URL: `https://example.org/conditions/${condition}/`, accessed: { 'date-parts': [[2026, 1, 15]] }, PMID: String(31000000 + k) }
          : {
              id,
              type: 'article-journal',
              title: `Effect of ${treatment} on ${condition} in ${random.pick(PEOPLE)}: a ${random.pick(['randomised controlled trial', 'cohort study', 'systematic review', 'pilot study'])}`,
              author: authors,
              'container-title': random.pick(journals),
              issued: { 'date-parts': [[year]] },
              volume: String(random.int(1, 90)),
              issue: String(random.int(1, 12)),
              page: `${random.int(10, 900)}-${random.int(901, 990)}`,
              DOI: `10.5555/bench.${k}`,
              PMID: String(30000000 + k),
            },
      );
    }
    const aliases = [...this.vocabulary.aliases];
    this.glossary = this.vocabulary.glossary.map((term, g) => {
      const own = aliases.splice(0, 2);
      const alias = [`${ADJECTIVES[g % ADJECTIVES.length]} ${own[0]}`, own[1]!];
      return { id: term, term, aliases: alias, definition: `A ${ADJECTIVES[(g * 7) % ADJECTIVES.length]} change in the ${NOUNS[(g * 5) % NOUNS.length]} that can cause ${plural(NOUNS[(g * 11) % NOUNS.length]!)}. Doctors check for it with a simple test.` };
    });
  }

  /** The reference with this key. */
  reference(id: string): Reference {
    const found = this.references.find((entry) => entry.id === id);
    if (!found) throw new Error(`No reference ${id}`);
    return found;
  }

  /** Title, slug, topics and main words of article `index` (independent of the corpus size). */
  head(index: number): Head {
    const cached = this.#heads.get(index);
    if (cached) return cached;
    // Heads are made in index order, so a repeated title gets the same number at every corpus size.
    for (let before = this.#heads.size; before < index; before++) this.head(before);
    const random = new Random(`${this.seed}:head:${index}`);
    const v = this.vocabulary;
    const treatment = v.treatments[random.skewed(v.treatments.length, 1.3)]!;
    let treatment2 = v.treatments[random.skewed(v.treatments.length, 1.3)]!;
    if (treatment2 === treatment) treatment2 = v.treatments[(v.treatments.indexOf(treatment) + 1) % v.treatments.length]!;
    const condition = v.conditions[random.skewed(v.conditions.length, 1.3)]!;
    const part = v.parts[random.skewed(v.parts.length, 1.3)]!;
    const patterns = [
      () => `Does ${treatment} help with ${condition}?`,
      () => `${capitalise(treatment)} for ${condition}: what the studies show`,
      () => `What ${treatment} can and cannot do for the ${part}`,
      () => `${capitalise(condition)}: causes, signs and treatments`,
      () => `How ${treatment} compares with ${treatment2}`,
      () => `Is ${treatment} safe for ${random.pick(PEOPLE)}?`,
      () => `Why ${condition} affects the ${part}`,
    ];
    const title = numberedRepeat(random.pick(patterns)(), this.#titleUses);
    const question = index % 2 === 0 ? numberedRepeat(`Does ${treatment} help with ${condition}?`, this.#questionUses) : undefined;
    const slug = `${title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').split('-').slice(0, 6).join('-')}-${index}`;
    const topicCount = random.chance(0.4) ? 2 : 1;
    const topics = random.sample(TOPICS.map((topic) => topic.id), topicCount);
    const head = { index, slug, title, treatment, treatment2, condition, part, topics, ...(question ? { question } : {}) };
    this.#heads.set(index, head);
    return head;
  }
}

/** Builds the sentences of one article from its own random stream. */
class Writer {
  readonly random: Random;
  readonly head: Head;
  readonly context: CorpusContext;
  readonly refs: string[];
  readonly terms = new Set<string>();
  readonly glossary: GlossaryEntry[];
  #pendingGlossary: GlossaryEntry[];
  #pendingLinks: string[];

  constructor(context: CorpusContext, head: Head, links: string[]) {
    this.context = context;
    this.head = head;
    this.random = new Random(`${context.seed}:body:${head.index}`);
    const refCount = this.random.int(8, 14);
    const refs = new Set<string>();
    while (refs.size < refCount) refs.add(context.references[this.random.skewed(context.references.length, 1.6)]!.id);
    this.refs = [...refs];
    this.glossary = this.random.sample(context.glossary, this.random.int(3, 5));
    this.#pendingGlossary = [...this.glossary];
    this.#pendingLinks = links;
  }

  #word(list: readonly string[], main: string | undefined, power = 2.2): string {
    const word = main && this.random.chance(0.45) ? main : list[this.random.skewed(list.length, power)]!;
    this.terms.add(word);
    return word;
  }
  treatment = () => this.#word(this.context.vocabulary.treatments, this.random.chance(0.5) ? this.head.treatment : this.head.treatment2);
  condition = () => this.#word(this.context.vocabulary.conditions, this.head.condition);
  part = () => this.#word(this.context.vocabulary.parts, this.head.part);
  thing = () => this.#word(this.context.vocabulary.things, undefined);
  noun = () => (this.random.chance(0.7) ? this.random.pick(NOUNS) : this.thing());
  nouns = () => plural(this.noun());
  adj = () => this.random.pick(ADJECTIVES);
  verb = () => this.random.pick(VERBS);
  verbs = () => thirdPerson(this.random.pick(VERBS));
  verbed = () => past(this.random.pick(VERBS));
  people = () => this.random.pick(PEOPLE);
  pro = () => this.random.pick(PROFESSIONALS);
  num = () => String(this.random.int(8, 240));
  small = () => String(this.random.int(2, 12));

  /** One plain sentence without its full stop. */
  clause(): string {
    const r = this;
    const templates: Array<() => string> = [
      () => `${capitalise(r.treatment())} is a ${r.adj()} ${r.noun()} that ${r.verbs()} the ${r.part()}`,
      () => `Most ${r.people()} with ${r.condition()} ${r.verb()} ${r.adj()} ${r.nouns()} within a few weeks`,
      () => `A small trial of ${r.num()} ${r.people()} found that ${r.treatment()} may ${r.verb()} the ${r.noun()}`,
      () => `In one study, ${r.treatment()} ${r.verbed()} ${r.nouns()} more than a ${r.adj()} ${r.noun()} did`,
      () => `We are very uncertain whether ${r.treatment()} helps with ${r.condition()}`,
      () => `The ${r.part()} is where ${r.condition()} usually starts`,
      () => `It is not clear why some ${r.people()} get ${r.condition()} and others do not`,
      () => `Ask a ${r.pro()} if the ${r.noun()} gets worse or does not ${r.verb()}`,
      () => `${capitalise(r.treatment())} probably makes little or no difference to ${r.condition()}`,
      () => `There is some evidence that ${r.adj()} ${r.nouns()} can ${r.verb()} the ${r.part()}`,
      () => `Many ${r.people()} ${r.verb()} their ${r.nouns()} after a long day`,
      () => `This is why the ${r.part()} matters so much for ${r.condition()}`,
      () => `The studies were small, and most did not last long`,
      () => `Only ${r.small()} of the trials compared ${r.treatment()} with a fake treatment`,
      () => `Reviews of ${r.treatment()} have found ${r.adj()} results so far`,
      () => `You may notice ${r.adj()} ${r.nouns()} on the ${r.part()} first`,
      () => `${capitalise(r.condition())} tends to be more common in ${r.people()}`,
      () => `Some ${r.people()} find that ${r.thing()} helps them ${r.verb()}`,
      () => `In ${r.small()} out of ${r.num()} ${r.people()}, the ${r.noun()} ${r.verbed()} after ${r.small()} weeks`,
      () => `Doctors sometimes use ${r.treatment()} or ${r.treatment()} when ${r.condition()} is ${r.adj()}`,
      () => `The ${r.thing()} in the ${r.part()} can ${r.verb()} when you ${r.verb()} too much`,
      () => `It can take ${r.small()} weeks before you see a ${r.adj()} change`,
      () => `A ${r.adj()} ${r.noun()} does not always mean ${r.condition()}`,
      () => `${capitalise(r.treatment())} costs more than ${r.treatment()} and it does not work better`,
      () => `The best trials used a ${r.adj()} ${r.noun()} and checked the ${r.part()} each week`,
      () => `People who used ${r.treatment()} twice a day had ${r.adj()} ${r.nouns()}`,
      () => `${r.random.pick(CONNECTIVES)}, ${r.treatment()} is not a cure for ${r.condition()}`,
      () => `Side effects were ${r.adj()} and went away when people stopped`,
      () => `The ${r.part()} has many ${r.nouns()}, and each one can ${r.verb()}`,
      () => `Keep a ${r.noun()} diary to see what makes the ${r.condition()} better or worse`,
      () => `No study has shown that ${r.treatment()} can ${r.verb()} ${r.condition()} for good`,
      () => `${capitalise(r.thing())} and ${r.thing()} are two ${r.adj()} ${plural(r.thing())} that ${r.verb()} the ${r.part()}`,
      () => `Some brands of ${r.treatment()} also hold ${r.thing()}, which can ${r.verb()} the ${r.noun()}`,
      () => `If the ${r.noun()} is ${r.adj()}, try a ${r.adj()} ${r.noun()} first`,
      () => `After ${r.small()} months, the ${r.adj()} group had fewer ${r.nouns()}`,
      () => `Results for ${r.people()} and ${r.people()} were much the same`,
    ];
    return this.random.pick(templates)();
  }

  /** A citation group, or '' (about one sentence in three is cited). */
  cite(p = 0.35): string {
    if (!this.random.chance(p)) return '';
    const keys = this.random.sample(this.refs, this.random.chance(0.2) ? 2 : 1);
    return ` [${keys.map((key) => `@${key}`).join('; ')}]`;
  }

  sentence(p = 0.35): string {
    return `${this.clause()}${this.cite(p)}.`;
  }

  #glossarySentence(entry: GlossaryEntry): string {
    const word = this.random.chance(0.6) ? entry.term : this.random.pick(entry.aliases);
    if (this.random.chance(0.15)) return `This is sometimes called <Term id="${entry.id}">${this.adj()} ${word}</Term>.`;
    const templates = [
      `Doctors call this ${word}.`,
      `This is linked to ${word}.`,
      `Part of the problem is ${word}.`,
      `You may hear the word ${word} from your ${this.pro()}.`,
      `${capitalise(word)} is one reason for this.`,
    ];
    return this.random.pick(templates);
  }

  #linkSentence(slug: string): string {
    const head = this.context.head(Number(slug.slice(slug.lastIndexOf('-') + 1)));
    const text = head.title.replace(/[?:]/g, '').toLowerCase();
    return this.random.pick([`See [${text}](/articles/${slug}/) for more on this.`, `Read more in [${text}](/articles/${slug}/).`, `We cover this in [${text}](/articles/${slug}/).`]);
  }

  paragraph(min = 3, max = 6): string {
    const sentences = Array.from({ length: this.random.int(min, max) }, () => this.sentence());
    if (this.#pendingGlossary.length > 0 && this.random.chance(0.6)) {
      sentences.splice(this.random.int(1, sentences.length), 0, this.#glossarySentence(this.#pendingGlossary.shift()!));
    }
    if (this.#pendingLinks.length > 0 && this.random.chance(0.3)) sentences.push(this.#linkSentence(this.#pendingLinks.shift()!));
    return sentences.join(' ');
  }

  /** Whatever glossary terms and links were not placed yet. */
  leftovers(): string[] {
    const out = this.#pendingGlossary.map((entry) => this.#glossarySentence(entry));
    out.push(...this.#pendingLinks.map((slug) => this.#linkSentence(slug)));
    this.#pendingGlossary = [];
    this.#pendingLinks = [];
    return out;
  }

  bullets(count = this.random.int(3, 5)): string {
    return Array.from({ length: count }, () => `- ${this.clause()}${this.cite(0.25)}.`).join('\n');
  }

  steps(): string {
    return Array.from({ length: this.random.int(3, 5) }, (_, i) => `${i + 1}. ${capitalise(this.verb())} the ${this.noun()} ${this.random.pick(['each day', 'twice a week', 'before bed', 'after a bath', 'for a few weeks', 'as your label says'])}.`).join('\n');
  }

  table(): string {
    const designs = ['Randomised, with a fake treatment', 'Two treatments compared', 'No comparison group', 'Observational', 'Split-body trial'];
    const rows = Array.from({ length: this.random.int(3, 5) }, () => {
      const ref = this.context.reference(this.random.pick(this.refs));
      const result = this.random.pick([`${capitalise(this.treatment())} did better`, 'No clear difference', `Mild improvement in the ${this.part()}`, `Small benefit after ${this.small()} weeks`, `Fewer ${this.nouns()}`]);
      return `| ${ref.surname} and others, ${ref.year} | ${this.num()} ${this.people()} | ${this.random.pick(designs)} | ${result} |`;
    });
    return ['| Study | People | Design | Main result |', '| --- | --- | --- | --- |', ...rows].join('\n');
  }
}

/** Counts words the way a reader would (no markup, no citation keys). */
export function countWords(markdown: string): number {
  const text = markdown
    .replace(/\[@[^\]]*\]/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\]\([^)]*\)/g, ' ')
    .replace(/^\|?\s*-+.*$/gm, ' ');
  return (text.match(/[A-Za-z][A-Za-z'’-]*/g) ?? []).length;
}

/** The neighbours article `index` links to: 2–4 articles within ±25, all of which exist at this size. */
function linkTargets(context: CorpusContext, index: number, size: number, random: Random): string[] {
  const candidates: number[] = [];
  for (let offset = -LINK_WINDOW; offset <= LINK_WINDOW; offset++) {
    const j = index + offset;
    if (offset !== 0 && j >= 0 && j < size) candidates.push(j);
  }
  return random.sample(candidates, random.int(2, 4)).map((j) => context.head(j).slug);
}

const yamlString = (text: string) => JSON.stringify(text);
const isoDay = (base: string, days: number) => new Date(Date.parse(`${base}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** Generates article `index` of a corpus of `size` articles. */
export function generateArticle(context: CorpusContext, index: number, size: number): GeneratedArticle {
  const head = context.head(index);
  const linkRandom = new Random(`${context.seed}:links:${index}`);
  const w = new Writer(context, head, linkTargets(context, index, size, linkRandom));
  const r = w.random;
  const { treatment, condition, part } = head;
  const target = r.int(950, 1100);
  const blocks: string[] = [];
  const words = () => countWords(blocks.join('\n\n'));

  blocks.push(w.paragraph(3, 4), w.paragraph(2, 4));
  blocks.push(`## What ${condition} is`, w.paragraph(), w.bullets());
  blocks.push(`## How ${treatment} works`, w.paragraph());
  if (r.chance(0.6)) blocks.push(`### What happens in the ${part}`, w.paragraph(3, 5));
  blocks.push('## What the studies found', w.paragraph(2, 4), w.table());
  for (let s = 0, n = r.int(1, 2); s < n; s++) {
    const ref = context.reference(r.pick(w.refs));
    blocks.push(`### The ${ref.surname} study (${ref.year})`, w.paragraph(3, 5));
  }
  if (r.chance(0.3)) blocks.push(`<Callout kind="${r.pick(['note', 'important', 'myth'])}" title="${r.pick(['Good to know', 'A common myth', 'Before you start'])}">`, w.paragraph(2, 3), '</Callout>');
  blocks.push('## Side effects and safety', w.paragraph(2, 4), w.bullets(3));
  if (r.chance(0.25)) blocks.push(`<CareCard level="${r.pick(['non-urgent', 'urgent', 'emergency'])}" title="See a ${r.pick(['GP', 'doctor', 'pharmacist'])} if">`, w.bullets(3), '</CareCard>');
  blocks.push('## What you can do', w.paragraph(2, 3), w.steps());
  const fillers = [
    () => `## ${capitalise(condition)} in ${w.people()}`,
    () => `## Questions people ask about ${treatment}`,
    () => `## How ${treatment} compares with ${head.treatment2}`,
    () => `## When ${condition} comes back`,
    () => `## Costs and access`,
    () => `## ${capitalise(treatment)} at home`,
    () => `## What we still do not know`,
    () => `## Living with ${condition}`,
    () => `## ${capitalise(condition)} and the ${part}`,
    () => `## How to talk to your ${w.pro()}`,
  ];
  let filler = 0;
  while (words() < target - 70 && filler < fillers.length) {
    blocks.push(fillers[filler++]!(), w.paragraph(4, 6));
    if (r.chance(0.4)) blocks.push(`### ${capitalise(w.thing())} and the ${w.part()}`, w.paragraph(2, 4));
  }
  blocks.push('## The bottom line', [w.paragraph(2, 3), ...w.leftovers()].join(' '));
  if (r.chance(0.2)) blocks.push(`The [glossary](/glossary/) explains the words on this page, and the [claims we checked](/claims/) are listed in one place.`);
  const body = blocks.join('\n\n').replace(/\b([Aa]) ([aeiou])/g, '$1n $2');

  const claimCount = r.int(1, 3);
  const verdicts = ['true', 'partly-true', 'misleading', 'unsupported', 'false'];
  const certainties = ['high', 'moderate', 'low', 'very-low'] as const;
  const claims = Array.from({ length: claimCount }, () => {
    const certainty = r.pick(certainties);
    const t = w.treatment();
    const c = w.condition();
    const summary = {
      high: `${capitalise(t)} reduces ${c} in ${w.people()}.`,
      moderate: `${capitalise(t)} probably makes little or no difference to ${c}.`,
      low: `${capitalise(t)} may improve ${c} slightly in small trials.`,
      'very-low': `We are very uncertain whether ${t} changes ${c}.`,
    }[certainty];
    return [
      `  - claim: ${yamlString(`${capitalise(t)} ${r.pick(['cures', 'prevents', 'clears', 'eases'])} ${c}.`)}`,
      `    verdict: ${yamlString(r.pick(verdicts))}`,
      `    certainty: ${certainty}`,
      `    summary: ${yamlString(summary)}`,
      `    refs: [${r.sample(w.refs, r.int(1, 3)).join(', ')}]`,
    ].join('\n');
  });
  const keyPoints = Array.from({ length: r.int(2, 4) }, () => `  - ${yamlString(`${w.clause()}.`)}`);
  const description = `What the studies say about ${treatment} for ${condition}, how it works, and what is still unknown.`;
  if (description.length < 50 || description.length > 160) throw new Error(`Generated description out of range (${description.length}): ${description}`);
  const published = isoDay('2024-01-01', (index * 37) % 640);
  const updated = isoDay(published, (index % 4) * 20);
  const frontmatter = [
    '---',
    `title: ${yamlString(head.title)}`,
    `description: ${yamlString(description)}`,
    ...(head.question ? [`question: ${yamlString(head.question)}`] : []),
    `topics: [${head.topics.join(', ')}]`,
    `published: ${published}`,
    `updated: ${updated}`,
    'review:',
    `  reviewed: ${updated}`,
    '  by: "Editorial process: checked against the cited sources"',
    `  next: ${isoDay('2036-01-01', index % 365)}`,
    'keyPoints:',
    ...keyPoints,
    'claims:',
    ...claims,
    '---',
  ].join('\n');
  return { slug: head.slug, title: head.title, description, text: `${frontmatter}\n\n${body}\n`, words: countWords(body), terms: w.terms };
}

function topicsYaml(): string {
  return TOPICS.map((topic) => `- id: ${topic.id}\n  title: ${yamlString(topic.title)}\n  description: ${yamlString(topic.description)}\n`).join('');
}

function glossaryYaml(context: CorpusContext): string {
  return context.glossary
    .map((entry) => `- id: ${entry.id}\n  term: ${entry.term}\n  aliases: [${entry.aliases.map(yamlString).join(', ')}]\n  definition: ${yamlString(entry.definition)}\n`)
    .join('\n');
}

const PAGES: Record<string, string> = {
  about: `---\ntitle: About this benchmark site\ndescription: "A synthetic health site made by the benchmark harness. Its words are made up; only its shape is realistic."\nupdated: 2026-01-01\n---\n\nThis site is generated for the build benchmark. The articles use made-up words in the shape of real health writing.\n\n## Why it exists\n\nIt lets us time the build at 100, 1,000 and 5,000 articles without touching the real content.\n`,
  'editorial-policy': `---\ntitle: Editorial policy of the benchmark site\ndescription: "How the synthetic benchmark articles are made: by a seeded generator, never by a person, and never as advice."\nupdated: 2026-01-01\n---\n\nEvery article here is made by a program from a fixed seed. Nothing on this site is health advice.\n`,
};

/** Picks search queries spread over common, middling and rare words, all present in the corpus. */
function chooseQueries(df: Map<string, number>, count = 40): { queries: CorpusManifest['queries']; warmupQuery: string } {
  const ranked = [...df.entries()].filter(([word, n]) => n >= 2 && word.length >= 5).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  if (ranked.length < count + 1) return { queries: ranked.slice(1).map(([query, documents]) => ({ query, documents })), warmupQuery: ranked[0]?.[0] ?? 'the' };
  const step = ranked.length / (count + 1);
  const picked = Array.from({ length: count + 1 }, (_, i) => ranked[Math.floor(i * step)]!);
  const [warm, ...rest] = picked;
  return { queries: rest.map(([query, documents]) => ({ query, documents })), warmupQuery: warm![0] };
}

/**
 * Writes a corpus of `size` articles into `dir` (reused when a matching one is already there).
 * Returns its manifest.
 */
export async function ensureCorpus(dir: string, size: number, seed = DEFAULT_SEED): Promise<CorpusManifest> {
  const manifestFile = join(dir, 'manifest.json');
  if (existsSync(manifestFile)) {
    const manifest = JSON.parse(await readFile(manifestFile, 'utf8')) as CorpusManifest;
    if (manifest.generator === GENERATOR_VERSION && manifest.seed === seed && manifest.size === size) return manifest;
  }
  await rm(dir, { recursive: true, force: true });
  const content = join(dir, 'content');
  await mkdir(join(content, 'articles'), { recursive: true });
  await mkdir(join(content, 'pages'), { recursive: true });
  const context = new CorpusContext(seed);
  await writeFile(join(content, 'topics.yaml'), topicsYaml());
  await writeFile(join(content, 'references.json'), `${JSON.stringify(context.referenceJson, null, 2)}\n`);
  await writeFile(join(content, 'glossary.yaml'), glossaryYaml(context));
  for (const [slug, text] of Object.entries(PAGES)) await writeFile(join(content, 'pages', `${slug}.mdx`), text);
  const df = new Map<string, number>();
  const counts: number[] = [];
  const writes: Promise<void>[] = [];
  for (let i = 0; i < size; i++) {
    const article = generateArticle(context, i, size);
    counts.push(article.words);
    for (const term of article.terms) df.set(term, (df.get(term) ?? 0) + 1);
    writes.push(writeFile(join(content, 'articles', `${article.slug}.mdx`), article.text));
    if (writes.length >= 200) await Promise.all(writes.splice(0));
  }
  await Promise.all(writes);
  const sorted = [...counts].sort((a, b) => a - b);
  const manifest: CorpusManifest = {
    generator: GENERATOR_VERSION,
    seed,
    size,
    words: { total: counts.reduce((a, b) => a + b, 0), min: sorted[0] ?? 0, max: sorted.at(-1) ?? 0, median: sorted[Math.floor(sorted.length / 2)] ?? 0 },
    references: context.referenceJson.length,
    glossaryTerms: context.glossary.length,
    typicalSlug: context.head(size > 50 ? 50 : Math.floor(size / 2)).slug,
    ...chooseQueries(df),
  };
  await writeFile(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

/** The text as is on its first use, then "… (2)", "… (3)": no two articles share a title or question. */
function numberedRepeat(text: string, uses: Map<string, number>): string {
  const count = (uses.get(text) ?? 0) + 1;
  uses.set(text, count);
  return count === 1 ? text : `${text} (${count})`;
}
