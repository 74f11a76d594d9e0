import { relative } from 'node:path';
import { ContentError } from './source-error.ts';

// Letters of any script, digits and hyphens: "qué-es" is as valid a URL segment as "what-is" (it is percent-encoded in links).
const SEGMENT = /^[\p{Ll}\p{Lo}\p{Lm}\p{M}\p{Nd}]+(?:-[\p{Ll}\p{Lo}\p{Lm}\p{M}\p{Nd}]+)*$/u;

/**
 * Turns a content file path (relative to its collection folder) into its URL slug, and keeps
 * track of slugs already taken so two files can never publish to the same URL.
 */
export function createSlugRegistry(collectionDir: string) {
  const owners = new Map<string, string>();
  return (entry: string): string => {
    // One spelling per URL: "Qué.mdx", "qué.mdx" and a decomposed "qué" are the same page.
    const slug = entry.normalize('NFC').toLowerCase().replace(/\.mdx$/, '').replace(/\/index$/, '');
    const file = `${collectionDir}/${entry}`;
    if (!slug.split('/').every((segment) => SEGMENT.test(segment))) {
      throw new ContentError(
        { file },
        `The file name "${entry}" cannot be used as a URL.`,
        'Rename the file with letters, digits and hyphens only (no spaces or punctuation), e.g. "how-it-works.mdx" or "qué-es.mdx".',
      );
    }
    const owner = owners.get(slug);
    if (owner && owner !== file) {
      // Both files, sorted, so the message does not depend on the order the file system lists them in.
      const [first, second] = [owner, file].map((path) => relative(process.cwd(), path) || path).sort();
      throw new ContentError({ file: first! }, `Duplicate slug "${slug}": ${first} and ${second} both publish to this URL.`, 'Rename one of the two files.');
    }
    owners.set(slug, file);
    return slug;
  };
}
