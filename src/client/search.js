// Loaded only when the reader opens search (the inline bootstrap has already shown the dialog and
// focused its input). Drives Pagefind's JS API with a small renderer of our own: the query logic
// (filler words, glossary synonyms, fallback, "Did you mean") is src/lib/search-query.ts.
// Speed: every keystroke preloads the index chunks for what is typed; at most one search runs at
// a time and only the newest query is searched next, so older keystrokes never queue ahead of the
// last one; only the first results are fetched and drawn, the rest on request.
import { answerQuery, prepareVocabulary, queryWords } from '../lib/search-query.ts';
import { articlesFirst, eachSearchData, EXCERPT_WORDS, mergePageData, rankSections } from '../lib/search-sections.ts';

const template = document.getElementById('search-ui');
const settings = JSON.parse(template?.dataset.searchSettings || '{}');
const base = settings.base || new URL('../', import.meta.url).pathname;
const strings = settings.strings || {};

/**
 * Very short queries wait for a pause in typing: one to three letters match a large part of a big
 * index (Pagefind matches prefixes), and such a search would hold up the one for the whole word.
 * Longer queries are searched at once.
 */
const shortQueryWait = (length) => (length < 3 ? 250 : length === 3 && largeIndex ? 150 : 0);
/** Above this many pages a three-letter search is slow enough to be worth waiting for. */
const LARGE_INDEX_PAGES = 2000;
let largeIndex = false;
/** Results drawn at once; "Show more results" draws the next ones. */
const PAGE_SIZE = 8;
/**
 * Pagefind's best pages whose sections are ranked against each other: a few more than are shown,
 * so a page whose one section answers the question can overtake pages that mention its words more.
 * Each is a fetch: at N=5,000 loading 12 took 48 ms of a 60 ms query and 10 took 35 ms, while
 * this site's question sets scored the same with 10 as with 12 (and one question fewer with 8).
 */
const CANDIDATES = PAGE_SIZE + 2;
/**
 * Matches in the title, the reader's question and the glossary terms a page uses add to the
 * body's score (headings and key points already weigh more in the body). Tuned on the query set
 * in tests/site/search-queries.json.
 */
const RANKING = { metaWeights: { title: 10, question: 6, terms: 1 } };

let engine;
let vocabulary;

/** Pagefind, configured, and the vocabulary (fetched alongside; without it, searches still work). */
function loadEngine() {
  engine ??= (async () => {
    const [entry, pagefind, words] = await Promise.all([
      fetch(`${base}pagefind/pagefind-entry.json`, { cache: 'no-cache' }).catch(() => undefined),
      import(`${base}pagefind/pagefind.js`).catch(() => undefined),
      fetch(`${base}assets/search-vocabulary.json`).then((response) => (response.ok ? response.json() : undefined)).catch(() => undefined),
    ]);
    if (!entry?.ok) throw Object.assign(new Error('Search index missing'), { code: 'no-index' });
    if (!pagefind) throw new Error('Search could not be loaded');
    if (words) vocabulary = prepareVocabulary(words);
    const languages = (await entry.json().catch(() => ({})))?.languages ?? {};
    largeIndex = Object.values(languages).reduce((sum, language) => sum + (language?.page_count ?? 0), 0) > LARGE_INDEX_PAGES;
    await pagefind.options({ baseUrl: base, highlightParam: 'highlight', excerptLength: EXCERPT_WORDS, ranking: RANKING });
    // Loading the filter index up front makes every search report its topic counts for the chips.
    await pagefind.filters();
    return pagefind;
  })();
  return engine;
}

const fill = (text, values) => text.replace(/\{(\w+)\}/g, (_, key) => values[key] ?? '');

/** Pagefind excerpts are escaped text with <mark> around matches: build the same as DOM nodes. */
function setExcerpt(element, excerpt) {
  const unescape = (text) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>');
  element.replaceChildren(
    ...excerpt.split(/(<mark>[\s\S]*?<\/mark>)/).filter(Boolean).map((part) => {
      if (!part.startsWith('<mark>')) return document.createTextNode(unescape(part));
      const mark = document.createElement('mark');
      mark.textContent = unescape(part.slice(6, -7));
      return mark;
    }),
  );
}

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * A result link that highlights the reader's own words: Pagefind marks the words of the search a
 * result came from, which may be a glossary-synonym variant whose lay words are everywhere.
 */
function withHighlights(href, words) {
  if (words.length === 0) return href;
  const url = new URL(href, location.href);
  url.searchParams.delete('highlight');
  for (const word of words) url.searchParams.append('highlight', word);
  return url.origin === location.origin ? url.pathname + url.search + url.hash : url.href;
}

/** One result: the article's title linking to its best section, the heading path, an excerpt of that section, and other matching sections. */
function resultItem(result, words) {
  const item = element('li', 'search-result');
  const link = element('a', 'search-result__title', result.data.meta?.title || result.data.url);
  link.href = withHighlights(result.url, words);
  item.append(link);
  if (result.headingPath.length > 0) item.append(element('p', 'search-result__path', result.headingPath.join(' › ')));
  const excerpt = element('p', 'search-result__excerpt');
  setExcerpt(excerpt, result.excerpt || '');
  item.append(excerpt);
  if (result.more.length > 0) {
    const list = element('ul', 'search-result__sections');
    for (const section of result.more) {
      const entry = element('li', 'search-section');
      const sectionLink = element('a', 'search-section__title', section.title);
      sectionLink.href = withHighlights(section.url, words);
      const text = element('p', 'search-section__excerpt');
      setExcerpt(text, section.excerpt || '');
      entry.append(sectionLink, text);
      list.append(entry);
    }
    item.append(list);
  }
  return item;
}

/** Loads the data of Pagefind results and ranks their sections; standalone pages (about…) go after the articles unless they have more of the query. */
async function rankBatch(batch, wordLists, asked) {
  // A page found by the query and by a synonym variant: its sections are ranked on both searches' matches.
  const loaded = await Promise.all(batch.map(async (result) => ({ score: result.score, data: mergePageData(await eachSearchData([result, ...(result.also ?? [])])) })));
  // A page whose data Pagefind could not give is left out rather than shown broken.
  const hits = loaded.filter((hit) => hit.data);
  return articlesFirst(rankSections(hits, wordLists, asked, vocabulary?.fillerSet));
}

/** Wires one search UI (the dialog's or the search page's) to its input. */
function createSearch(root, input, { onQuery } = {}) {
  const part = (name) => root.querySelector(`[data-search-${name}]`);
  const ui = { status: part('status'), fallback: part('fallback'), suggest: part('suggest'), suggestion: part('suggestion'), chips: part('chips'), results: part('results'), more: part('more'), empty: part('empty') };
  let generation = 0;
  let running = false;
  let pending = false;
  let topic = '';
  let results = [];
  let shown = 0;
  let queued = [];
  let wordLists = [];
  let asked = [];
  let rendered;

  const clear = () => {
    results = [];
    shown = 0;
    queued = [];
    rendered = undefined;
    ui.results.replaceChildren();
    ui.results.removeAttribute('data-query');
    ui.status.textContent = '';
    for (const name of ['fallback', 'suggest', 'chips', 'more', 'empty']) ui[name].hidden = true;
  };

  const schedule = () => {
    const query = input.value.trim();
    const current = ++generation;
    onQuery?.(query);
    if (!query) {
      topic = '';
      clear();
      return;
    }
    const go = () => {
      if (current !== generation) return;
      loadEngine().then((pagefind) => pagefind.preload(queryWords(query).join(' ')), () => {});
      pending = true;
      if (!running) pump();
    };
    const wait = shortQueryWait(query.length);
    if (wait > 0) setTimeout(go, wait);
    else go();
  };

  async function pump() {
    running = true;
    try {
      while (pending) {
        pending = false;
        const current = generation;
        const query = input.value.trim();
        const key = `${query}\n${topic}`;
        if (key === rendered) continue;
        let pagefind;
        try {
          pagefind = await loadEngine();
        } catch (error) {
          showProblem(error);
          return;
        }
        const responses = [];
        const filters = topic ? { topic } : {};
        const answer = await answerQuery(query, vocabulary, async (terms) => {
          const response = await pagefind.search(terms, { filters });
          responses.push(response);
          return response?.results ?? [];
        }, { fillTo: CANDIDATES });
        if (current !== generation) continue;
        await render(answer, query, responses, current);
        if (current === generation) rendered = key;
      }
    } finally {
      running = false;
    }
  }

  function showProblem(error) {
    clear();
    ui.status.textContent = error?.code === 'no-index' ? strings.noIndex : strings.failed;
    ui.empty.hidden = false;
  }

  /**
   * Draws the answer: Pagefind's best pages, their sections ranked against each other, one
   * result per page landing on its best section; the rest on request.
   */
  async function render(answer, query, responses, current) {
    results = answer.results;
    wordLists = answer.wordLists;
    asked = answer.asked;
    const batch = results.slice(0, CANDIDATES);
    const ranked = await rankBatch(batch, wordLists, asked);
    if (current !== generation) return;
    shown = batch.length;
    queued = ranked.slice(PAGE_SIZE);
    const count = results.length;
    ui.status.textContent = fill(count === 0 ? strings.noResults : count === 1 ? strings.result : strings.results, { count: count.toLocaleString(document.documentElement.lang || undefined), query });
    const { fallback } = answer;
    ui.fallback.hidden = !fallback;
    if (fallback) ui.fallback.textContent = fallback.corrected ? fill(strings.corrected, { words: fallback.dropped.map((word) => `“${word}”`).join(', '), query: fallback.corrected }) : fallback.anyWord ? strings.anyWord : fill(strings.dropped, { words: fallback.dropped.map((word) => `“${word}”`).join(', ') });
    ui.suggest.hidden = !answer.suggestion;
    if (answer.suggestion) ui.suggestion.textContent = answer.suggestion;
    renderChips(responses);
    ui.empty.hidden = count > 0;
    ui.results.replaceChildren(...ranked.slice(0, PAGE_SIZE).map((result) => resultItem(result, highlightWords())));
    ui.results.dataset.query = query;
    ui.more.hidden = queued.length === 0 && shown >= results.length;
  }

  /** The words searched as the reader put them (the first word list; the others are synonym variants). */
  const highlightWords = () => wordLists[0] ?? [];

  /** The next results: those ranked but not yet shown, then further pages in Pagefind's order. */
  async function loadBatch(current) {
    let next = queued.splice(0, PAGE_SIZE);
    if (next.length < PAGE_SIZE && shown < results.length) {
      const batch = results.slice(shown, shown + PAGE_SIZE - next.length);
      const ranked = await rankBatch(batch, wordLists, asked);
      if (current !== generation) return undefined;
      shown += batch.length;
      next = [...next, ...ranked];
    }
    return next.map((result) => resultItem(result, highlightWords()));
  }

  /** Topic chips for topics with results; counts only when one search produced the results. */
  function renderChips(responses) {
    const counts = new Map();
    for (const response of responses) {
      for (const [name, count] of Object.entries(response?.totalFilters?.topic ?? {})) if (count > 0) counts.set(name, (counts.get(name) ?? 0) + count);
    }
    if (topic && !counts.has(topic)) counts.set(topic, 0);
    const exact = responses.length === 1;
    const chips = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([name, count]) => {
      const chip = element('button', 'search-chip', name);
      chip.type = 'button';
      chip.dataset.topic = name;
      chip.setAttribute('aria-pressed', String(name === topic));
      if (exact) chip.append(' ', element('span', 'search-chip__count', String(count)));
      return chip;
    });
    ui.chips.replaceChildren(...chips);
    // A lone chip would filter nothing: show chips only when there is a choice (or one is on).
    ui.chips.hidden = chips.length < 2 && !topic;
  }

  ui.chips.addEventListener('click', (event) => {
    const chip = event.target instanceof Element ? event.target.closest('[data-topic]') : null;
    if (!chip) return;
    topic = topic === chip.dataset.topic ? '' : chip.dataset.topic;
    schedule();
  });
  ui.suggestion.addEventListener('click', () => {
    input.value = ui.suggestion.textContent;
    schedule();
    input.focus();
  });
  ui.more.addEventListener('click', async () => {
    const current = generation;
    const before = ui.results.children.length;
    const items = await loadBatch(current);
    if (!items) return;
    ui.results.append(...items);
    ui.more.hidden = queued.length === 0 && shown >= results.length;
    ui.results.children[before]?.querySelector('a')?.focus();
  });
  input.addEventListener('input', schedule);
  // Arrow keys move between the search box and the result links; Enter in the box opens the first.
  root.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp' && !(event.key === 'Enter' && event.target === input)) return;
    const links = [input, ...ui.results.querySelectorAll('a')];
    if (event.key === 'Enter') {
      if (links[1]) {
        event.preventDefault();
        links[1].click();
      }
      return;
    }
    const at = links.indexOf(document.activeElement);
    if (at < 0) return;
    event.preventDefault();
    links[Math.max(0, Math.min(links.length - 1, at + (event.key === 'ArrowDown' ? 1 : -1)))].focus();
  });
  return { schedule, showProblem };
}

function syncQueryToUrl(query) {
  // While the step back that closing started is under way, the URL is about to change: the
  // query goes into the entry the reopened search pushes once the step has arrived.
  if (popPending) return;
  const url = new URL(location.href);
  if ((url.searchParams.get('q') || '') === query) return;
  if (query) url.searchParams.set('q', query);
  else url.searchParams.delete('q');
  history.replaceState(history.state, '', url);
}

let dialogSearch;
// Set while the history step back that closing the dialog started has not arrived yet.
let popPending = false;

function pushSearchState(input) {
  const url = new URL(location.href);
  if (input.value.trim()) url.searchParams.set('q', input.value.trim());
  history.pushState({ ...history.state, search: true }, '', url);
}

/** Wires the dialog the bootstrap opened (once), runs its query, and lets Back close it. */
export function openSearch() {
  const dialog = document.getElementById('search-dialog');
  if (!dialog) return;
  const input = dialog.querySelector('[data-search-input]');
  if (!dialogSearch) {
    dialogSearch = createSearch(dialog, input, { onQuery: syncQueryToUrl });
    // Following a result closes the dialog too: then ?q= stays in the URL (Back from the result
    // page returns to this search) instead of going back in history, which would cancel the visit.
    let leaving = false;
    dialog.addEventListener('click', (event) => {
      if (event.target instanceof Element && event.target.closest('[data-search-results] a[href]')) leaving = true;
      // A click on the backdrop (outside the dialog's box) closes it.
      if (event.target === dialog) {
        const box = dialog.getBoundingClientRect();
        if (event.clientX < box.left || event.clientX > box.right || event.clientY < box.top || event.clientY > box.bottom) dialog.close();
      }
    }, true);
    dialog.addEventListener('close', () => {
      // The close event comes a task after close(): "/" may have reopened the dialog by then,
      // and the open search keeps its history entry.
      if (dialog.open) return;
      if (leaving) leaving = false;
      else if (history.state?.search) {
        popPending = true;
        history.back();
      } else syncQueryToUrl('');
    });
    addEventListener('popstate', (event) => {
      if (popPending) {
        // The step back that closing started. Reopened before it arrived: the new search gets
        // its own history entry (its query was kept out of the URL meanwhile).
        popPending = false;
        if (dialog.open) pushSearchState(input);
        return;
      }
      if (!event.state?.search && dialog.open) dialog.close();
    });
  }
  // Closed (Escape) before this code arrived: nothing to search, and no history entry to add.
  if (!dialog.open) return;
  if (!popPending && !history.state?.search) pushSearchState(input);
  loadEngine().catch((error) => dialogSearch.showProblem(error));
  dialogSearch.schedule();
}

/** Turns the search page's placeholder into a full search UI (used on /search/). */
export function mountSearchPage(container, query = '') {
  const ui = document.getElementById('search-page-ui').content.cloneNode(true);
  container.append(ui);
  const input = container.querySelector('[data-search-input]');
  const search = createSearch(container, input, { onQuery: syncQueryToUrl });
  input.value = query;
  if (!container.contains(document.activeElement)) input.focus();
  loadEngine().catch((error) => {
    const notice = container.querySelector('[data-search-notice]');
    if (!notice) return;
    notice.textContent = error?.code === 'no-index' ? strings.noIndex : strings.failed;
    notice.hidden = false;
  });
  if (query) search.schedule();
}
