import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { publishedArticles } from '../collections.ts';
import { routes } from '../lib/urls.ts';
import { site, absoluteHref } from '../site.ts';

/** RSS feed of articles, newest first (ties broken by id so the feed is reproducible). */
export const GET: APIRoute = async () => {
  const articles = [...(await publishedArticles())].sort(
    (a, b) => b.data.published.getTime() - a.data.published.getTime() || a.id.localeCompare(b.id),
  );
  return rss({
    title: site.title,
    description: site.description,
    site: absoluteHref('/'),
    items: articles.map((article) => ({
      title: article.data.title,
      description: article.data.description,
      pubDate: article.data.published,
      link: absoluteHref(routes.article(article.id)),
    })),
    customData: `<language>${site.language}</language>`,
  });
};
