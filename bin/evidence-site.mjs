#!/usr/bin/env node
// The engine's command line. The engine ships TypeScript sources (as Astro integrations do), which
// Node will not strip inside node_modules, so the commands are loaded through jiti.
import { createJiti } from 'jiti';

const USAGE = `Usage: evidence-site <command>

  create <folder>          start a new site from the starter
  dev [astro flags]        the dev server with live reload (Astro's, without its usage data)
  preview [astro flags]    serve the built site from dist/
  build [--shard-size N] [--jobs N]
                           build into dist/ atomically: a failed build leaves the previous dist/ as it was;
                           large sites build in shards of N articles (default 1250), --jobs at a time
  check                    every content check, without building (fails where a build would)
  report                   per article: reading grade, words, citations, claims, review status
  new "Title" [--topic id] write an unreviewed draft article skeleton
  refs verify [--fill]     look up every DOI and PMID online, report mismatches, write references.lock.json

Run the other commands in the site's folder (where site.config.ts is).`;

const [command, ...args] = process.argv.slice(2);
const jiti = createJiti(import.meta.url);
const load = (file) => jiti.import(new URL(`../src/cli/${file}`, import.meta.url).href);

const commands = {
  create: async () => (await load('create.ts')).createCommand(args),
  dev: async () => (await load('astro-server.ts')).astroServerCommand('dev', args),
  preview: async () => (await load('astro-server.ts')).astroServerCommand('preview', args),
  // The build's parent starts each Astro process (one per shard) as `build` again: those load only the Astro step.
  build: async () =>
    process.env.EVIDENCE_SITE_ASTRO_STEP === '1' ? (await load('astro-step.ts')).astroStepCommand(process.cwd()) : (await load('build.ts')).buildCommand(process.cwd(), args),
  check: async () => (await load('report.ts')).reportCommand({ isCheck: true }),
  report: async () => (await load('report.ts')).reportCommand(),
  new: async () => (await load('new-article.ts')).newArticleCommand(args),
  refs: async () => (await load('refs.ts')).refsCommand(args),
};

if (!command || command === '--help' || command === '-h') {
  console.log(USAGE);
  process.exitCode = command ? 0 : 1;
} else if (!(command in commands)) {
  console.error(`Unknown command "${command}".\n\n${USAGE}`);
  process.exitCode = 1;
} else {
  process.exitCode = await commands[command]();
}
