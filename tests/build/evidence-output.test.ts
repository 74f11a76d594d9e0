import { describe, expect, it } from 'vitest';
import { readPage } from '../helpers/dist.ts';
import { siteDir } from '../helpers/sites.ts';

const root = siteDir('basic');

describe('citations and references in the built article', () => {
  const page = readPage(root, 'articles/first-article/');

  it('renders each citation as a button named "Reference N" that opens its sources in place, numbers sorted', () => {
    const buttons = [...page.querySelectorAll('.prose button.cite')];
    expect(buttons.map((button) => [button.textContent, button.getAttribute('aria-label'), button.id])).toEqual([
      ['[1]', 'Reference 1', 'cite-1'],
      ['[1, 2]', 'References 1, 2', 'cite-2'],
      ['[1]', 'Reference 1', 'cite-3'],
    ]);
    const popover = page.getElementById(buttons[1]!.getAttribute('popovertarget')!)!;
    expect(popover.hasAttribute('popover')).toBe(true);
    expect([...popover.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual([
      'https://doi.org/10.1000/fixture.2020.1',
      'https://pubmed.ncbi.nlm.nih.gov/12345678/',
      '#ref-smith2020',
      'https://doi.org/10.1000/fixture.2019.7',
      '#ref-doe2019',
    ]);
  });

  it('keeps each citation number together with the word before it', () => {
    const anchor = page.querySelector('.prose .cite-anchor')!;
    expect(anchor.firstChild?.textContent).toBe('small');
    expect(anchor.querySelector('button.cite')).not.toBeNull();
  });

  it('ends with a numbered Vancouver reference list with DOI and PubMed links and a back link for every use', () => {
    const items = [...page.querySelectorAll('.references ol > li')];
    expect(items.map((li) => li.id)).toEqual(['ref-smith2020', 'ref-doe2019', 'ref-agency-page']);
    // A web page says when the author read it, as Vancouver's "[cited …]" does, in the site's words.
    expect(items[2]?.querySelector('.references__accessed')?.textContent).toBe('(accessed 5 January 2026)');
    expect(items[2]?.querySelector('.references__accessed time')?.getAttribute('datetime')).toBe('2026-01-05');
    expect(items[0]?.querySelector('.references__text')?.textContent).toBe('Smith A, Jones B. A randomised trial of widgets. Journal of Fixtures. 2020;12(3):100–10.');
    expect([...items[0]!.querySelectorAll('a.references__link')].map((a) => a.getAttribute('href'))).toEqual([
      'https://doi.org/10.1000/fixture.2020.1',
      'https://pubmed.ncbi.nlm.nih.gov/12345678/',
    ]);
    expect([...items[0]!.querySelectorAll('.references__back')].map((a) => a.getAttribute('href'))).toEqual(['#cite-1', '#cite-2', '#cite-3']);
    expect([...items[1]!.querySelectorAll('.references__back')].map((a) => a.getAttribute('href'))).toEqual(['#cite-2']);
    expect(items[2]?.querySelector('.references__back')).toBeNull();
  });

  it('shows key points first, then the claims folded under their count, with plain-words verdicts linked to a visible key', () => {
    const body = page.querySelector('.article__body')!;
    expect([...body.children].slice(0, 3).map((child) => child.className)).toEqual(['toc-bar', 'key-points', 'evidence']);
    const evidence = page.querySelector('details.evidence')!;
    expect(evidence.hasAttribute('open')).toBe(false);
    expect(evidence.querySelector('summary')?.textContent).toBe('Claims checked here (1)');
    const claim = evidence.querySelector('.claim')!;
    expect(claim.querySelector('.claim__text')?.textContent).toBe('Widgets cure everything.');
    const verdict = claim.querySelector('.verdict')!;
    expect(verdict.textContent).toBe('No, this is wrong');
    expect(page.querySelector(verdict.getAttribute('href')!)?.textContent).toContain('The evidence goes against this claim.');
    const badge = claim.querySelector('.badge')!;
    expect(badge.textContent).toBe('Low certainty');
    // Certainty belongs to each claim, not to the page: it is not a page-wide search filter.
    expect(badge.hasAttribute('data-pagefind-filter')).toBe(false);
    expect(page.querySelector(badge.getAttribute('href')!)?.textContent).toContain('may be quite different');
    expect(claim.querySelector('button.cite')?.getAttribute('aria-label')).toBe('References 1, 3');
  });

  it('gives every table a caption and labels its cells for the card layout on phones', () => {
    const table = page.querySelector('.prose table')!;
    expect(table.querySelector('caption')?.textContent).toBe('Widget sizes and their share of sales');
    expect([...table.querySelectorAll('tbody tr:first-child td')].map((td) => td.getAttribute('data-label'))).toEqual(['Size', 'Share']);
    expect(page.querySelector('.prose')?.textContent).not.toContain('Table:');
  });

  it('renders <Figure> with a visible caption and a small-screen version, and <Details> closed', () => {
    const figure = page.querySelector('figure.figure')!;
    expect(figure.querySelector('figcaption')?.textContent).toBe('Diagram: a widget seen from the side and from the top');
    expect(figure.querySelectorAll('.figure__wide svg, .figure__small svg')).toHaveLength(2);
    const details = page.querySelector('details.details')!;
    expect(details.hasAttribute('open')).toBe(false);
    expect(details.querySelector('summary')?.textContent).toBe('Study numbers');
  });

  it('renders the care card with its own heading and a visually hidden severity prefix', () => {
    const heading = page.querySelector('.care-card--urgent h3');
    expect(heading?.querySelector('.visually-hidden')?.textContent).toBe('Urgent advice: ');
    expect(heading?.textContent).toBe('Urgent advice: See a doctor if');
  });

  it('shows the definition of a glossary term in place, in a popover its button opens, with a link to the glossary', () => {
    const term = page.querySelector('.prose .term button.term__button')!;
    expect(term.textContent).toBe('widget');
    const popover = page.getElementById(term.getAttribute('popovertarget')!)!;
    expect(popover.hasAttribute('popover')).toBe(true);
    expect(popover.querySelector('.term-pop__text')?.textContent).toBe('A small device used in the fixture articles.');
    expect(popover.querySelector('a')?.getAttribute('href')).toBe('/glossary/#term-widget');
    expect(page.querySelectorAll('.prose .term')).toHaveLength(2);
  });

  it('never links the term a page is about', () => {
    const guide = readPage(root, 'articles/guides/nested-guide/');
    expect(guide.querySelector('h1')?.textContent).toContain('guide');
    expect(guide.querySelector('.prose')?.textContent).toContain('This guide lives');
    expect(guide.querySelector('.prose .term')).toBeNull();
  });

  it('gives search the glossary terms the article uses and the reader\u2019s question, as fields never shown in excerpts', () => {
    const article = page.querySelector('[data-pagefind-body]')!;
    expect(article.querySelector('data[data-pagefind-meta="terms[value]"]')?.getAttribute('value')).toBe('widget, systematic review');
    expect(article.querySelector('data[data-pagefind-meta="question[value]"]')?.getAttribute('value')).toBe('What does the first fixture article prove?');
    // No hidden text in the indexed body: it would show up in result excerpts.
    expect(article.querySelector('p[hidden]')).toBeNull();
  });

  it('emits MedicalWebPage JSON-LD with review date, reviewer, topics and citations', () => {
    const json = JSON.parse(page.querySelector('script[type="application/ld+json"]')!.textContent!);
    expect(json).toMatchObject({
      '@type': 'MedicalWebPage',
      lastReviewed: '2026-02-01',
      reviewedBy: { '@type': 'Organization' },
      about: [{ name: 'Alpha topic' }],
      url: 'https://example.org/articles/first-article/',
    });
    expect(json.citation).toHaveLength(3);
  });
});

describe('the review box', () => {
  it('says plainly that a page without a clinical review has not been reviewed by a clinician', () => {
    const box = readPage(root, 'articles/first-article/').querySelector('.review-info')!;
    expect(box.textContent).toContain('Fixture editorial process');
    expect(box.querySelector('.review-info__unreviewed')?.textContent).toBe(
      'Not yet reviewed by a clinician. This page was checked against its sources by the editorial team.',
    );
  });

  it('names the clinician, as a person in structured data, only when a clinical review is recorded', () => {
    const page = readPage(root, 'articles/second-article/');
    expect(page.querySelector('.review-info__unreviewed')).toBeNull();
    expect(page.querySelector('.review-info')?.textContent).toContain('Fixture Clinician, consultant in fixtures');
    const json = JSON.parse(page.querySelector('script[type="application/ld+json"]')!.textContent!);
    expect(json.reviewedBy).toEqual({ '@type': 'Person', name: 'Fixture Clinician, consultant in fixtures' });
  });
});

describe('the claims page', () => {
  const page = readPage(root, 'claims/');
  const claims = [...page.querySelectorAll('.claims-section .claim')];

  it('lists each claim once: a repeat with other punctuation and an opposite phrasing linked by id are merged', () => {
    expect(claims.map((claim) => claim.querySelector('.claim__text')?.textContent)).toEqual(['Gadgets are proven to work.', 'Widgets cure everything.']);
    const widgets = claims[1]!;
    expect([...widgets.querySelectorAll('.claim__also li')].map((li) => li.textContent)).toEqual(['“Widgets cannot cure everything by themselves.” Yes, this is right']);
    expect([...widgets.querySelectorAll('.claim__article a')].map((a) => a.getAttribute('href'))).toEqual(['/articles/first-article/', '/articles/second-article/']);
  });

  it('groups claims by verdict with counts, jump links and script-free filters by verdict and topic', () => {
    expect([...page.querySelectorAll('.claims-section h2')].map((h) => h.textContent)).toEqual(['Not known yet (1)', 'No, this is wrong (1)']);
    expect([...page.querySelectorAll('.claims__jump a')].map((a) => a.getAttribute('href'))).toEqual(['#verdict-unsupported', '#verdict-false', '#evidence-key']);
    expect([...page.querySelectorAll('input[name="verdict-filter"] + label')].map((label) => label.textContent)).toEqual(['All (2)', 'Not known yet (1)', 'No, this is wrong (1)']);
    expect([...page.querySelectorAll('input[name="topic-filter"]')].map((input) => input.id)).toEqual(['filter-topic-all', 'filter-topic-alpha', 'filter-topic-beta']);
    expect(claims[0]?.getAttribute('data-topics')).toBe('beta alpha');
    expect(page.querySelector('link[href="/assets/claims-filters.css"]')).not.toBeNull();
  });

  it('shows verdict, certainty and sources of each claim, linked to the visible key', () => {
    const gadgets = claims[0]!;
    expect(gadgets.querySelector('.badge')?.textContent).toBe('Very low certainty');
    expect(gadgets.querySelector('.verdict')?.textContent).toBe('Not known yet');
    expect(page.querySelector(gadgets.querySelector('.verdict')!.getAttribute('href')!)).not.toBeNull();
    expect(gadgets.querySelector('.cite-pop__item')?.textContent).toContain('Doe C. A systematic review of gadgets.');
  });
});

describe('the glossary page', () => {
  const page = readPage(root, 'glossary/');

  it('lists every term with an anchor and definition, and synonyms that are not mere plurals', () => {
    const entry = page.getElementById('term-widget');
    expect(entry?.querySelector('dt')?.textContent).toBe('widget');
    expect(entry?.querySelector('dd')?.textContent).toContain('Also called: doohickey.');
  });

  it('has an A–Z index linking the letters that have terms', () => {
    const links = [...page.querySelectorAll('.az a')].map((a) => [a.textContent, a.getAttribute('href')]);
    expect(links).toEqual([['G', '#letter-g'], ['S', '#letter-s'], ['W', '#letter-w']]);
    expect(page.querySelectorAll('.az li')).toHaveLength(26);
  });
});
