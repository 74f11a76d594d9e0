import type { APIRoute } from 'astro';
import { absoluteHref } from '../site.ts';

/** robots.txt allowing everything and pointing crawlers at the sitemap, under any base path. */
export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteHref('/sitemap-index.xml')}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
