import { relative } from 'node:path';
import { ContentError } from './source-error.ts';

const SEGMENT = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Turns a content file path (relative to its collection folder) into its URL slug, and keeps
 * track of slugs already taken so two files can never publish to the same URL.
 */
export function createSlugRegistry(collectionDir: string) {
  const owners = new Map<string, string>();
  return (entry: string): string => {
    const slug = entry.replace(/\.mdx$/, '').replace(/\/index$/, '');
    const file = `${collectionDir}/${entry}`;
    if (!slug.split('/').every((segment) => SEGMENT.test(segment))) {
      throw new ContentError(
        { file },
        `The file name "${entry}" cannot be used as a URL.`,
        'Rename the file with lowercase letters, digits and hyphens only, e.g. "how-it-works.mdx".',
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
