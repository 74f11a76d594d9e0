import input from '../site.config.ts';
import { resolveSiteConfig, type SiteConfig } from './site-config.ts';
import { absoluteUrl, withBase } from './lib/urls.ts';

/** The resolved site config (site.config.ts plus SITE_* environment overrides), validated once. */
export const site: SiteConfig = resolveSiteConfig(input);

/** The one way to write an internal URL: a site path ("/articles/a/") with the base path in front. */
export function href(path: string): string {
  return withBase(site.base, path);
}

/** Absolute URL of a site path, for canonical links, feeds and structured data. */
export function absoluteHref(path: string): string {
  return absoluteUrl(site.url, site.base, path);
}
