// The engine's one entry: `evidenceSite(config)` in a site's astro.config.mjs. It validates the
// site config once and wires the named parts; each part lives in its own file.
import type { AstroIntegration } from 'astro';
import type { Rolldown } from 'vite';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import rehypeSlug from 'rehype-slug';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { resolveSiteConfig, type SiteConfigInput } from './site-config.ts';
import { resolveRuntimeConfig } from './runtime-config.ts';
import { virtualModules } from './virtual-modules.ts';
import { injectedRoutes, peopleRoute } from './routes.ts';
import { existsSync } from 'node:fs';
import { contentPaths } from './lib/content-paths.ts';
import { placeholderAddressWarning } from './lib/urls.ts';
import { checkRedirectSources, publishedPaths, redirectsWithBase } from './lib/redirects.ts';
import { readabilityFormula } from './lib/reading-level.ts';
import { cacheDirFor } from './lib/cache-dir.ts';
import { analyticsOrigins } from './lib/security-headers.ts';
import { fingerprint, listFiles, withMdxCompileCache } from './lib/mdx-compile-cache.ts';
import { remarkCitations } from './plugins/remark-citations.ts';
import { remarkReadingLevel } from './plugins/remark-reading-level.ts';
import { remarkGlossary } from './plugins/remark-glossary.ts';
import { remarkMdxChecks } from './plugins/remark-mdx-checks.ts';
import { remarkSearchQuestions } from './plugins/remark-search-questions.ts';
import { rehypeBaseLinks } from './plugins/rehype-base-links.ts';
import { rehypeTaskListLabels } from './plugins/rehype-task-list-labels.ts';
import { rehypeTableCaptions } from './plugins/rehype-table-captions.ts';
import { checkedComponentProps } from './components/content-component-names.ts';
import { pagefind } from './integrations/pagefind.ts';
import { contentChecks } from './integrations/content-checks.ts';
import { distAudit } from './integrations/dist-audit.ts';
import { devContentErrors } from './integrations/dev-content-errors.ts';
import { sitemapIntegration } from './integrations/sitemap-files.ts';
import { afterBuildDeferred } from './integrations/after-build-mode.ts';
import { sitePageStubs } from './shards/site-page-stubs.ts';
import { shardModules } from './shards/shard-modules.ts';
import { parseShard, SHARD_ENV, shardsDirFor, writesSitePages } from './lib/shards.ts';

export { defineSiteConfig, type SiteConfigInput, type SiteConfig } from './site-config.ts';

const engineDir = fileURLToPath(new URL('.', import.meta.url));

/** The evidence-site Astro integration: content checks, evidence plugins, routes, search and audits for one site config. */
export default function evidenceSite(input: SiteConfigInput): AstroIntegration {
  return {
    name: 'evidence-site',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig, injectRoute, logger }) => {
        const projectRoot = fileURLToPath(config.root);
        const site = resolveSiteConfig(input);
        const paths = contentPaths(site.contentDir, projectRoot);
        // `evidence-site build` may split the articles into shards, each built by an Astro process of its own.
        const shard = command === 'build' ? parseShard(process.env[SHARD_ENV]) : undefined;
        // Shards other than the first stay quiet about the config: shard 0 says it once.
        const configLogger = writesSitePages(shard) ? logger : { warn: () => {} };
        const placeholderWarning = command === 'build' ? placeholderAddressWarning(site.url) : undefined;
        if (placeholderWarning) configLogger.warn(placeholderWarning);
        const runtime = resolveRuntimeConfig(site, { projectRoot, contentRoot: paths.root, publicDir: fileURLToPath(config.publicDir), logger: configLogger });
        const finalOutDir = resolve(projectRoot, site.outDir);
        // `evidence-site build` builds into a staging folder (a shard, into a folder of its own that
        // it merges afterwards) and swaps it in only when every check passed.
        const outDir = shard
          ? resolve(shardsDirFor(finalOutDir, projectRoot), String(shard.index))
          : process.env['EVIDENCE_SITE_STAGING'] === '1'
            ? `${finalOutDir}.staging`
            : finalOutDir;
        const cacheDir = cacheDirFor(paths.root, projectRoot);
        // Shards run side by side: each keeps Astro's data store in a cache of its own; compiled MDX is shared.
        const astroCacheDir = shard ? resolve(cacheDir, 'shards', `${shard.index}-of-${shard.count}`) : cacheDir;

        // Compiled MDX is reused while the article, the engine, the plugins' data and the config are
        // unchanged; the content folder's other files count because plugins check that images exist.
        const compileCacheSalt = fingerprint(
          [engineDir, resolve(projectRoot, 'package-lock.json'), paths.glossary, ...paths.referenceCandidates],
          `${process.version}\0${JSON.stringify(runtime)}\0${listFiles(paths.root).filter((file) => !file.endsWith('.mdx')).join('\n')}`,
        );

        for (const route of [...injectedRoutes, ...(existsSync(paths.people) ? [peopleRoute] : [])]) {
          // Other shards render the site's pages too, so every shard bundles the same styles, but
          // skip the site-wide files that are not pages: shard 0 writes those.
          if (!writesSitePages(shard) && !route.entrypoint.endsWith('.astro') && !route.pattern.startsWith('/articles/')) continue;
          injectRoute({ ...route, entrypoint: new URL(route.entrypoint, import.meta.url) });
        }

        checkRedirectSources(site.redirects, publishedPaths(paths));

        updateConfig({
          site: site.url,
          base: site.base,
          redirects: redirectsWithBase(site.redirects, site.base),
          // Config hooks receive resolved config, where folders are file URLs.
          outDir: pathToFileURL(`${outDir}/`),
          // Each content folder gets its own cache, so building one site never reuses another's data.
          cacheDir: pathToFileURL(`${astroCacheDir}/`),
          trailingSlash: 'ignore',
          build: { format: 'directory', inlineStylesheets: 'never' },
          devToolbar: { enabled: false },
          vite: {
            plugins: [
              virtualModules(runtime, componentPaths(site.components, projectRoot), shard),
              sitePageStubs(shard, { pagesDir: paths.pages }),
              shardModules(shard, { projectRoot, articlesDir: paths.articles }),
            ],
            // Build outputs and benchmark corpora are not sources: watching them slows the dev server down.
            server: { watch: { ignored: ['**/dist/**', '**/dist.*/**', '**/.build/**', '**/bench/**', '**/test-results/**'] } },
            build: {
              rollupOptions: {
                // Astro's own MDX modules trip this notice once per article; it is not actionable for authors.
                onLog: ((level, log, defaultHandler) => {
                  if (log.code === 'MODULE_LEVEL_DIRECTIVE' && String(log.message).includes('astro:head-inject')) return;
                  defaultHandler(level, log);
                }) satisfies Rolldown.InputOptions['onLog'],
              },
            },
          },
          markdown: {
            // Health articles have no code worth highlighting, and Shiki's inline styles would need 'unsafe-inline' in the CSP.
            syntaxHighlight: false,
            processor: withMdxCompileCache(
              unified({
                // GFM is registered once, below, rather than by the processor's built-in switch.
                gfm: false,
                // Typographic quotes are not worth a pass over every text node of every article.
                smartypants: false,
                remarkPlugins: [
                  remarkGfm,
                  remarkSearchQuestions,
                  [remarkMdxChecks, { components: checkedComponentProps }],
                  [remarkCitations, { bibliography: paths.referenceCandidates, strings: runtime.strings }],
                  [
                    remarkReadingLevel,
                    {
                      budget: site.editorial.readingGradeBudget,
                      overBudget: site.editorial.readingGradeOverBudget,
                      enforceIn: paths.articles,
                      language: site.language,
                    },
                  ],
                  [remarkGlossary, { glossary: paths.glossary, strings: runtime.strings }],
                ],
                rehypePlugins: [
                  rehypeSlug,
                  rehypeTaskListLabels,
                  rehypeTableCaptions,
                  [rehypeBaseLinks, { base: site.base, articlesDir: paths.articles, pagesDir: paths.pages }],
                ],
              }),
              { dir: resolve(cacheDir, 'mdx-compile'), salt: compileCacheSalt },
            ),
          },
          integrations: [
            // Static parts of each article render as one HTML string instead of thousands of JSX calls.
            mdx({ optimize: true }),
            // `evidence-site build` writes the sitemap itself, over every shard's pages.
            ...(afterBuildDeferred() ? [] : [sitemapIntegration()]),
            ...(writesSitePages(shard) ? [contentChecks({
              contentRoot: paths.root,
              articlesDir: paths.articles,
              pagesDir: paths.pages,
              reviewOverdue: site.editorial.reviewOverdue,
              referenceCandidates: paths.referenceCandidates,
              bibliographyIncomplete: site.editorial.bibliographyIncomplete,
              referencesUnverified: site.editorial.referencesUnverified,
              gradeInconsistent: site.editorial.gradeInconsistent,
            })] : []),
            devContentErrors({ contentRoot: paths.root, articlesDir: paths.articles }),
            distAudit({ articlesDir: paths.articles, pagesDir: paths.pages, analyticsOrigins: analyticsOrigins(site.analytics), redirects: site.redirects }),
            pagefind({ lastBuildDir: finalOutDir }),
          ],
        });
        if (!readabilityFormula(site.language) && writesSitePages(shard)) {
          logger.info(`No readability formula for the language "${site.language}" (English and Spanish have one): the reading-grade check is skipped.`);
        }
        logger.debug(`content from ${paths.root}, output to ${outDir}`);
      },
    },
  };
}

/** The site's own Header/Footer where it names one, else the engine's. */
function componentPaths(overrides: { Header?: string | undefined; Footer?: string | undefined }, projectRoot: string): Record<string, string> {
  return {
    Header: overrides.Header ? resolve(projectRoot, overrides.Header) : resolve(engineDir, 'components/Header.astro'),
    Footer: overrides.Footer ? resolve(projectRoot, overrides.Footer) : resolve(engineDir, 'components/Footer.astro'),
  };
}
