// `evidence-site new "Title" [--topic id]`: writes a valid, unreviewed draft article skeleton to the content folder.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { contentPaths } from '../lib/content-paths.ts';
import { readYamlList } from '../lib/yaml-list.ts';
import { articleSkeleton, slugify } from '../lib/scaffold.ts';
import { today } from '../lib/dates.ts';
import { formatBuildError } from '../lib/build-error.ts';
import { loadSiteConfig } from './site-config-file.ts';

/** Writes the skeleton named by the arguments; resolves to the exit code. */
export async function newArticleCommand(argv: string[]): Promise<number> {
  try {
    return await main(argv);
  } catch (error) {
    console.error(formatBuildError(error));
    return 1;
  }
}

async function main(argv: string[]): Promise<number> {
  const topicFlag = argv.indexOf('--topic');
  const topicArg = topicFlag >= 0 ? argv[topicFlag + 1] : undefined;
  const title = argv.filter((_, index) => topicFlag < 0 || (index !== topicFlag && index !== topicFlag + 1)).join(' ').trim();
  if (!title) {
    console.error('Usage: evidence-site new "Article title" [--topic topic-id]   (in a site: npm run new -- "Article title")');
    return 1;
  }
  const paths = contentPaths((await loadSiteConfig()).contentDir);
  const topics = readYamlList(paths.topics).map(({ value }) => String((value as { id?: unknown } | null)?.id));
  const topic = topicArg ?? topics[0];
  if (!topic || !topics.includes(topic)) {
    console.error(`Unknown topic "${topic ?? ''}". Use --topic with one of: ${topics.join(', ') || '(add topics to topics.yaml first)'}.`);
    return 1;
  }
  const slug = slugify(title);
  if (!slug) {
    console.error('The title needs at least one letter or digit to make a file name.');
    return 1;
  }
  const file = join(paths.articles, `${slug}.mdx`);
  if (existsSync(file)) {
    console.error(`${relative(process.cwd(), file)} already exists. Choose another title or edit that file.`);
    return 1;
  }
  mkdirSync(paths.articles, { recursive: true });
  writeFileSync(file, articleSkeleton({ title, topic, day: today() }));
  console.log(`Created ${relative(process.cwd(), file)} (a draft: it appears in npm run dev, not in builds).`);
  console.log('Next: write it, cite sources with [@key], have it checked, add its review, then remove "draft: true". Check it with npm run report.');
  return 0;
}
