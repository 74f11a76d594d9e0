import { describe, expect, it } from 'vitest';
import { readPage } from '../helpers/dist.ts';
import { siteDir } from '../helpers/sites.ts';

const root = siteDir('basic');

describe('citations and references in the built article', () => {
  const page = readPage(root, 'articles/first-article/');

  it('renders citations as numbered links named "Reference N", numbered in order of first citation', () => {
    const links = [...page.querySelectorAll('.prose sup.cite a')];
    expect(links.map((a) => [a.textContent, a.getAttribute('aria-label'), a.getAttribute('href')])).toEqual([
      ['1', 'Reference 1', '#ref-smith2020'],
      ['2', 'Reference 2', '#ref-doe2019'],
      ['1', 'Reference 1', '#ref-smith2020'],
    ]);
  });

  it('ends with a numbered Vancouver reference list with DOI and PubMed links, including sources only claims cite', () => {
    const items = [...page.querySelectorAll('.references ol > li')];
    expect(items.map((li) => li.id)).toEqual(['ref-smith2020', 'ref-doe2019', 'ref-agency-page']);
    expect(items[0]?.querySelector('.references__text')?.textContent).toBe('Smith A, Jones B. A randomised trial of widgets. Journal of Fixtures. 2020;12(3):100–10.');
    expect([...items[0]!.querySelectorAll('a.references__link')].map((a) => a.getAttribute('href'))).toEqual([
      'https://doi.org/10.1000/fixture.2020.1',
      'https://pubmed.ncbi.nlm.nih.gov/12345678/',
    ]);
    expect(items[0]?.querySelector('.references__back')?.getAttribute('href')).toBe('#cite-smith2020-1');
    expect(items[2]?.querySelector('.references__back')).toBeNull();
  });

  it('shows key points first, then claims with a GRADE certainty badge and numbered sources', () => {
    const body = page.querySelector('.article__body')!;
    expect(body.firstElementChild?.className).toBe('key-points');
    const claim = page.querySelector('.evidence .claim')!;
    expect(claim.querySelector('.claim__text')?.textContent).toBe('Widgets cure everything.');
    expect(claim.querySelector('.verdict')?.textContent).toBe('False');
    expect(claim.querySelector('.badge')?.textContent).toBe('Low certainty');
    // Certainty belongs to each claim, not to the page: it is not a page-wide search filter.
    expect(claim.querySelector('.badge')?.hasAttribute('data-pagefind-filter')).toBe(false);
    expect([...claim.querySelectorAll('sup.cite a')].map((a) => a.getAttribute('aria-label'))).toEqual(['Reference 1', 'Reference 3']);
  });

  it('renders the care card with its own heading and a visually hidden severity prefix', () => {
    const heading = page.querySelector('.care-card--urgent h3');
    expect(heading?.querySelector('.visually-hidden')?.textContent).toBe('Urgent advice: ');
    expect(heading?.textContent).toBe('Urgent advice: See a doctor if');
  });

  it('links glossary terms to the glossary with the definition attached for hover, focus and screen readers', () => {
    const term = page.querySelector('.prose .term a.term__link')!;
    expect(term.textContent).toBe('widget');
    expect(term.getAttribute('href')).toBe('/glossary/#term-widget');
    const tip = page.getElementById(term.getAttribute('aria-describedby')!);
    expect(tip?.getAttribute('role')).toBe('tooltip');
    expect(tip?.textContent).toBe('widget: A small device used in the fixture articles.');
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
      reviewedBy: { name: 'Fixture editorial process' },
      about: [{ name: 'Alpha topic' }],
      url: 'https://example.org/articles/first-article/',
    });
    expect(json.citation).toHaveLength(3);
  });
});

describe('the claims page', () => {
  it('lists every claim of every article with verdict, certainty, sources and a link to the article', () => {
    const page = readPage(root, 'claims/');
    const claims = [...page.querySelectorAll('.claims-group .claim')];
    expect(claims.map((claim) => claim.querySelector('.claim__text')?.textContent)).toEqual(['Widgets cure everything.', 'Gadgets are proven to work.']);
    expect(claims[1]?.querySelector('.badge')?.textContent).toBe('Very low certainty');
    expect(claims[1]?.querySelector('.verdict')?.textContent).toBe('Not supported by evidence');
    expect(claims[1]?.querySelector('.claim__sources li')?.textContent).toContain('Doe C. A systematic review of gadgets.');
    expect(claims[1]?.querySelector('.claim__article a')?.getAttribute('href')).toBe('/articles/second-article/');
  });
});

describe('the glossary page', () => {
  it('lists every term with an anchor, definition and aliases', () => {
    const page = readPage(root, 'glossary/');
    const entry = page.getElementById('term-widget');
    expect(entry?.querySelector('dt')?.textContent).toBe('widget');
    expect(entry?.querySelector('dd')?.textContent).toContain('Also called: doohickey.');
  });
});
