import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { resolveSiteConfig, type SiteConfig, type SiteConfigInput } from '../site-config.ts';

/** The site config of the site in `root` (its `site.config.ts`, or `.mjs`/`.js`), validated with SITE_* overrides applied. */
export async function loadSiteConfig(root: string = process.cwd()): Promise<SiteConfig> {
  const file = ['site.config.ts', 'site.config.mjs', 'site.config.js'].map((name) => join(root, name)).find((path) => existsSync(path));
  if (!file) {
    throw new Error(`No site.config.ts in ${root}. Run this command from the site's folder (the one with astro.config.mjs and site.config.ts).`);
  }
  const module = (await import(pathToFileURL(file).href)) as { default?: SiteConfigInput };
  if (!module.default) throw new Error(`${file} must export the site config as its default export: export default defineSiteConfig({ … }).`);
  return resolveSiteConfig(module.default);
}
