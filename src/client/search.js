// Loaded only when the reader opens search. Mounts Pagefind's Component UI from the markup in
// <template id="search-ui"> (rendered by the Search component, so strings and base path come from
// the build), keeps the query in ?q= so searches can be shared and Back closes the modal, and
// shows a notice instead of failing silently when there is no index yet (dev before a build).
const base = new URL('../', import.meta.url).pathname;
let ready;
let pageCount = 0;

// Searching on every keystroke gives the fastest results on small and medium sites. On large
// indexes each search loads index chunks and keeps Pagefind's worker busy, so searches for the
// letters typed in between would delay the last one: wait for a short pause in typing instead.
const LARGE_INDEX_PAGES = 2000;
const debounceFor = (pages) => (pages > LARGE_INDEX_PAGES ? 60 : 1);

function setDebounce(fragment) {
  for (const input of fragment.querySelectorAll('pagefind-input')) input.setAttribute('debounce', String(debounceFor(pageCount)));
}

function loadComponents() {
  ready ??= (async () => {
    const entry = await fetch(`${base}pagefind/pagefind-entry.json`, { cache: 'no-cache' }).catch(() => undefined);
    if (!entry || !entry.ok) throw Object.assign(new Error('Search index missing'), { code: 'no-index' });
    const languages = (await entry.json().catch(() => ({})))?.languages ?? {};
    pageCount = Object.values(languages).reduce((sum, language) => sum + (language?.page_count ?? 0), 0);
    if (!document.querySelector('link[data-pagefind-css]')) {
      const css = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: `${base}pagefind/pagefind-component-ui.css` });
      css.dataset.pagefindCss = '';
      document.head.append(css);
    }
    await import(`${base}pagefind/pagefind-component-ui.js`);
    await customElements.whenDefined('pagefind-input');
  })();
  return ready;
}

// Pagefind's filter dropdowns are buttons with role="combobox", which take no name from their
// content, so screen readers would announce an unnamed control: name each one after its label.
function nameFilterButtons(root) {
  const name = () => {
    for (const trigger of root.querySelectorAll('.pf-dropdown-trigger:not([aria-label])')) {
      const label = trigger.querySelector('.pf-dropdown-trigger-label')?.textContent?.trim();
      if (label) trigger.setAttribute('aria-label', label);
    }
  };
  name();
  new MutationObserver(name).observe(root, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['aria-label'] });
}

function instance() {
  return window.PagefindComponents?.getInstanceManager?.().getInstance('default');
}

function setQuery(scope, query) {
  const input = scope.querySelector('pagefind-input input, pagefind-searchbox input, input[type="search"], input');
  if (input && query) {
    input.value = query;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }
}

// Pagefind only says "No results", and shows the best few of many matches without saying so:
// tell the reader what to do next in both cases (texts from the template).
function explainResults(scope) {
  const empty = scope.querySelector('[data-search-empty]');
  const more = scope.querySelector('[data-search-more]');
  const shown = Number(scope.querySelector('pagefind-results')?.getAttribute('max-results')) || Infinity;
  let term = '';
  instance()?.on?.('search', (value) => (term = (value || '').trim()), scope);
  instance()?.on?.('results', (response) => {
    const count = response?.results?.length ?? 0;
    if (empty) empty.hidden = !term || count > 0;
    if (more) more.hidden = count <= shown;
  }, scope);
}

function syncQueryToUrl(mode) {
  let last = new URLSearchParams(location.search).get('q') || '';
  instance()?.on?.('search', (term) => {
    const query = (term || '').trim();
    if (query === last) return;
    last = query;
    const url = new URL(location.href);
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    history.replaceState(history.state, '', url);
  }, { mode });
}

function showNotice(error) {
  const template = document.getElementById('search-ui');
  const message = error?.code === 'no-index' ? template?.dataset.noIndex : template?.dataset.failed;
  let dialog = document.getElementById('search-notice');
  if (!dialog) {
    dialog = document.createElement('dialog');
    dialog.id = 'search-notice';
    dialog.className = 'search-notice';
    dialog.setAttribute('aria-label', template?.dataset.title || 'Search');
    const text = document.createElement('p');
    text.textContent = message || 'Search is not available.';
    const link = Object.assign(document.createElement('a'), { href: `${base}topics/`, textContent: template?.dataset.topics || 'Topics' });
    const close = Object.assign(document.createElement('button'), { type: 'button', textContent: template?.dataset.close || 'Close' });
    close.addEventListener('click', () => dialog.close());
    dialog.append(text, link, close);
    document.body.append(dialog);
  }
  dialog.showModal();
}

let modal;
let syncing = false;

/** Opens the search modal, optionally with a query; Back (history) closes it again. */
export async function openSearch(query = '') {
  // The search page has its own search box: "/" and the header button go there instead of a modal.
  const pageInput = document.querySelector('[data-search-page] pagefind-input input');
  if (pageInput) {
    pageInput.focus();
    return;
  }
  try {
    await loadComponents();
  } catch (error) {
    showNotice(error);
    return;
  }
  if (!modal) {
    const template = document.getElementById('search-ui');
    const ui = template.content.cloneNode(true);
    setDebounce(ui);
    document.body.append(ui);
    modal = document.querySelector('pagefind-modal');
    await customElements.whenDefined('pagefind-modal');
    nameFilterButtons(modal);
    explainResults(modal);
    // Following a result closes the dialog too: then the URL keeps ?q= (Back from the result
    // page returns to this search) instead of going back in history, which would cancel the visit.
    let leaving = false;
    modal.addEventListener('click', (event) => {
      if (event.target instanceof Element && event.target.closest('pagefind-results a[href]')) leaving = true;
    }, true);
    modal.querySelector('dialog')?.addEventListener('close', () => {
      if (leaving) leaving = false;
      else if (history.state?.search) history.back();
      else {
        const url = new URL(location.href);
        url.searchParams.delete('q');
        history.replaceState(history.state, '', url);
      }
    });
    addEventListener('popstate', (event) => {
      if (!event.state?.search && modal.isOpen) modal.close();
    });
  }
  const url = new URL(location.href);
  if (query) url.searchParams.set('q', query);
  if (!history.state?.search) history.pushState({ ...history.state, search: true }, '', url);
  modal.open();
  if (!syncing) {
    syncing = true;
    syncQueryToUrl('modal');
  }
  requestAnimationFrame(() => setQuery(modal, query));
}

/** Turns the search page's placeholder into a full search UI (used on /search/). */
export async function mountSearchPage(container, query = '') {
  try {
    await loadComponents();
  } catch (error) {
    const notice = container.querySelector('[data-search-notice]');
    const template = document.getElementById('search-ui');
    if (notice) {
      notice.textContent = error?.code === 'no-index' ? template?.dataset.noIndex : template?.dataset.failed;
      notice.hidden = false;
    }
    return;
  }
  const template = document.getElementById('search-page-ui');
  const ui = template.content.cloneNode(true);
  setDebounce(ui);
  container.append(ui);
  await customElements.whenDefined('pagefind-input');
  nameFilterButtons(container);
  explainResults(container);
  syncQueryToUrl('page');
  requestAnimationFrame(() => setQuery(container, query));
}
