import { defineConfig } from 'astro/config';
import evidenceSite from 'evidence-site';
import siteConfig from './site.config.ts';

export default defineConfig({
  integrations: [evidenceSite(siteConfig)],
});
