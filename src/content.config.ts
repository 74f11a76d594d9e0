import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { site } from './site.ts';
import { contentPaths } from './lib/content-paths.ts';
import { loadBibliography } from './lib/bibliography.ts';
import { readYamlList } from './lib/yaml-list.ts';
import { createSlugRegistry } from './lib/content-ids.ts';
import { CERTAINTIES, VERDICTS } from './lib/evidence.ts';

const paths = contentPaths(site.contentDir);
const topicIds = new Set(readYamlList(paths.topics).map(({ value }) => String((value as { id?: unknown })?.id)));
const bibliography = loadBibliography(paths.referenceCandidates);

const date = (field: string) =>
  z.coerce.date({ message: `${field} must be a date written as YYYY-MM-DD, e.g. 2026-11-24.` });

const topicId = z.string().superRefine((id, context) => {
  if (!topicIds.has(id)) {
    context.addIssue({
      code: 'custom',
      message: `Unknown topic "${id}". Use one of: ${[...topicIds].join(', ') || '(none yet)'}, or add it to topics.yaml.`,
    });
  }
});

const referenceKey = z.string().superRefine((key, context) => {
  if (!bibliography.entries.has(key)) {
    context.addIssue({
      code: 'custom',
      message: `Unknown reference key "${key}". Add it to ${bibliography.file.split('/').at(-1)} or fix the key.`,
    });
  }
});

/** One checked claim: what people say, what the evidence says, and how sure we are. */
const claimSchema = z
  .object({
    /** The claim as people make it. Required. */
    claim: z.string().min(1),
    /** Our verdict on the claim. Required: true | partly-true | misleading | unsupported | false. */
    // YAML reads bare true/false as booleans; accept them as the verdicts "true"/"false".
    verdict: z.preprocess((value) => (typeof value === 'boolean' ? String(value) : value), z.enum(VERDICTS)),
    /** GRADE certainty of the evidence behind the verdict. Required: high | moderate | low | very-low. */
    certainty: z.enum(CERTAINTIES),
    /** One or two sentences in GRADE wording ("probably", "may", "very uncertain"). Required. */
    summary: z.string().min(1),
    /** Bibliography keys of the sources. Required, at least one. */
    refs: z.array(referenceKey).min(1, 'List at least one reference key in refs.'),
  })
  .strict();

/** Article frontmatter. Unknown keys are errors, so typos never pass silently. */
export const articleSchema = z
  .object({
    /** Page title, the only h1. Required. */
    title: z.string().min(1).max(120),
    /** 50–160 characters; used for meta description, cards and search excerpts. Required. */
    description: z
      .string()
      .min(50, 'description must be at least 50 characters: say what the reader will learn.')
      .max(160, 'description must be at most 160 characters so search engines show it whole.'),
    /** The reader's question this article answers, shown on the home page. Default: none. */
    question: z.string().min(1).optional(),
    /** Ids from topics.yaml. Required, at least one. */
    topics: z.array(topicId).min(1, 'List at least one topic id.'),
    /** Position in the reading order (previous/next links); lower comes first. Default: by title. */
    order: z.number().int().optional(),
    /** First publication date. Required. */
    published: date('published'),
    /** Date of the last meaningful change. Default: the published date. */
    updated: date('updated').optional(),
    /** Drafts are built in dev only, never in production. Default: false. */
    draft: z.boolean().default(false),
    /** false keeps the page out of the search index. Default: true. */
    search: z.boolean().default(true),
    /** Who checked the page against its sources, when, and when it is next due. Required. */
    review: z
      .object({
        /** Date of the last review. */
        reviewed: date('review.reviewed'),
        /** The real person or process that reviewed it (never an invented clinician). */
        by: z.string().min(3),
        /** Date the next review is due. */
        next: date('review.next'),
      })
      .strict()
      .refine((review) => review.next > review.reviewed, {
        message: 'review.next must be after review.reviewed.',
        path: ['next'],
      }),
    /** 2–5 short statements shown first on the page. Default: none. */
    keyPoints: z.array(z.string().min(1)).min(2, 'Give at least 2 key points.').max(5, 'Give at most 5 key points.').optional(),
    /** Checked claims, shown as an evidence summary and on the site-wide claims page. Default: none. */
    claims: z.array(claimSchema).default([]),
  })
  .strict();

/** Frontmatter of standalone pages (about, editorial policy). */
export const pageSchema = z
  .object({
    /** Page title. Required. */
    title: z.string().min(1),
    /** 50–160 characters for meta and search. Required. */
    description: z.string().min(50).max(160),
    /** Date of the last change. Default: none. */
    updated: date('updated').optional(),
    /** Position among the footer links; lower first. Default: after ordered pages, by title. */
    order: z.number().int().optional(),
    /** false keeps the page out of the search index. Default: true. */
    search: z.boolean().default(true),
  })
  .strict();

const articles = defineCollection({
  loader: glob({
    pattern: '**/*.mdx',
    base: paths.articles,
    retainBody: false,
    generateId: ((slugOf) => ({ entry }: { entry: string }) => slugOf(entry))(createSlugRegistry(paths.articles)),
  }),
  schema: articleSchema,
});

const pages = defineCollection({
  loader: glob({
    pattern: '*.mdx',
    base: paths.pages,
    retainBody: false,
    generateId: ((slugOf) => ({ entry }: { entry: string }) => slugOf(entry))(createSlugRegistry(paths.pages)),
  }),
  schema: pageSchema,
});

const topics = defineCollection({
  loader: file(paths.topics),
  schema: z
    .object({
      /** Kebab-case id used in article frontmatter and the topic's URL. */
      id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Topic ids use lowercase letters, digits and hyphens.'),
      /** Heading of the topic. */
      title: z.string().min(1),
      /** One sentence shown on the home and topic pages. */
      description: z.string().min(1),
    })
    .strict(),
});

export const collections = { articles, pages, topics };
