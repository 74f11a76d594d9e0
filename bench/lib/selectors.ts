// Every page selector and search-UI hook the browser measurements rely on, in one place, so a
// change to the search UI means one edit here.
export const UI = {
  /** Key that opens search on our site. */
  searchKey: '/',
  /** Header link that opens search (fallback when the key does nothing). */
  searchOpen: '[data-search-open]',
  /** The search dialog. */
  modal: 'pagefind-modal',
  /** The text field inside the search dialog. */
  input: 'pagefind-modal pagefind-input input',
  /** Where results render. */
  results: 'pagefind-results',
  /** A rendered result (its title link appears once the result's fragment has loaded). */
  resultLink: 'pagefind-results a.pf-result-link',
  /** Pagefind Component UI instance whose `search`/`results` events are timed. */
  instance: 'default',
} as const;
