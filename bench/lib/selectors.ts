// Every page selector and search-UI hook the browser measurements rely on, in one place, so a
// change to a search UI means one edit here.

/** How to drive one site's search UI and tell that the results for a query are on screen. */
export interface SearchUi {
  name: string;
  /** Key that opens search. */
  openKey: string;
  /** Element to click when the key does nothing. */
  openFallback: string;
  /** The search dialog once open: when it is, the fallback is never clicked. */
  openDialog: string;
  /** The text field of the open search. */
  input: string;
  /** A rendered result's title link. */
  resultLink: string;
  /**
   * How the harness knows the results on screen are those of the query typed last: 'ours' reads
   * the results list's data-query; 'pagefind-default' reads Pagefind's Default UI message
   * ("N results for <query>").
   */
  settled: 'ours' | 'pagefind-default';
  /** Pagefind's Default UI message, or our results list. */
  marker: string;
  /** What the UI waits after a keystroke before searching. */
  debounce: string;
}

/** Our site: the dialog of src/components/SearchTemplate.astro, drawn by src/client/search.js. */
export const UI: SearchUi = {
  name: 'ours',
  openKey: '/',
  openFallback: '[data-search-open]',
  openDialog: '#search-dialog[open]',
  input: '#search-dialog [data-search-input]',
  resultLink: '#search-dialog [data-search-results] a',
  settled: 'ours',
  marker: '#search-dialog [data-search-results]',
  debounce: 'none: every keystroke preloads; one search at a time, newest query next',
};

/** Starlight: Pagefind's Default UI in Starlight's search dialog (opens with Ctrl+K). */
export const STARLIGHT_UI: SearchUi = {
  name: 'starlight',
  openKey: 'Control+k',
  openFallback: 'button[data-open-modal]',
  openDialog: 'site-search dialog[open]',
  input: '#starlight__search input',
  resultLink: '#starlight__search .pagefind-ui__result-link',
  settled: 'pagefind-default',
  marker: '#starlight__search .pagefind-ui__message',
  debounce: "300 ms (Pagefind Default UI's default)",
};
