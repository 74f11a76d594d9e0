import { isAbsolute, join, resolve } from 'node:path';

/** Where each kind of content lives inside a content folder. */
export interface ContentPaths {
  root: string;
  articles: string;
  pages: string;
  topics: string;
  glossary: string;
  /** The people who write and review pages (optional file). */
  people: string;
  /** Candidate bibliography files, in the order they are looked for. */
  referenceCandidates: string[];
}

/** Resolves the content folder (absolute, or relative to `projectRoot`) and the files inside it. */
export function contentPaths(contentDir: string, projectRoot: string = process.cwd()): ContentPaths {
  const root = isAbsolute(contentDir) ? contentDir : resolve(projectRoot, contentDir);
  return {
    root,
    articles: join(root, 'articles'),
    pages: join(root, 'pages'),
    topics: join(root, 'topics.yaml'),
    glossary: join(root, 'glossary.yaml'),
    people: join(root, 'people.yaml'),
    referenceCandidates: [join(root, 'references.json'), join(root, 'references.bib')],
  };
}
