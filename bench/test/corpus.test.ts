// Checks of the synthetic corpus generator and the peer conversion.
// Run: PATH=node_modules/.bin:$PATH node --test bench/test/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { CorpusContext, ensureCorpus, generateArticle } from '../lib/corpus.ts';
import { convertArticle } from '../lib/sites.ts';
import { createArticleSchema } from '../../src/schemas.ts';
import { loadBibliography } from '../../src/lib/bibliography.ts';
import { findIncompleteReferences } from '../../src/lib/bibliography-completeness.ts';

test('the same seed gives the same article, and article 50 does not depend on the corpus size', () => {
  const a = generateArticle(new CorpusContext('seed-x'), 50, 100);
  const b = generateArticle(new CorpusContext('seed-x'), 50, 5000);
  assert.equal(a.text, b.text);
  assert.notEqual(generateArticle(new CorpusContext('seed-y'), 50, 100).text, a.text);
});

test('articles are about 1,000 words with headings, a table, lists and citations', () => {
  const context = new CorpusContext();
  for (const index of [0, 7, 50, 99]) {
    const article = generateArticle(context, index, 100);
    assert.ok(article.words >= 850 && article.words <= 1300, `${article.slug}: ${article.words} words`);
    assert.match(article.text, /^## /m);
    assert.match(article.text, /^### /m);
    assert.match(article.text, /^\| --- \|/m);
    assert.match(article.text, /^- /m);
    assert.match(article.text, /^1\. /m);
    assert.match(article.text, /\[@[a-z0-9-]+(; @[a-z0-9-]+)?\]/);
    assert.doesNotMatch(article.text.split('\n---\n')[1]!, /[{}]/, 'no MDX expressions in prose');
  }
});

test('a generated corpus is valid in our content format', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'bench-corpus-'));
  try {
    const manifest = await ensureCorpus(dir, 60, 'test-seed');
    const content = join(dir, 'content');
    const references = JSON.parse(await readFile(join(content, 'references.json'), 'utf8')) as Array<{ id: string; DOI?: string; PMID?: string }>;
    const keys = new Set(references.map((entry) => entry.id));
    assert.equal(keys.size, references.length, 'unique reference ids');
    // Our site's config fails the build on an incomplete reference: the corpus must pass that check.
    assert.deepEqual(findIncompleteReferences(loadBibliography([join(content, 'references.json')])).map((problem) => problem.message), []);
    for (const entry of references) {
      if (entry.DOI) assert.match(entry.DOI, /^10\.\d{4,9}\/\S+$/);
      if (entry.PMID) assert.match(entry.PMID, /^\d+$/);
    }
    const topics = parseYaml(await readFile(join(content, 'topics.yaml'), 'utf8')) as Array<{ id: string }>;
    const glossary = parseYaml(await readFile(join(content, 'glossary.yaml'), 'utf8')) as Array<{ id: string; term: string; aliases: string[] }>;
    const words = glossary.flatMap((entry) => [entry.term, ...entry.aliases].map((word) => word.toLowerCase()));
    assert.equal(new Set(words).size, words.length, 'each glossary word belongs to one term');
    const schema = createArticleSchema({ topicIds: new Set(topics.map((topic) => topic.id)), referenceKeys: keys, bibliographyName: 'references.json' });
    const files = await readdir(join(content, 'articles'));
    assert.equal(files.length, 60);
    const slugs = new Set(files.map((file) => file.replace(/\.mdx$/, '')));
    for (const file of files) {
      const text = await readFile(join(content, 'articles', file), 'utf8');
      const [, frontmatter, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text)!;
      const parsed = schema.safeParse(parseYaml(frontmatter!));
      assert.ok(parsed.success, `${file}: ${parsed.success ? '' : JSON.stringify(parsed.error.issues)}`);
      assert.ok(parsed.data.review && parsed.data.review.next > new Date(), 'reviewed, next review in the future');
      for (const match of body!.matchAll(/\[@([^\]]+)\]/g)) {
        for (const key of match[1]!.split(';').map((item) => item.trim().replace(/^@/, ''))) assert.ok(keys.has(key), `${file}: unknown key ${key}`);
      }
      for (const match of body!.matchAll(/\]\(\/articles\/([^/]+)\/\)/g)) assert.ok(slugs.has(match[1]!), `${file}: broken link to ${match[1]}`);
    }
    assert.ok(manifest.queries.length >= 30, 'at least 30 search queries');
    assert.ok(slugs.has(manifest.typicalSlug));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('conversion for peers keeps title and description, numbers citations and drops our components', () => {
  const source = [
    '---',
    'title: "A title"',
    'description: "A description that is long enough to be valid here."',
    'topics: [sleep]',
    '---',
    '',
    'One [@a2020-1]. Two [@b2021-2; @a2020-1].',
    '',
    '<Callout kind="note" title="Note">',
    '',
    'Inside <Term id="x">a term</Term>, see the [glossary](/glossary/).',
    '',
    '</Callout>',
  ].join('\n');
  const out = convertArticle(source);
  assert.match(out, /^---\ntitle: "A title"\ndescription: "A description that is long enough to be valid here."\n---\n/);
  assert.doesNotMatch(out, /topics:/);
  assert.match(out, /One \[1\]\. Two \[2, 1\]\./);
  assert.doesNotMatch(out, /<Callout|<\/Callout>|<Term/);
  assert.match(out, /Inside a term, see the glossary\./);
});
