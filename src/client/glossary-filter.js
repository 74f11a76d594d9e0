// The glossary's filter box: loaded only by the glossary page, as a file (the CSP allows no inline
// script but the startup one). Without script the box stays hidden and the A–Z still works.
(() => {
  const box = document.querySelector('[data-glossary-filter]');
  if (!box) return;
  const input = box.querySelector('input');
  const status = box.querySelector('[data-glossary-status]');
  const entries = [...document.querySelectorAll('.glossary__entry')];
  const sections = [...document.querySelectorAll('.glossary-letter')];
  // Accents and case do not matter: "eritema" finds "Eritema", "cafe" finds "café".
  const fold = (text) => text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
  const texts = new Map(entries.map((entry) => [entry, fold(entry.dataset.terms || entry.textContent)]));
  const apply = () => {
    const query = fold(input.value.trim());
    let shown = 0;
    for (const entry of entries) {
      const match = query === '' || texts.get(entry).includes(query);
      entry.hidden = !match;
      if (match) shown++;
    }
    for (const section of sections) section.hidden = !section.querySelector('.glossary__entry:not([hidden])');
    status.textContent =
      query === '' ? '' : shown === 0 ? status.dataset.none.replace('{query}', input.value.trim()) : status.dataset.some.replace('{count}', String(shown)).replace('{total}', String(entries.length));
  };
  box.hidden = false;
  input.addEventListener('input', apply);
  if (input.value) apply();
})();
