import { z } from 'astro/zod';
import { formatZodIssues, type IssueLike } from './lib/zod-errors.ts';
import { normalizeBase } from './lib/urls.ts';
import { closestMatch } from './lib/source-error.ts';
import { isFeedbackTarget } from './lib/feedback.ts';

const hexColour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'Use a six-digit hex colour such as "#0b6e63".');
/** A colour for each theme: what the light theme uses, and what the dark theme uses. */
const themedColour = z.object({ light: hexColour, dark: hexColour }).strict();
const publicPath = z
  .string()
  .regex(/^\/[^?#]*\.[a-z0-9]+$/i, 'Give the path of a file in public/, starting with "/", such as "/share.png".');

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
        /** What a bibliography entry missing authors, year, title, container or locator does at build: `warn` or `fail`. Default: `warn`. */
        bibliographyIncomplete: z.enum(['warn', 'fail']).default('warn'),
        /** What a reference whose DOI or PMID is missing from `references.lock.json`, or differs from it, does at build: `warn` or `fail`. Default: `warn`. */
        referencesUnverified: z.enum(['warn', 'fail']).default('warn'),
        /** What a claim whose certainty does not fit the study designs it cites does at build: `warn` or `fail`. Default: `warn`. */
        gradeInconsistent: z.enum(['warn', 'fail']).default('warn'),
      })
      .strict()
      .prefault({}),
    /** How `evidence-site refs verify` asks Crossref and PubMed about the bibliography. */
    references: z
      .object({
        /** Email address sent with every lookup (Crossref's User-Agent `mailto`, NCBI's `email`), so the services can reach you instead of blocking you. Default: none. Env: `SITE_REFERENCES_CONTACT`. */
        contact: z.email({ message: 'Use an email address such as "editor@example.org".' }).optional(),
      })
      .strict()
      .prefault({}),
    /** Name of whoever publishes the site, used as publisher in structured data. Default: the title. */
    publisher: z.string().optional(),
    /** Logo shown before the title in the header: a file in public/, e.g. `/logo.svg`. Default: none. */
    logo: publicPath.optional(),
    /** Icon for browser tabs: a file in public/, e.g. `/favicon.svg`. Default: none. */
    favicon: publicPath.optional(),
    /** Picture shown when a page is shared (Open Graph): a PNG, JPEG, GIF, WebP or SVG in public/; its size is read from the file. Default: none. */
    shareImage: publicPath.optional(),
    /** Brand colours feeding the design tokens; each must keep 4.5:1 contrast with the page background of its theme. */
    brand: z
      .object({
        /** Accent for key points, cards and highlights. Default: teal `{ light: '#0b6e63', dark: '#6fd6c7' }`. */
        accent: themedColour.default({ light: '#0b6e63', dark: '#6fd6c7' }),
        /** Link colour. Default: blue `{ light: '#0b5394', dark: '#8cc4ff' }`. */
        link: themedColour.default({ light: '#0b5394', dark: '#8cc4ff' }),
        /** Browser UI colour on phones (`<meta name="theme-color">`). Default: the page background `{ light: '#f7f5f0', dark: '#15191e' }`. */
        themeColor: themedColour.default({ light: '#f7f5f0', dark: '#15191e' }),
      })
      .strict()
      .prefault({}),
    /** Footer text. */
    footer: z
      .object({
        /** The medical disclaimer at the top of the footer. Default: the built-in one of the site's language. */
        disclaimer: z.string().min(1).optional(),
        /** A line under the footer links, e.g. who runs the site or a licence. Default: none. */
        text: z.string().min(1).optional(),
      })
      .strict()
      .prefault({}),
    /** Structured data (schema.org JSON-LD) on article pages. */
    structuredData: z
      .object({
        /** `MedicalWebPage` for health information, `Article` for anything else. Default: `MedicalWebPage`. */
        pageType: z.enum(['MedicalWebPage', 'Article']).default('MedicalWebPage'),
        /** Whether a clinical reviewer named in `review.by` is a `person` or an `organization`. Default: `person`. */
        reviewer: z.enum(['person', 'organization']).default('person'),
      })
      .strict()
      .prefault({}),
    /** Search settings. */
    search: z
      .object({
        /**
         * Words your readers use for the same thing, one list per group, e.g.
         * `[['vomiting', 'being sick', 'throwing up']]`: a query with one of them is also searched with
         * the one your pages use most. Added to the glossary's aliases and the language's everyday
         * groups (`search.everydayWords`); a group none of your pages uses is left out. Default: none.
         */
        wordGroups: z
          .array(z.array(z.string().trim().min(1, 'Write each word or phrase of a group as text, e.g. "throwing up".')).min(2, 'A word group needs at least two words or phrases, e.g. ["vomiting", "throwing up"].'))
          .default([]),
      })
      .strict()
      .prefault({}),
    /** Overrides for built-in UI strings by key, e.g. `{ 'nav.topics': 'Subjects' }`; the keys are in the engine's `src/i18n/en.json`. Default: none. */
    strings: z.record(z.string(), z.string()).default({}),
    /**
     * Old addresses that now live elsewhere, as site paths without the base path, e.g.
     * `{ '/old-article/': '/articles/new-article/' }`; the base path is added to both. A target may
     * also be an https URL. Default: none.
     */
    redirects: z
      .record(
        z.string().regex(/^\/[^/]/, 'Write the old address as a site path starting with "/", e.g. "/old-article/".'),
        z.string().regex(/^(\/|https:\/\/)/, 'Write the new address as a site path starting with "/" (e.g. "/articles/new-article/") or an https URL.'),
      )
      .default({}),
    /** Your own components in place of the engine's, as paths from the project root. Default: the engine's. */
    components: z
      .object({
        /** Replaces the site header (title, navigation, search button, theme toggle). */
        Header: z.string().optional(),
        /** Replaces the site footer (disclaimer, page links). */
        Footer: z.string().optional(),
      })
      .strict()
      .prefault({}),
    /**
     * Where readers report a problem with a page: a `mailto:` address or an https form URL. Every
     * article links to it with the page's title and address filled in. Default: none (a health
     * site without it gets a build warning). Our first site reads it from `SITE_FEEDBACK`.
     */
    feedback: z.preprocess(
      // An unset environment variable often arrives as an empty string.
      (value) => (value === '' ? undefined : value),
      z
        .string()
        .refine(isFeedbackTarget, 'Use a "mailto:" address such as "mailto:corrections@example.org", or an https form URL such as "https://forms.example.org/report".')
        .optional(),
    ),
    /**
     * One privacy-respecting analytics script (Plausible, GoatCounter, Matomo…) loaded on every
     * page. Its origin and `origins` are added to the CSP's script-src and connect-src, and nowhere
     * else. Default: none (no request ever leaves the site).
     */
    analytics: z
      .object({
        /** The https URL of the script, e.g. `https://plausible.io/js/script.js`. */
        script: z.url({ protocol: /^https$/, message: 'analytics.script must be the https URL of one script, e.g. "https://plausible.io/js/script.js".' }),
        /** Other https origins the script reports to, e.g. `['https://mysite.goatcounter.com']`. Default: none. */
        origins: z.array(z.url({ protocol: /^https$/, message: 'analytics.origins must be https origins such as "https://stats.example.org".' })).default([]),
        /** `data-*` attributes the service's snippet puts on its script tag, e.g. `{ 'data-domain': 'example.org' }`. Default: none. */
        attributes: z
          .record(z.string().regex(/^data-[a-z0-9-]+$/, 'analytics.attributes takes only data-* attributes, e.g. "data-domain".'), z.string())
          .default({}),
      })
      .strict()
      .optional(),
    /** Id of the page (in `pages/`) that explains how content is checked, linked from the home page. Default: `editorial-policy` when that page exists. */
    policyPage: z.string().min(1).optional(),
  })
  .strict();

/**
 * Options that were renamed or removed, or that other site generators name differently, with
 * what to write instead. Checked before validation so the message names the new option.
 */
export const RENAMED_OPTIONS: Readonly<Record<string, string>> = {
  lang: 'language',
  locale: 'language',
  defaultLocale: 'language',
  siteUrl: 'url',
  site: 'url',
  baseUrl: 'base (the path, e.g. "/docs/"; the domain goes in url)',
  basePath: 'base',
  tagline: 'description',
  outputDir: 'outDir',
  contentDirectory: 'contentDir',
  disclaimer: 'footer.disclaimer',
  accentColor: 'brand.accent ({ light, dark })',
  themeColor: 'brand.themeColor ({ light, dark })',
  ogImage: 'shareImage',
  pageType: 'structuredData.pageType',
  translations: 'strings',
  reviewOverdue: 'editorial.reviewOverdue',
  readingGradeBudget: 'editorial.readingGradeBudget',
};

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
  if (env['SITE_REFERENCES_CONTACT']) {
    merged.references = { ...input.references, contact: env['SITE_REFERENCES_CONTACT'] };
  }
  if (env['SITE_REVIEW_OVERDUE']) {
    merged.editorial = { ...input.editorial, reviewOverdue: env['SITE_REVIEW_OVERDUE'] as 'warn' | 'fail' };
  }
  const renamed = Object.keys(merged).filter((key) => key in RENAMED_OPTIONS);
  if (renamed.length > 0) {
    throw new Error(
      `site.config.ts is invalid:\n${renamed.map((key) => `  - ${key}: this option is now ${RENAMED_OPTIONS[key]}. Rename it (see CHANGELOG.md).`).join('\n')}`,
    );
  }
  const result = siteConfigSchema.safeParse(merged);
  if (!result.success) {
    const known = Object.keys(siteConfigSchema.shape);
    const issues = result.error.issues.flatMap((issue): IssueLike[] =>
      issue.code === 'unrecognized_keys' && issue.path.length === 0
        ? issue.keys.map((key) => {
            const guess = closestMatch(key, known);
            return { path: [key], message: `unknown option.${guess ? ` Did you mean "${guess}"?` : ''} The options are: ${known.join(', ')}.` };
          })
        : [issue],
    );
    throw new Error(`site.config.ts is invalid:\n${formatZodIssues(issues)}`);
  }
  return { ...result.data, base: normalizeBase(result.data.base) };
}
