import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { publishedArticles } from '../collections.ts';
import { routes } from '../lib/urls.ts';
import { feedItems } from '../lib/feed-items.ts';
import { site, absoluteHref } from '../site.ts';
import { t } from '../i18n/index.ts';

/** RSS feed of articles and of the corrections made to them, newest first. */
export const GET: APIRoute = async () =>
  rss({
    title: site.title,
    description: site.description,
    site: absoluteHref('/'),
    items: feedItems(
      (await publishedArticles()).map((article) => ({ id: article.id, ...article.data, url: absoluteHref(routes.article(article.id)) })),
      t('changes.correction'),
    ),
    customData: `<language>${site.language}</language>`,
  });
