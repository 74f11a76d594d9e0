import type { APIRoute } from 'astro';
import source from '../../client/search.js?raw';

/** The search UI loader, served as a file so pages load it only when search is opened. */
export const GET: APIRoute = () => new Response(source, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
