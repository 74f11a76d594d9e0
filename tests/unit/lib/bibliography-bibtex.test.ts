import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBibliography } from '../../../src/lib/bibliography.ts';
import { findIncompleteReferences } from '../../../src/lib/bibliography-completeness.ts';
import { projectRoot } from '../../helpers/build-site.ts';

// Entry shapes as the tools write them: Zotero's BibTeX and BibLaTeX translators (zotero/translators
// BibTeX.js, BibLaTeX.js) and Better BibTeX's export fixtures (retorquere/zotero-better-bibtex).
const zoteroExport = readFileSync(`${projectRoot}/tests/fixtures/zotero-bibtex/references.bib`, 'utf8');

function read(bib: string, file = 'content/references.bib') {
  const bibliography = parseBibliography(file, bib);
  return { bibliography, problems: findIncompleteReferences(bibliography) };
}

describe('a Zotero BibTeX export', () => {
  const { bibliography, problems } = read(zoteroExport);
  const entry = (key: string) => bibliography.entries.get(key)!;

  it('is complete: articles, web pages, a report and a book chapter pass the completeness check', () => {
    expect(problems).toEqual([]);
    expect([...bibliography.entries.values()].map((reference) => reference.type)).toEqual([
      'article-journal',
      'article-journal',
      'webpage',
      'report',
      'chapter',
      'webpage',
      'webpage',
    ]);
  });

  it('reads a journal article with its journal, pages, PubMed ID and study design', () => {
    expect(entry('guyatt_grade_2008')).toMatchObject({
      'container-title': 'BMJ',
      volume: '336',
      page: '924-926',
      PMID: '18436948',
      DOI: '10.1136/bmj.39489.470347.AD',
      custom: { design: 'narrative-review' },
    });
  });

  it('reads a Zotero web page (@misc with url, urldate and the site as journal) as a dated web page', () => {
    expect(entry('noauthor_cochrane_nodate')).toMatchObject({
      type: 'webpage',
      URL: 'https://training.cochrane.org/handbook',
      'container-title': 'Cochrane Training',
      accessed: { 'date-parts': [[2026, 11, 30]] },
      author: [{ literal: 'Cochrane' }],
    });
  });

  it('reads a Better BibTeX web page (@misc with howpublished = {\\url{…}} and the access date in note)', () => {
    expect(entry('gradeworkinggroup2013')).toMatchObject({
      type: 'webpage',
      URL: 'https://gdt.gradepro.org/app/handbook/handbook.html',
      accessed: { 'date-parts': [[2026, 11, 30]] },
      issued: { 'date-parts': [[2013]] },
    });
  });

  it('reads a BibLaTeX @online page with urldate and organization', () => {
    expect(entry('cochraneGRADE')).toMatchObject({ type: 'webpage', publisher: 'Cochrane Training', accessed: { 'date-parts': [[2026, 11, 30]] } });
  });

  it('reads a report with its institution and a chapter with its book and publisher', () => {
    expect(entry('world_health_organization_who_2014')).toMatchObject({ type: 'report', publisher: 'World Health Organization', issued: { 'date-parts': [[2014]] } });
    expect(entry('schunemann_completing_2019')).toMatchObject({
      type: 'chapter',
      'container-title': 'Cochrane Handbook for Systematic Reviews of Interventions',
      publisher: 'John Wiley & Sons',
      DOI: '10.1002/9781119536604.ch14',
    });
  });
});

describe('other BibTeX and BibLaTeX entry types', () => {
  it('reads @electronic (Zotero imports it as a web page) with urldate', () => {
    const { bibliography, problems } = read('@electronic{zotero,\n  author = {{Corporation for Digital Scholarship}},\n  title = {Zotero\'s Homepage},\n  year = 2019,\n  url = {https://www.zotero.org/},\n  urldate = {2019-10-12}\n}\n');
    expect(bibliography.entries.get('zotero')).toMatchObject({ type: 'webpage', accessed: { 'date-parts': [[2019, 10, 12]] } });
    expect(problems).toEqual([]);
  });

  it('reads @inbook, @phdthesis with school, @mastersthesis and BibLaTeX @thesis with institution', () => {
    const { bibliography, problems } = read(`@inbook{chapter,
  title = {A Chapter},
  booktitle = {A Book},
  author = {Yzelman, Albert-Jan N. and Roose, Dirk},
  year = {2015},
  pages = {457--476},
  publisher = {{Morgan Kaufmann}},
  url = {https://www.sciencedirect.com/science/article/pii/B9780128021187000273}
}

@phdthesis{phd,
  title = {A Doctoral Thesis},
  author = {Woodson, Drexel G.},
  year = 1990,
  address = {Chicago, IL},
  school = {Department of Anthropology, The University of Chicago},
  url = {https://knowledge.uchicago.edu/}
}

@mastersthesis{masters,
  title = {A Masters Thesis},
  author = {Hoffmann, Oliver},
  school = {Universität Trier},
  year = {2009},
  url = {http://dblp.uni-trier.de/papers/DiplomarbeitOliverHoffmann.pdf}
}

@thesis{biblatex,
  title = {A Thesis},
  author = {Woodson, Drexel G.},
  date = {1990},
  institution = {The University of Chicago},
  type = {phdthesis},
  url = {https://knowledge.uchicago.edu/}
}
`);
    expect([...bibliography.entries.values()].map((entry) => [entry.type, entry['publisher'] ?? entry['container-title']])).toEqual([
      ['chapter', 'Morgan Kaufmann'],
      ['thesis', 'Department of Anthropology, The University of Chicago'],
      ['thesis', 'Universität Trier'],
      ['thesis', 'The University of Chicago'],
    ]);
    expect(problems).toEqual([]);
  });

  it('takes a PubMed ID from BibLaTeX eprinttype = {pubmed}', () => {
    const { bibliography } = read('@article{a,\n  title = {T},\n  author = {Sasson, Comilla},\n  date = {2013-03},\n  journaltitle = {Circulation},\n  volume = {127},\n  pages = {1342--1350},\n  eprinttype = {pubmed},\n  eprint = {23439512}\n}\n');
    expect(bibliography.entries.get('a')).toMatchObject({ PMID: '23439512', 'container-title': 'Circulation', issued: { 'date-parts': [[2013, 3]] } });
  });
});

describe('what an incomplete BibTeX entry is told to add', () => {
  const messagesFor = (bib: string) => read(bib).problems.map((problem) => ({ field: problem.field, message: problem.message }));

  it('names journal, not container-title, for an article without its journal', () => {
    expect(messagesFor('@article{a,\n  title = {T},\n  author = {Kang, S},\n  year = {1996},\n  doi = {10.1001/archderm.1996.03890290053007}\n}\n')).toEqual([
      { field: 'journal', message: 'content/references.bib:1: reference "a" has no container: the journal, book or website it appeared in.\n  Fix: Add journal = {…} with the journal\'s name.' },
    ]);
  });

  it('names urldate for an undated web page and organization for a page with no site', () => {
    const problems = messagesFor('@misc{page,\n  title = {Stretch marks},\n  author = {Smith, Jane},\n  howpublished = {\\url{https://www.nhs.uk/conditions/stretch-marks/}}\n}\n');
    expect(problems.map((problem) => problem.field)).toEqual(['year', 'organization']);
    expect(problems[0]!.message).toContain('urldate = {2026-11-30} with the day you read it');
    expect(problems[1]!.message).toContain('Add organization = {…}');
  });

  it('names volume and pages, doi, institution and booktitle in BibTeX words', () => {
    expect(messagesFor('@article{a,\n  title = {T},\n  author = {Kang, S},\n  year = {1996},\n  journal = {Archives of Dermatology},\n  pmid = {8624148}\n}\n')[0]).toMatchObject({
      field: 'volume, pages',
      message: expect.stringContaining('has no volume or pages.\n  Fix: Add the doi, or volume = {…} and pages = {…} as printed.'),
    });
    expect(messagesFor('@techreport{r,\n  title = {T},\n  author = {{WHO}},\n  year = {2014},\n  url = {https://www.who.int/}\n}\n').map((problem) => problem.field)).toEqual(['institution']);
    expect(messagesFor('@incollection{c,\n  title = {T},\n  author = {Kang, S},\n  year = {2014},\n  doi = {10.1002/9781119536604.ch14}\n}\n').map((problem) => problem.field)).toEqual(['booktitle']);
    expect(messagesFor('@article{a,\n  title = {T},\n  year = {1996},\n  journal = {J},\n  doi = {10.1001/x}\n}\n')[0]?.message).toContain('Fix: Add author = {Family, Given and Family, Given}, or an organisation in double braces');
  });

  it('keeps CSL-JSON names for a .json bibliography', () => {
    const json = JSON.stringify([{ id: 'a', type: 'article-journal', title: 'T', author: [{ family: 'Kang' }], issued: { 'date-parts': [[1996]] }, DOI: '10.1001/x' }]);
    expect(read(json, 'content/references.json').problems.map((problem) => problem.field)).toEqual(['container-title']);
  });
});
