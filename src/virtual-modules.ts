import type { Plugin } from 'vite';
import type { SiteConfig } from './site-config.ts';
import type { Dictionary } from './lib/i18n.ts';
import type { Shard } from './lib/shards.ts';

/** Everything the engine's components, routes and content config need from the site, resolved once at config time. */
export interface RuntimeConfig {
  site: SiteConfig;
  /** Absolute path of the content folder. */
  contentRoot: string;
  /** UI strings of the site's language, with its overrides. */
  strings: Dictionary;
  /** The share image with the size read from the file, when the site has one. */
  shareImage?: { path: string; width: number; height: number; type: string } | undefined;
}

const CONFIG_ID = 'virtual:evidence-site/config';
const BRAND_CSS_ID = 'virtual:evidence-site/brand.css';
const COMPONENT_PREFIX = 'virtual:evidence-site/components/';
const SHARD_ID = 'virtual:evidence-site/shard';

/**
 * Serves the resolved config (`virtual:evidence-site/config`), the brand colours as CSS
 * (`virtual:evidence-site/brand.css`) and the replaceable components
 * (`virtual:evidence-site/components/Header`) so components import config, never read files;
 * `virtual:evidence-site/shard` says which shard of a sharded build this process is (null: all).
 */
export function virtualModules(config: RuntimeConfig, components: Readonly<Record<string, string>>, shard?: Shard): Plugin {
  const resolved = (id: string) => `\0${id}`;
  return {
    name: 'evidence-site:virtual-modules',
    // Filters keep the bundler from calling into JavaScript for every other module.
    resolveId: {
      filter: { id: /^virtual:evidence-site\// },
      handler(id) {
        if (id === CONFIG_ID || id === BRAND_CSS_ID || id === SHARD_ID) return resolved(id);
        if (id.startsWith(COMPONENT_PREFIX)) return components[id.slice(COMPONENT_PREFIX.length)];
        return undefined;
      },
    },
    load: {
      filter: { id: /^\0virtual:evidence-site\// },
      handler(id) {
        if (id === resolved(CONFIG_ID)) return `export default ${JSON.stringify(config)};`;
        if (id === resolved(BRAND_CSS_ID)) return brandCss(config.site.brand);
        if (id === resolved(SHARD_ID)) return `export default ${JSON.stringify(shard ?? null)};`;
        return undefined;
      },
    },
  };
}

/** The brand colours as design tokens, in the engine's cascade layer so they replace the defaults. */
export function brandCss(brand: SiteConfig['brand']): string {
  const themed = ({ light, dark }: { light: string; dark: string }) => `light-dark(${light}, ${dark})`;
  return `@layer site { :root { --color-accent: ${themed(brand.accent)}; --color-link: ${themed(brand.link)}; } }\n`;
}
