/** A prop rule: whether it is required, and the allowed values when only some are. */
type PropRule = { required: boolean; values?: readonly string[] };

/**
 * Components authors can use in MDX without importing them, and the props each accepts.
 * remark-mdx-checks checks MDX against this at compile time, so a typo fails with file and line.
 */
export const contentComponentProps: Record<string, Record<string, PropRule>> = {
  CareCard: {
    level: { required: true, values: ['non-urgent', 'urgent', 'emergency'] },
    title: { required: true },
  },
  Callout: {
    kind: { required: false, values: ['note', 'important', 'myth'] },
    title: { required: false },
  },
  Term: {
    id: { required: true },
  },
  Figure: {
    caption: { required: true },
  },
  Details: {
    summary: { required: false },
  },
  EvidenceKey: {
    level: { required: false, values: ['h2', 'h3'] },
  },
  UrgentHelp: {
    title: { required: false },
  },
};

/** Names of the components authors can use in MDX without importing them (see content-components.ts). */
export const contentComponentNames = Object.keys(contentComponentProps);

/**
 * Every component an article may use without importing it, as remark-mdx-checks knows them: the
 * rendered ones above and `<SearchQuestions>`, which remark-search-questions turns into HTML
 * before the check runs (it has no props).
 */
export const checkedComponentProps: Record<string, Record<string, PropRule>> = { ...contentComponentProps, SearchQuestions: {} };
