import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const files = (dir: string): string[] =>
  readdirSync(dir).filter((name) => name !== 'node_modules').flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });

// Words of the first site's subject: the engine must work for any other subject by swapping content/.
const TOPIC_WORDS = /microderm|stretch|striae|cocoa|dermis|tretinoin|retinoid|pregnan|collagen|skin/i;

describe.each(['src', 'bin', 'examples/starter'])('the engine (%s/)', (folder) => {
  it('contains no word of the first site\u2019s subject, so another team can publish on another topic', () => {
    const hits = files(join(root, folder)).flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, index) => (TOPIC_WORDS.test(line) ? [`${relative(root, file)}:${index + 1}: ${line.trim()}`] : [])),
    );
    expect(hits).toEqual([]);
  });
});
