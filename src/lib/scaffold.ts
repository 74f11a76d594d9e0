import { isoDate } from './dates.ts';

/** URL slug of a title: lowercase ASCII words joined by hyphens. */
export function slugify(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}

/** Options of articleSkeleton. */
export interface SkeletonOptions {
  title: string;
  topic: string;
  day: Date;
}

/**
 * A new article that passes every check: an unreviewed draft (so it is never published by accident)
 * with valid frontmatter, the review block to fill in once checked, and MDX comments saying what each part needs.
 */
export function articleSkeleton({ title, topic, day }: SkeletonOptions): string {
  const next = new Date(Date.UTC(day.getUTCFullYear() + 1, day.getUTCMonth(), day.getUTCDate()));
  return `---
title: ${JSON.stringify(title)}
description: "Say in one or two plain sentences what a reader will learn from this article."
topics: [${topic}]
published: ${isoDate(day)}
draft: true
# A draft is unreviewed. Before removing "draft: true", have someone check every statement against
# its sources, then add who did it and when (type: clinical only for a real clinician's review):
# review:
#   reviewed: YYYY-MM-DD
#   by: "who checked it"
#   next: ${isoDate(next)}
keyPoints:
  - "First key point: the answer in one short sentence."
  - "Second key point."
claims: []
---

{/* Write for lay readers: short sentences, everyday words. Every medical statement needs a
    citation such as [@key], with the key from the bibliography. Add checked claims to
    "claims" in the frontmatter, and remove "draft: true" when the article is ready. */}

## What it is

{/* Explain the topic in plain words. */}

## What the evidence says

{/* Report each study at its real strength: who took part, how many, what was found. */}

## When to see a doctor

<CareCard level="non-urgent" title="See a doctor if">

- {/* the signs that need a doctor */}

</CareCard>
`;
}
