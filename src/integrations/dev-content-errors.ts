import type { AstroIntegration } from 'astro';
import { resolve } from 'node:path';
import { createArticleAuditor } from '../content-audit.ts';
import { today } from '../lib/dates.ts';
import { formatBuildError } from '../lib/build-error.ts';
import { ContentError } from '../lib/source-error.ts';
import { contentErrors } from '../dev-errors.ts';

/** Options of the dev-content-errors integration. */
export interface DevContentErrorsOptions {
  contentRoot: string;
  articlesDir: string;
}

/**
 * In `astro dev`, checks each article as it is saved, with the checks of a build. Astro's content
 * layer only logs a broken article and drops it (the old page stays on screen, or a 404 appears);
 * this shows the error overlay instead, naming file, line and fix, until the file is fixed.
 */
export function devContentErrors({ contentRoot, articlesDir }: DevContentErrorsOptions): AstroIntegration {
  return {
    name: 'evidence-site:dev-content-errors',
    hooks: {
      'astro:server:setup': ({ server, logger }) => {
        const articles = resolve(articlesDir);
        const check = async (path: string) => {
          const file = resolve(path);
          if (!file.startsWith(articles) || !file.endsWith('.mdx')) return;
          try {
            await createArticleAuditor(contentRoot, today())(file);
            if (contentErrors.delete(file)) server.hot.send({ type: 'full-reload' });
          } catch (error) {
            const message = formatBuildError(error).replace(/^Error: /, '');
            const location = error instanceof ContentError ? error.location : { file };
            contentErrors.set(file, { message, file, line: location.line, column: location.column });
            logger.error(message);
            // The reloaded page fails to render with this error, so Astro shows its error overlay.
            server.hot.send({ type: 'full-reload' });
          }
        };
        server.watcher.on('change', check);
        server.watcher.on('add', check);
        server.watcher.on('unlink', (path) => contentErrors.delete(resolve(path)));
      },
    },
  };
}
