import { z } from 'astro/zod';
import { CERTAINTIES, VERDICTS } from './lib/evidence.ts';
import { closestMatch } from './lib/source-error.ts';
import { keyFindingProblem } from './lib/finding.ts';


/** What the schemas check frontmatter against: the ids and keys that exist in the content folder. */
export interface SchemaContext {
  topicIds: ReadonlySet<string>;
  referenceKeys: ReadonlySet<string>;
  /** File name of the bibliography, for messages. */
  bibliographyName: string;
  /** People of people.yaml by id, with their credentials; absent when the content folder has no people file. */
  people?: { file: string; ids: ReadonlyMap<string, { credentials?: string | undefined }> } | undefined;
}

const date = (field: string) =>
  z.coerce.date({ message: `${field} must be a date written as YYYY-MM-DD, e.g. 2026-11-24.` });

/** Topic taxonomy entry (topics.yaml). */
export const topicSchema = z
  .object({
    /** Kebab-case id used in article frontmatter and the topic's URL. Required. */
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Topic ids use lowercase letters, digits and hyphens.'),
    /** Heading of the topic. Required. */
    title: z.string().min(1),
    /** One sentence shown on the home and topic pages. Required. */
    description: z.string().min(1),
  })
  .strict();

/** Frontmatter of standalone pages (about, editorial policy). */
export const pageSchema = z
  .object({
    /** Page title, at most 70 characters. Required. */
    title: z.string().min(1).max(70, 'title must be at most 70 characters so search results show it whole.'),
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

/** One entry of an article's change history. */
export const changeSchema = z
  .object({
    /** Day the change was published. Required. */
    date: date('changes[].date'),
    /** `correction` (an error fixed: labelled as one), `update` (new evidence or advice) or `review` (checked, little changed). Required. */
    kind: z.enum(['correction', 'update', 'review'], { message: 'kind must be correction, update or review.' }),
    /** One plain sentence saying what changed. Required. */
    summary: z.string().min(1, 'summary must say in one line what changed.'),
  })
  .strict();

/** Article frontmatter schema, checking topic ids and reference keys against the content folder. */
export function createArticleSchema({ topicIds, referenceKeys, bibliographyName, people }: SchemaContext) {
  const topicId = z.string().superRefine((id, context) => {
    if (!topicIds.has(id)) {
      context.addIssue({
        code: 'custom',
        message: `Unknown topic "${id}". Use one of: ${[...topicIds].join(', ') || '(none yet)'}, or add it to topics.yaml.`,
      });
    }
  });

  const referenceKey = z.string().superRefine((key, context) => {
    if (!referenceKeys.has(key)) {
      context.addIssue({ code: 'custom', message: `Unknown reference key "${key}". Add it to ${bibliographyName} or fix the key.` });
    }
  });

  const personId = z.string().superRefine((id, context) => {
    if (!people) {
      context.addIssue({ code: 'custom', message: `"${id}" names a person, but the content folder has no people.yaml. Add people.yaml (the README lists its fields) or remove the field.` });
    } else if (!people.ids.has(id)) {
      const guess = closestMatch(id, people.ids.keys());
      context.addIssue({ code: 'custom', message: `Unknown person "${id}" in ${people.file}${guess ? ` (did you mean "${guess}"?)` : ''}. Add them to ${people.file} or fix the id.` });
    }
  });

  /** One checked claim: what people say, what the evidence says, and how sure we are. */
  const claimSchema = z
    .object({
      /** The claim as people make it. Required. */
      claim: z.string().min(1),
      /** Our verdict on the claim. Required: true | partly-true | misleading | unsupported | advice-differs | false. */
      // YAML reads bare true/false as booleans; accept them as the verdicts "true"/"false".
      verdict: z.preprocess((value) => (typeof value === 'boolean' ? String(value) : value), z.enum(VERDICTS)),
      /** GRADE certainty of the evidence behind the verdict. Required: high | moderate | low | very-low, or expert-advice (guidance only) | not-graded (a fact no study measures). */
      certainty: z.enum(CERTAINTIES),
      /** One or two sentences in GRADE wording ("probably", "may", "very uncertain"). Required. */
      summary: z.string().min(1),
      /** Bibliography keys of the sources. Required, at least one. */
      refs: z.array(referenceKey).min(1, 'List at least one reference key in refs.'),
      /**
       * Why the certainty is higher than the designs of the sources suggest (GRADE's reasons to rate
       * up observational evidence: a large effect, a dose-response…). Without it, a high or moderate
       * claim resting on observational studies alone is reported. Default: none.
       */
      gradeReason: z.string().min(1).optional(),
      /**
       * Links claims that are the same question across articles, even when phrased the opposite way
       * ("X cures Y" / "X cannot cure Y"): the claims page lists them once. Default: none (claims
       * with the same wording, ignoring case and punctuation, are merged anyway).
       */
      id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Claim ids use lowercase letters, digits and hyphens, e.g. "cures-widgets".').optional(),
    })
    .strict();

  const fields = {
    /** Page title, the only h1; at most 70 characters so search results show it whole. Required. */
    title: z.string().min(1).max(70, 'title must be at most 70 characters so search results show it whole.'),
    /** 50–160 characters; used for meta description, cards and search excerpts. Required. */
    description: z
      .string()
      .min(50, 'description must be at least 50 characters: say what the reader will learn.')
      .max(160, 'description must be at most 160 characters so search engines show it whole.'),
    /** The reader's question this article answers, shown on the home page. Default: none. */
    question: z.string().min(1).optional(),
    /**
     * One-line answer to `question`, shown under it on the home page with the verdict of the first
     * claim. Plain words, at most 120 characters. Default: none (the card shows the description).
     */
    answer: z.string().min(1).max(120, 'answer must be at most 120 characters: one line that answers the question.').optional(),
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
    /** Who checked the page against its sources, when, and when it is next due. Required unless `draft: true` (a draft is unreviewed). */
    review: z
      .object({
        /** Date of the last review. */
        reviewed: date('review.reviewed'),
        /** The real person or process that reviewed it (never an invented clinician). Required unless `reviewers` names them. */
        by: z.string().min(3).optional(),
        /** Ids from people.yaml of who reviewed the page; a clinical review needs one with credentials there. Default: none (`by` says who). */
        reviewers: z.array(personId).min(1, 'List at least one person id in review.reviewers, or remove it.').optional(),
        /** `clinical` only when a qualified clinician reviewed the page; otherwise the page says it has not been. Default: `editorial`. */
        type: z.enum(['editorial', 'clinical']).default('editorial'),
        /** Date the next review is due. */
        next: date('review.next'),
      })
      .strict()
      .refine((review) => review.next > review.reviewed, {
        message: 'review.next must be after review.reviewed.',
        path: ['next'],
      })
      .refine((review) => review.by !== undefined || review.reviewers !== undefined, {
        message: 'Say who reviewed the page: review.by (a person or process) or review.reviewers (ids from people.yaml).',
        path: ['by'],
      })
      .superRefine((review, context) => {
        // With a people file, a clinical review names a qualified person, so the page can show who and with what qualification.
        if (!people || review.type !== 'clinical') return;
        const credentialed = (review.reviewers ?? []).some((id) => people.ids.get(id)?.credentials);
        if (!credentialed) {
          context.addIssue({
            code: 'custom',
            path: ['reviewers'],
            message: `A clinical review needs a reviewer with credentials: list their id from ${people.file} in review.reviewers and give them credentials there, or use type: editorial.`,
          });
        }
      })
      .optional(),
    /** Ids from people.yaml of who wrote the page. Default: none (the publisher is credited). */
    authors: z.array(personId).min(1, 'List at least one person id in authors, or remove it.').optional(),
    /** 2–5 short statements shown first on the page. Default: none. */
    keyPoints: z.array(z.string().min(1)).min(2, 'Give at least 2 key points.').max(5, 'Give at most 5 key points.').optional(),
    /** Checked claims, shown as an evidence summary and on the site-wide claims page. Default: none. */
    claims: z.array(claimSchema).default([]),
    /**
     * What changed since publication, one line each, in any order (the page lists the newest first).
     * Shown as "What changed"; the newest date is the page's `dateModified`; corrections also go
     * to the RSS feed, as journals publish theirs. Default: none.
     */
    changes: z.array(changeSchema).default([]),
    /** The `id` of one of this article's claims, shown first on the page and on its home-page card. Default: the first claim. */
    keyFinding: z.string().min(1).optional(),
  };

  const known = Object.keys(fields);
  /** Article frontmatter. Unknown keys are errors, so typos never pass silently. */
  return z
    .looseObject(fields)
    .superRefine((article, context) => {
      // Reported per field (not as one issue on the whole object), so every message names its field.
      for (const key of Object.keys(article).filter((name) => !known.includes(name))) {
        const guess = closestMatch(key, known);
        context.addIssue({
          code: 'custom',
          path: [key],
          message: `Unknown field${guess ? ` (did you mean "${guess}"?)` : ''}: check the spelling or remove it (the README lists every field).`,
        });
      }
      if (article.draft !== true && !article.review) {
        context.addIssue({
          code: 'custom',
          path: ['review'],
          message:
            'review is required to publish: once someone has checked the article against its sources, add review: { reviewed: YYYY-MM-DD, by: "who checked it", next: YYYY-MM-DD } (or keep draft: true).',
        });
      }
      const problem = keyFindingProblem(Array.isArray(article.claims) ? article.claims : [], article.keyFinding);
      if (problem) context.addIssue({ code: 'custom', path: ['keyFinding'], message: problem });
      // Run even when other fields failed: a misspelt field usually comes with a "missing" one.
    }, { when: () => true });
}

/** Validated article frontmatter. */
export type ArticleData = z.infer<ReturnType<typeof createArticleSchema>>;
