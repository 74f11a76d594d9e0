import type { APIRoute } from 'astro';
import { build } from 'esbuild';
import source from '../../client/search.js?raw';
import querySource from '../../lib/search-query.ts?raw';
import sectionsSource from '../../lib/search-sections.ts?raw';

// The pure modules from src/lib the client imports, by file name.
const LIBRARY: Record<string, string> = { 'search-query.ts': querySource, 'search-sections.ts': sectionsSource };

/**
 * The search UI, served as a file so pages load it only when search is opened. Bundled with the
 * pure query and section-ranking logic from src/lib (kept there so it is unit-tested) and minified.
 */
export const GET: APIRoute = async () => {
  const result = await build({
    stdin: { contents: source, loader: 'js', sourcefile: 'search.js' },
    bundle: true,
    write: false,
    format: 'esm',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    plugins: [
      {
        name: 'search-lib',
        setup(plugin) {
          plugin.onResolve({ filter: /search-(query|sections)\.ts$/ }, (args) => ({ path: args.path.split('/').pop()!, namespace: 'search-lib' }));
          plugin.onResolve({ filter: /.*/ }, (args) => (args.namespace === 'search-lib' || args.importer === '<stdin>' ? { path: args.path, external: true } : undefined));
          plugin.onLoad({ filter: /.*/, namespace: 'search-lib' }, (args) => {
            const contents = LIBRARY[args.path];
            if (contents === undefined) throw new Error(`The search script imports ${args.path}, which is not in its library list (src/routes/assets/search.js.ts).`);
            return { contents, loader: 'ts' };
          });
        },
      },
    ],
  });
  return new Response(result.outputFiles[0]!.text, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};
