// `npm run new -- "Title" [--topic id]`: writes a valid draft article skeleton to the content folder.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import input from '../site.config.ts';
import { resolveSiteConfig } from '../src/site-config.ts';
import { contentPaths } from '../src/lib/content-paths.ts';
import { readYamlList } from '../src/lib/yaml-list.ts';
import { articleSkeleton, slugify } from '../src/lib/scaffold.ts';
import { today } from '../src/lib/dates.ts';
import { formatBuildError } from '../src/lib/build-error.ts';

function main(argv: string[]): number {
  const topicFlag = argv.indexOf('--topic');
  const topicArg = topicFlag >= 0 ? argv[topicFlag + 1] : undefined;
  const title = argv.filter((_, index) => topicFlag < 0 || (index !== topicFlag && index !== topicFlag + 1)).join(' ').trim();
  if (!title) {
    console.error('Usage: npm run new -- "Article title" [--topic topic-id]');
    return 1;
  }
  const paths = contentPaths(resolveSiteConfig(input).contentDir);
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
  console.log('Next: write it, cite sources with [@key], then remove "draft: true". Check it with npm run report.');
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  console.error(formatBuildError(error));
  process.exitCode = 1;
}
