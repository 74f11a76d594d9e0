import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A temporary content folder with a small bibliography and glossary for plugin tests. */
export function pluginFixture() {
  const root = mkdtempSync(join(tmpdir(), 'plugin-fixture-'));
  const bibliography = join(root, 'references.json');
  const glossary = join(root, 'glossary.yaml');
  writeFileSync(
    bibliography,
    JSON.stringify([
      { id: 'smith2020', type: 'article-journal', title: 'Widgets', DOI: '10.1000/w.1' },
      { id: 'doe2019', type: 'article-journal', title: 'Gadgets', PMID: '123' },
      { id: 'smyth2020', type: 'webpage', title: 'Similar key', URL: 'https://example.org/' },
    ]),
  );
  writeFileSync(
    glossary,
    '- id: dermis\n  term: dermis\n  aliases: [deeper skin layer]\n  definition: The deeper layer of skin.\n- id: collagen\n  term: collagen\n  definition: A protein that makes skin strong.\n- id: elastin\n  term: elastin\n  definition: A protein that lets skin stretch.\n',
  );
  return { root, bibliography, glossary, articles: join(root, 'articles') };
}
