// Benchmark peer "bare": the floor. Astro + MDX, a unified processor with no remark plugins and
// only rehype-slug (GFM is the processor's default), one layout; Pagefind runs after the build
// (see the build script in package.json). The harness writes the corpus into src/content/articles/.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import rehypeSlug from 'rehype-slug';

export default defineConfig({
  site: 'https://example.org',
  integrations: [mdx()],
  markdown: {
    processor: unified({ remarkPlugins: [], rehypePlugins: [rehypeSlug] }),
  },
});
