import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, projectRoot, type BuildResult } from '../helpers/build-site.ts';
import { readPage } from '../helpers/dist.ts';

// The starter as `create` copies it (its bibliographyIncomplete: 'fail' included), with its
// bibliography replaced by a Zotero BibTeX export: journal articles, three kinds of web page,
// a report and a book chapter. Built inside the repository so `evidence-site` resolves to this engine.
const root = join(projectRoot, '.build/test/zotero-starter');
const outDir = join(root, 'dist');
const SKIP = new Set(['node_modules', 'dist', '.astro', 'package.json', 'package-lock.json']);
const RENAMED = { guyatt2008: 'guyatt_grade_2008', balshem2011: 'balshem_grade_2011', 'cochrane-handbook': 'noauthor_cochrane_nodate' };
const MORE = `

## Where the methods are written down

The rules are set out in a handbook for guideline groups [@world_health_organization_who_2014]. One chapter shows how to grade each result [@schunemann_completing_2019]. The GRADE group keeps its own guide online [@gradeworkinggroup2013; @cochraneGRADE].
`;
let result: BuildResult;

beforeAll(async () => {
  rmSync(root, { recursive: true, force: true });
  cpSync(join(projectRoot, 'examples/starter'), root, { recursive: true, filter: (source) => !SKIP.has(basename(source)) });
  rmSync(join(root, 'content/references.json'));
  cpSync(join(projectRoot, 'tests/fixtures/zotero-bibtex/references.bib'), join(root, 'content/references.bib'));
  const articleFile = join(root, 'content/articles/how-sure-can-we-be.mdx');
  let article = readFileSync(articleFile, 'utf8');
  for (const [from, to] of Object.entries(RENAMED)) article = article.replaceAll(new RegExp(`\\b${from}\\b`, 'g'), to);
  writeFileSync(articleFile, `${article.trimEnd()}${MORE}`);
  result = await buildSite({ root, outDir });
});

describe('a starter site whose bibliography is a Zotero BibTeX export', () => {
  it("builds with the starter's bibliographyIncomplete: 'fail' and no incomplete entry", () => {
    expect(readFileSync(join(root, 'site.config.ts'), 'utf8')).toContain("bibliographyIncomplete: 'fail'");
    expect(result.output).not.toMatch(/incomplete bibliography|has no (container|year|author|publisher)/);
    expect(result.code).toBe(0);
    expect(existsSync(join(outDir, 'articles/how-sure-can-we-be/index.html'))).toBe(true);
  });

  it('lists the report, the book chapter and the web pages with their publishers and links', () => {
    const references = [...readPage(outDir, 'articles/how-sure-can-we-be/').querySelectorAll('.references li')].map((item) => item.textContent?.replace(/\s+/g, ' ') ?? '');
    expect(references).toHaveLength(7);
    expect(references.join('\n')).toMatch(/World Health Organization\. WHO handbook for guideline development\. 2nd ed\. Geneva: World Health Organization; 2014\./);
    expect(references.join('\n')).toMatch(/Completing ‘Summary of findings’ tables.*In: .*Cochrane Handbook for Systematic Reviews of Interventions/);
    expect(references.join('\n')).toContain('https://gdt.gradepro.org/app/handbook/handbook.html');
    expect(references.join('\n')).toContain('PubMed');
  });
});
