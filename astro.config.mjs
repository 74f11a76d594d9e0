// Thin wiring only: every value comes from site.config.ts (via src/site.ts), every part lives in src/.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import rehypeSlug from 'rehype-slug';
import { resolve } from 'node:path';
import { site } from './src/site.ts';
import { paths } from './src/content-data.ts';
import { remarkCitations } from './src/plugins/remark-citations.ts';
import { remarkReadingLevel } from './src/plugins/remark-reading-level.ts';
import { remarkGlossary } from './src/plugins/remark-glossary.ts';
import { remarkMdxChecks } from './src/plugins/remark-mdx-checks.ts';
import { contentComponentProps } from './src/components/content-component-names.ts';
import { rehypeBaseLinks } from './src/plugins/rehype-base-links.ts';
import { rehypeTaskListLabels } from './src/plugins/rehype-task-list-labels.ts';
import { rehypeTableCaptions } from './src/plugins/rehype-table-captions.ts';
import { pagefind } from './src/integrations/pagefind.ts';
import { contentChecks } from './src/integrations/content-checks.ts';
import { distAudit } from './src/integrations/dist-audit.ts';
import { cacheDirFor } from './src/lib/cache-dir.ts';
import { fingerprint, listFiles, withMdxCompileCache } from './src/lib/mdx-compile-cache.ts';

const cacheDir = cacheDirFor(paths.root);

// Compiled MDX is reused between builds while the article, the engine code, the data the plugins
// read and the config are unchanged: the compile step is most of a build's time.
// The list of the content folder's other files is included because plugins check that images exist.
const compileCacheSalt = fingerprint(
  ['src', 'astro.config.mjs', 'site.config.ts', 'package-lock.json', paths.glossary, ...paths.referenceCandidates],
  `${process.version}\0${JSON.stringify(site)}\0${listFiles(paths.root).filter((file) => !file.endsWith('.mdx')).join('\n')}`,
);

export default defineConfig({
  site: site.url,
  base: site.base,
  outDir: site.outDir,
  // Each content folder gets its own cache, so building a fixture never reuses another site's data.
  cacheDir,
  trailingSlash: 'ignore',
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  vite: {
    // Build outputs and benchmark corpora are not sources: watching them slows the dev server down.
    server: { watch: { ignored: ['**/dist/**', '**/dist.*/**', '**/.build/**', '**/bench/**', '**/test-results/**'] } },
    build: {
      rollupOptions: {
        // Astro's own MDX modules trip this bundler notice once per article; it is not actionable
        // for authors and would bury real warnings (thousands of lines on a large site).
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && String(warning.message).includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  markdown: {
    // Health articles have no code worth highlighting, and Shiki's inline styles would need 'unsafe-inline' in the CSP.
    syntaxHighlight: false,
    processor: withMdxCompileCache(unified({
      // GFM is registered once, here, rather than by the processor's built-in switch.
      gfm: false,
      // Typographic quotes are not worth a pass over every text node of every article (the
      // costliest plugin in profiles); authors can type “curly” quotes and dashes directly.
      smartypants: false,
      remarkPlugins: [
        remarkGfm,
        [remarkMdxChecks, { components: contentComponentProps }],
        [remarkCitations, { bibliography: paths.referenceCandidates }],
        [remarkReadingLevel, { budget: site.editorial.readingGradeBudget, overBudget: site.editorial.readingGradeOverBudget, enforceIn: paths.articles }],
        [remarkGlossary, { glossary: paths.glossary }],
      ],
      rehypePlugins: [rehypeSlug, rehypeTaskListLabels, rehypeTableCaptions, [rehypeBaseLinks, { base: site.base, articlesDir: paths.articles, pagesDir: paths.pages }]],
    }), { dir: resolve(cacheDir, 'mdx-compile'), salt: compileCacheSalt }),
  },
  integrations: [
    // Static parts of each article are rendered as one HTML string instead of thousands of JSX
    // calls: smaller compiled modules, faster bundling and rendering.
    mdx({ optimize: true }),
    sitemap({ filter: (page) => !page.endsWith('/404/') && !page.endsWith('/404.html') }),
    contentChecks({ contentRoot: paths.root, articlesDir: paths.articles, reviewOverdue: site.editorial.reviewOverdue }),
    distAudit({ articlesDir: paths.articles, pagesDir: paths.pages }),
    pagefind({ lastBuildDir: resolve(process.env['SITE_FINAL_OUT_DIR'] ?? site.outDir) }),
  ],
});
