import { z } from 'astro/zod';
import { formatZodIssues } from './lib/zod-errors.ts';
import { normalizeBase } from './lib/urls.ts';

/** Schema of `site.config.ts`: every field with its default and what it is for. */
export const siteConfigSchema = z
  .object({
    /** Site name, shown in the header, page titles and feeds. */
    title: z.string().min(1),
    /** One-sentence summary of the site, used on the home page and in meta tags. */
    description: z.string().min(1),
    /** BCP 47 language tag of the content, written to `<html lang>`. Default: `en`. */
    language: z
      .string()
      .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'Use a BCP 47 tag such as "en" or "en-GB".')
      .default('en'),
    /** Absolute URL the site is deployed at, without the base path. Env: `SITE_URL`. */
    url: z.url({ message: 'Use an absolute URL such as "https://example.org".' }),
    /** Path the site is served under, e.g. `/docs/`. Default: `/`. Env: `SITE_BASE`. */
    base: z.string().default('/'),
    /** Folder holding articles, topics, references and glossary. Default: `content`. Env: `SITE_CONTENT_DIR`. */
    contentDir: z.string().min(1).default('content'),
    /** Folder the finished site is written to. Default: `dist`. Env: `SITE_OUT_DIR`. */
    outDir: z.string().min(1).default('dist'),
    /** Editorial rules the build enforces. */
    editorial: z
      .object({
        /** What an overdue review does at build: `warn` or `fail`. Default: `warn`. Env: `SITE_REVIEW_OVERDUE`. */
        reviewOverdue: z.enum(['warn', 'fail']).default('warn'),
        /** Highest Flesch-Kincaid grade an article's prose may have. Default: 9. */
        readingGradeBudget: z.number().positive().default(9),
        /** What an article over the reading-grade budget does at build. Default: `warn`. */
        readingGradeOverBudget: z.enum(['warn', 'fail']).default('warn'),
      })
      .strict()
      .prefault({}),
    /** Name of whoever publishes the site, used as publisher in structured data. Default: the title. */
    publisher: z.string().optional(),
    /** Id of the page (in `pages/`) that explains how content is checked, linked from the home page. Default: `editorial-policy` when that page exists. */
    policyPage: z.string().min(1).optional(),
  })
  .strict();

/** What an author writes in `site.config.ts`. */
export type SiteConfigInput = z.input<typeof siteConfigSchema>;
/** The validated site config with defaults applied. */
export type SiteConfig = z.infer<typeof siteConfigSchema>;

/** Typed identity helper for `site.config.ts`, so editors autocomplete its fields. */
export function defineSiteConfig(config: SiteConfigInput): SiteConfigInput {
  return config;
}

type Env = Record<string, string | undefined>;

/** Validates the author's config after applying `SITE_*` environment overrides; throws an error naming each bad field. */
export function resolveSiteConfig(input: SiteConfigInput, env: Env = process.env): SiteConfig {
  const merged: SiteConfigInput = {
    ...input,
    ...(env['SITE_URL'] ? { url: env['SITE_URL'] } : {}),
    ...(env['SITE_BASE'] ? { base: env['SITE_BASE'] } : {}),
    ...(env['SITE_CONTENT_DIR'] ? { contentDir: env['SITE_CONTENT_DIR'] } : {}),
    ...(env['SITE_OUT_DIR'] ? { outDir: env['SITE_OUT_DIR'] } : {}),
  };
  if (env['SITE_REVIEW_OVERDUE']) {
    merged.editorial = { ...input.editorial, reviewOverdue: env['SITE_REVIEW_OVERDUE'] as 'warn' | 'fail' };
  }
  const result = siteConfigSchema.safeParse(merged);
  if (!result.success) {
    throw new Error(`site.config.ts is invalid:\n${formatZodIssues(result.error.issues)}`);
  }
  return { ...result.data, base: normalizeBase(result.data.base) };
}
