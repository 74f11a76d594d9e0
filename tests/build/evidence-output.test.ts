import { describe, expect, it } from 'vitest';
import { readPage, readText } from '../helpers/dist.ts';
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
    // Each source in a few words and a link to its full entry, which the page's script copies in
    // when the popover opens (tests/e2e/popovers.test.ts); the HTML does not repeat the list.
    expect([...popover.querySelectorAll('.cite-pop__item')].map((item) => [item.getAttribute('data-ref'), item.querySelector('.cite-pop__short')?.textContent, item.querySelector('a')?.getAttribute('href')])).toEqual([
      ['ref-smith2020', 'Smith et al., 2020', '#ref-smith2020'],
      ['ref-doe2019', 'Doe, 2019', '#ref-doe2019'],
    ]);
    expect(popover.innerHTML).not.toContain('doi.org');
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

  it('shows the main finding under the title: the claim checked, what we found and how sure we are, in words', () => {
    const finding = page.querySelector('.article__header .key-finding')!;
    expect(finding.querySelector('.key-finding__claim')?.textContent).toBe('“Widgets cure everything.”');
    expect(finding.querySelector('.finding')?.textContent).toBe('May not be true — low certainty');
    expect(page.querySelector(finding.querySelector('.badge')!.getAttribute('href')!)?.textContent).toContain('may be quite different');
  });

  it('lets a key point link to the section it sums up, and puts safety links first in the text with <UrgentHelp>', () => {
    const link = page.querySelector('.key-points li:last-child a')!;
    expect(link.closest('li')?.textContent).toBe('Hurt by a widget? See when to get help.');
    expect(link.getAttribute('href')).toBe('#why-widgets-matter');
    const urgent = page.querySelector('.prose > nav.urgent-help')!;
    expect(urgent.getAttribute('aria-label')).toBe('For your safety');
    expect([...urgent.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(['#why-widgets-matter']);
  });

  it('leads with the claim keyFinding names instead of the first one', () => {
    const finding = readPage(root, 'articles/second-article/').querySelector('.key-finding')!;
    expect(finding.querySelector('.key-finding__claim')?.textContent).toBe('“Widgets cannot cure everything by themselves.”');
    expect(finding.querySelector('.finding')?.textContent).toBe('May be true — low certainty');
  });

  it('shows key points first, then the claims folded under their count, with plain-words verdicts linked to a visible key', () => {
    const body = page.querySelector('.article__body')!;
    expect([...body.children].slice(0, 3).map((child) => child.className)).toEqual(['key-points', 'toc-bar', 'evidence']);
    const evidence = page.querySelector('details.evidence')!;
    expect(evidence.hasAttribute('open')).toBe(false);
    expect(evidence.querySelector('summary')?.textContent).toBe('Claims checked here (1)');
    const claim = evidence.querySelector('.claim')!;
    expect(claim.querySelector('.claim__text')?.textContent).toBe('Widgets cure everything.');
    const verdict = claim.querySelector('.verdict')!;
    expect(verdict.textContent).toBe('May not be true');
    expect(page.querySelector(verdict.getAttribute('href')!)?.textContent).toContain('The evidence goes against this claim.');
    const badge = claim.querySelector('.badge')!;
    expect(badge.textContent).toBe('low certainty');
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
      'Not yet reviewed by a clinician. The editorial team checked each statement against the sources cited; no doctor has checked the page, or what it means for your own health. Use it alongside advice from your GP or pharmacist.',
    );
  });

  it('names the clinician with credentials, as a person in structured data, only when a clinical review is recorded', () => {
    const page = readPage(root, 'articles/second-article/');
    expect(page.querySelector('.review-info__unreviewed')).toBeNull();
    expect(page.querySelector('.review-info')?.textContent).toContain('Fixture Clinician, MD, consultant in fixtures');
    const json = JSON.parse(page.querySelector('script[type="application/ld+json"]')!.textContent!);
    expect(json.reviewedBy).toEqual([
      {
        '@type': 'Person',
        name: 'Fixture Clinician',
        givenName: 'Fixture',
        familyName: 'Clinician',
        honorificSuffix: 'MD, consultant in fixtures',
        hasCredential: { '@type': 'EducationalOccupationalCredential', name: 'MD, consultant in fixtures' },
        jobTitle: 'Clinical reviewer',
        affiliation: { '@type': 'Organization', name: 'Fixture Hospital' },
        url: 'https://example.org/staff/fixture-clinician',
      },
    ]);
  });
});

describe('the claims page', () => {
  const page = readPage(root, 'claims/');
  const claims = [...page.querySelectorAll('.claims-section .claim')];

  it('lists each claim once: a repeat with other punctuation and an opposite phrasing linked by id are merged', () => {
    expect(claims.map((claim) => claim.querySelector('.claim__text')?.textContent)).toEqual(['Guides are sold by fixture agencies.', 'Gadgets are proven to work.', 'Widgets cure everything.']);
    const widgets = claims[2]!;
    expect([...widgets.querySelectorAll('.claim__also li')].map((li) => li.textContent)).toEqual(['“Widgets cannot cure everything by themselves.” True']);
    expect([...widgets.querySelectorAll('.claim__article a')].map((a) => a.getAttribute('href'))).toEqual(['/articles/first-article/', '/articles/second-article/']);
  });

  it('groups claims by verdict with counts, under one folded filter control that says what it filters and how many claims it shows', () => {
    expect([...page.querySelectorAll('.claims-section h2')].map((h) => h.textContent)).toEqual(['True (1)', 'Not enough evidence (1)', 'Not true (1)']);
    const filters = page.querySelector('details.claims__filters')!;
    expect(filters.hasAttribute('open')).toBe(false);
    expect(filters.querySelector('summary')?.textContent).toBe('Filter by verdict or topicshowing 3 of 3');
    expect([...filters.querySelectorAll('input[name="verdict-filter"] + label')].map((label) => label.textContent)).toEqual(['All (3)', 'True (1)', 'Not enough evidence (1)', 'Not true (1)']);
    expect([...filters.querySelectorAll('input[name="topic-filter"]')].map((input) => input.id)).toEqual(['filter-topic-all', 'filter-topic-alpha', 'filter-topic-beta']);
    expect(claims[1]?.getAttribute('data-topics')).toBe('beta alpha');
    expect(page.querySelector('link[href="/assets/claims-filters.css"]')).not.toBeNull();
  });

  it('says "Nothing matches" when a choice of filters hides every claim, and only then', () => {
    expect(page.querySelector('.claims__empty')?.textContent).toBe('Nothing matches these filters. Choose “All” for verdict or topic to see more claims.');
    const css = readText(root, 'assets/claims-filters.css');
    expect(css.match(/\.claims__empty \{ display: block; \}/g)).toHaveLength(1);
    expect(css).toContain('.claims:has(#filter-verdict-true:checked):has(#filter-topic-alpha:checked) .claims__empty { display: block; }');
    expect(css).toContain('.claims:has(#filter-verdict-false:checked):has(#filter-topic-all:checked) .claims__count::after { content: "1"; }');
  });

  it('shows verdict, certainty and sources of each claim, linked to the visible key, with sources in the article\u2019s reference list', () => {
    const gadgets = claims[1]!;
    expect(gadgets.querySelector('.finding')?.textContent).toBe('Not enough evidence — very low certainty');
    expect(page.querySelector(gadgets.querySelector('.verdict')!.getAttribute('href')!)).not.toBeNull();
    const source = gadgets.querySelector('.cite-pop__item')!;
    expect(source.textContent).toContain('1. Doe C. A systematic review of gadgets.');
    expect(source.querySelector('a:last-of-type')?.getAttribute('href')).toBe('/articles/second-article/#ref-doe2019');
    expect(readPage(root, 'articles/second-article/').getElementById('ref-doe2019')).not.toBeNull();
  });
});

describe('one vocabulary for verdicts and certainty', () => {
  const key = (path: string) => [...readPage(root, path).querySelectorAll('.evidence-key dt')].map((dt) => dt.textContent);

  it('shows on the editorial policy page exactly the words of the key on the claims page', () => {
    expect(key('editorial-policy/')).toEqual([
      'True', 'Partly true', 'Misleading', 'Not enough evidence', 'Advice differs', 'Not true',
      'High certainty', 'Moderate certainty', 'Low certainty', 'Very low certainty', 'Expert advice, not graded', 'Not graded',
    ]);
    expect(key('claims/')).toEqual(key('editorial-policy/'));
  });

  it('explains on the policy page how certainty words a verdict, as the pages word it', () => {
    const hedges = [...readPage(root, 'editorial-policy/').querySelectorAll('.evidence-key__hedges li')].map((li) => li.textContent);
    expect(hedges).toEqual(['“Probably not true” at moderate certainty.', '“May not be true” at low certainty.', '“Uncertain, may not be true” at very low certainty.']);
  });

  it('uses in every claim the key\u2019s certainty words', () => {
    const words = key('editorial-policy/').map((word) => word!.toLowerCase());
    for (const badge of readPage(root, 'claims/').querySelectorAll('.claim .badge')) expect(words).toContain(badge.textContent!.toLowerCase());
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

  it('ends with a link back to the top', () => {
    expect(page.querySelector('.back-to-top a')?.getAttribute('href')).toBe('#main');
  });
});
