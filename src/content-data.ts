import runtime from 'virtual:evidence-site/config';
import { contentPaths } from './lib/content-paths.ts';
import { loadGlossary, type Glossary } from './lib/glossary.ts';
import { loadBibliography, type Bibliography } from './lib/bibliography.ts';
import { loadPeople, type People } from './lib/people.ts';

/** Files of the configured content folder. */
export const paths = contentPaths(runtime.contentRoot);

/** The site's glossary (validated, cached until the file changes). */
export function glossary(): Glossary {
  return loadGlossary(paths.glossary);
}

/** The site's bibliography (validated, cached until the file changes). */
export function bibliography(): Bibliography {
  return loadBibliography(paths.referenceCandidates);
}

/** The people who write and review the site's pages (empty without a people file). */
export function people(): People {
  return loadPeople(paths.people);
}
