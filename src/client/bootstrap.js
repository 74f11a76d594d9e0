// Inline in <head> of every page (its hash is in the CSP). It must stay tiny: it applies the saved
// theme before first paint, wires the theme toggle, marks the current TOC section, and loads the
// search code only when the reader opens search (button, "/" or Ctrl/Cmd+K, or ?q= in the URL).
(() => {
  const root = document.documentElement;
  const base = root.dataset.base || '/';
  try {
    const saved = localStorage.getItem('theme');
    if (saved === 'dark' || saved === 'light') root.dataset.theme = saved;
  } catch {}
  root.dataset.js = '';
  const dark = () => root.dataset.theme ? root.dataset.theme === 'dark' : matchMedia('(prefers-color-scheme: dark)').matches;
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
    const toggle = target?.closest('[data-theme-toggle]');
    if (toggle) {
      root.dataset.theme = dark() ? 'light' : 'dark';
      toggle.setAttribute('aria-pressed', String(dark()));
      try { localStorage.setItem('theme', root.dataset.theme); } catch {}
    }
  });
  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || event.isComposing || document.querySelector('dialog[open]')) return;
    const typing = event.target instanceof Element && event.target.closest('input, textarea, select, [contenteditable]');
    const slash = event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey;
    const modK = (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k';
    if (slash || modK) {
      event.preventDefault();
      openSearch();
    }
  });
  document.addEventListener('DOMContentLoaded', () => {
    document.querySelectorAll('[data-theme-toggle]').forEach((toggle) => toggle.setAttribute('aria-pressed', String(dark())));
    const params = new URLSearchParams(location.search);
    const inline = document.querySelector('[data-search-page]');
    if (inline) loadSearch().then((module) => module.mountSearchPage(inline, params.get('q') || ''), () => {});
    else if (params.get('q')) openSearch(params.get('q'));
    if (params.get('highlight')) {
      import(base + 'pagefind/pagefind-highlight.js').then((module) => new module.default({ highlightParam: 'highlight', addStyles: false }), () => {});
    }
    const links = [...document.querySelectorAll('[data-toc] a[href^="#"]')];
    const targets = links.map((link) => document.getElementById(decodeURIComponent(link.hash.slice(1)))).filter(Boolean);
    if (!targets.length) return;
    let queued = false;
    const mark = () => {
      queued = false;
      let current = targets[0];
      for (const target of targets) if (target.getBoundingClientRect().top < 120) current = target;
      links.forEach((link) => decodeURIComponent(link.hash.slice(1)) === current.id ? link.setAttribute('aria-current', 'true') : link.removeAttribute('aria-current'));
    };
    addEventListener('scroll', () => { if (!queued) { queued = true; requestAnimationFrame(mark); } }, { passive: true });
    mark();
  });
})();
