import type { APIRoute } from 'astro';
import { transform } from 'esbuild';
import source from '../../client/glossary-filter.js?raw';

/** The glossary's filter box script, served as a file the glossary page loads (minified). */
export const GET: APIRoute = async () => {
  const result = await transform(source, { loader: 'js', target: 'es2022', minify: true, legalComments: 'none' });
  return new Response(result.code, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};
