// Our first site uses the engine exactly as any other site does: through the package entry.
import { defineConfig } from 'astro/config';
import evidenceSite from 'evidence-site';
import siteConfig from './site.config.ts';

export default defineConfig({
  integrations: [evidenceSite(siteConfig)],
});
