/** Every page the engine adds to a site: URL pattern and the route file (relative to this folder). */
export const injectedRoutes: ReadonlyArray<{ pattern: string; entrypoint: string; prerender: true }> = [
  { pattern: '/', entrypoint: './routes/index.astro' },
  { pattern: '/articles/[...slug]', entrypoint: './routes/articles/[...slug].astro' },
  { pattern: '/articles/[...slug]/cite.[format]', entrypoint: './routes/articles/[...slug]/cite.[format].ts' },
  { pattern: '/topics', entrypoint: './routes/topics/index.astro' },
  { pattern: '/topics/[id]', entrypoint: './routes/topics/[id].astro' },
  { pattern: '/claims', entrypoint: './routes/claims.astro' },
  { pattern: '/glossary', entrypoint: './routes/glossary.astro' },
  { pattern: '/search', entrypoint: './routes/search.astro' },
  { pattern: '/[page]', entrypoint: './routes/[page].astro' },
  { pattern: '/404', entrypoint: './routes/404.astro' },
  { pattern: '/rss.xml', entrypoint: './routes/rss.xml.ts' },
  { pattern: '/robots.txt', entrypoint: './routes/robots.txt.ts' },
  { pattern: '/assets/search.js', entrypoint: './routes/assets/search.js.ts' },
  { pattern: '/assets/claims-filters.css', entrypoint: './routes/assets/claims-filters.css.ts' },
  { pattern: '/assets/glossary-filter.js', entrypoint: './routes/assets/glossary-filter.js.ts' },
  { pattern: '/assets/search-vocabulary.json', entrypoint: './routes/assets/search-vocabulary.json.ts' },
].map((route) => ({ ...route, prerender: true as const }));

/** The team page, added only when the content folder has a people file. */
export const peopleRoute = { pattern: '/team', entrypoint: './routes/team.astro', prerender: true as const };
