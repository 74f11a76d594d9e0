// Inline in <head> of every page (its hash is in the CSP). It must stay tiny: it applies the saved
// theme before first paint, wires the theme choice (system/light/dark), marks the current TOC section
// (and names it in the phone's "On this page" bar), and loads the
// search code only when the reader opens search (button, "/" or Ctrl/Cmd+K, or ?q= in the URL).
(() => {
  const root = document.documentElement;
  const base = root.dataset.base || '/';
  try {
    const saved = localStorage.getItem('theme');
    if (saved === 'dark' || saved === 'light') root.dataset.theme = saved;
  } catch {}
  root.dataset.js = '';
  let search;
  const loadSearch = () => (search ??= import(base + 'assets/search.js'));
  // Shows the search dialog and focuses its input right here, inside the reader's click or key
  // (phones show the keyboard only then), selecting any previous query so typing replaces it.
  const openSearch = (query) => {
    const page = document.querySelector('[data-search-page]');
    let input = document.querySelector('[data-search-page] [data-search-input]');
    if (!page) {
      let dialog = document.getElementById('search-dialog');
      if (!dialog) {
        const template = document.getElementById('search-ui');
        if (!template) return;
        document.body.append(template.content.cloneNode(true));
        dialog = document.getElementById('search-dialog');
        // Escape closes search at once, even before the search code has loaded (a search box
        // would otherwise only clear its text); the query is kept so that reopening selects it.
        dialog.addEventListener('keydown', (event) => {
          if (event.key !== 'Escape' || event.isComposing) return;
          event.preventDefault();
          dialog.close();
        });
      }
      if (!dialog.open) dialog.showModal();
      input = dialog.querySelector('[data-search-input]');
      if (query) input.value = query;
      loadSearch().then((module) => module.openSearch(), () => location.assign(base + 'search/' + (query ? '?q=' + encodeURIComponent(query) : '')));
    }
    input?.focus();
    input?.select();
  };
  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    if (target?.closest('[data-search-open]')) {
      event.preventDefault();
      openSearch();
    }
    // Choosing a section in the phone's "On this page" bar folds the bar away again.
    const bar = target?.closest('[data-toc-bar] a') && target.closest('details');
    if (bar) bar.open = false;
  });
  // A citation popover names its sources in a few words and links to the reference list; the full
  // entries (text, DOI and PubMed links) are copied in from that list as it opens.
  document.addEventListener('beforetoggle', (event) => {
    const pop = event.target;
    if (event.newState !== 'open' || !(pop instanceof Element) || !pop.matches('.cite-pop')) return;
    pop.querySelectorAll('.cite-pop__short').forEach((short) => {
      const entry = document.getElementById(short.parentElement.dataset.ref);
      if (!entry) return;
      const full = document.createElement('span');
      entry.querySelectorAll('.references__text, .references__link').forEach((part) => {
        const copy = part.cloneNode(true);
        if (copy.tagName === 'A') copy.className = 'cite-pop__link';
        full.append(' ', copy);
      });
      short.replaceWith(full);
    });
  }, true);
  document.addEventListener('change', (event) => {
    const select = event.target instanceof Element && event.target.closest('[data-theme-select]');
    if (!select) return;
    if (select.value === 'system') delete root.dataset.theme;
    else root.dataset.theme = select.value;
    try { select.value === 'system' ? localStorage.removeItem('theme') : localStorage.setItem('theme', select.value); } catch {}
  });
  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || event.isComposing || document.querySelector('dialog[open]')) return;
    // Right after Escape closes search, focus can still sit in its (now hidden) box for a moment:
    // a field in a closed dialog is not one the reader is typing in.
    const typing = event.target instanceof Element && event.target.closest('input, textarea, select, [contenteditable]') && !event.target.closest('dialog:not([open])');
    const slash = event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey;
    const modK = (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k';
    if (slash || modK) {
      event.preventDefault();
      openSearch();
    }
  });
  document.addEventListener('DOMContentLoaded', () => {
    document.querySelectorAll('[data-theme-select]').forEach((select) => (select.value = root.dataset.theme || 'system'));
    const params = new URLSearchParams(location.search);
    const inline = document.querySelector('[data-search-page]');
    if (inline) loadSearch().then((module) => module.mountSearchPage(inline, params.get('q') || ''), () => {});
    else if (params.get('q')) openSearch(params.get('q'));
    if (params.get('highlight')) {
      import(base + 'pagefind/pagefind-highlight.js').then((module) => new module.default({ highlightParam: 'highlight', addStyles: false }), () => {});
    }
    const links = [...document.querySelectorAll('[data-toc] a[href^="#"], [data-toc-bar] a[href^="#"]')];
    const named = document.querySelector('[data-toc-current]');
    const targets = links.map((link) => document.getElementById(decodeURIComponent(link.hash.slice(1)))).filter(Boolean);
    if (!targets.length) return;
    let queued = false;
    const mark = () => {
      queued = false;
      let current = targets[0];
      for (const target of targets) if (target.getBoundingClientRect().top < 120) current = target;
      links.forEach((link) => decodeURIComponent(link.hash.slice(1)) === current.id ? link.setAttribute('aria-current', 'true') : link.removeAttribute('aria-current'));
      if (named) named.textContent = targets[0].getBoundingClientRect().top < 120 ? current.textContent : '';
    };
    addEventListener('scroll', () => { if (!queued) { queued = true; requestAnimationFrame(mark); } }, { passive: true });
    mark();
  });
})();
