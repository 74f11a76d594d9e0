import runtime from 'virtual:evidence-site/config';
import type { SiteConfig } from './site-config.ts';
import { absoluteUrl, isPlaceholderUrl, withBase } from './lib/urls.ts';
import { analyticsOrigins } from './lib/security-headers.ts';

/** The resolved site config (the site's config plus SITE_* environment overrides), validated once by the integration. */
export const site: SiteConfig = runtime.site;

/** False while the site still has a placeholder address (example.org, localhost): pages then claim no canonical address. */
export const hasRealAddress = !isPlaceholderUrl(site.url);

/** The share image with its size, when the site has one. */
export const shareImage = runtime.shareImage;

/** The one way to write an internal URL: a site path ("/articles/a/") with the base path in front. */
export function href(path: string): string {
  return withBase(site.base, path);
}

/** Absolute URL of a site path, for canonical links, feeds and structured data. */
export function absoluteHref(path: string): string {
  return absoluteUrl(site.url, site.base, path);
}

/** Origins of the site's analytics script, the only third parties the CSP allows (none by default). */
export const thirdPartyOrigins = analyticsOrigins(site.analytics);
