import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { imageSize } from 'image-size';
import type { SiteConfig } from './site-config.ts';
import type { RuntimeConfig } from './virtual-modules.ts';
import { dictionaries } from './i18n/dictionaries.ts';
import { resolveStrings } from './lib/i18n.ts';
import { brandContrastProblems } from './lib/contrast.ts';
import { closestMatch } from './lib/source-error.ts';

interface Where {
  projectRoot: string;
  contentRoot: string;
  publicDir: string;
  logger: { warn(message: string): void };
}

/**
 * Checks what the site config points at (files in public/, component files, brand contrast, UI
 * string keys) and resolves what components need at run time. Throws on anything a reader would
 * see broken; warns about UI strings that fall back to English.
 */
export function resolveRuntimeConfig(site: SiteConfig, { projectRoot, contentRoot, publicDir, logger }: Where): RuntimeConfig {
  const problems: string[] = [];
  for (const field of ['logo', 'favicon', 'shareImage'] as const) {
    const path = site[field];
    if (path && !existsSync(resolve(publicDir, `.${path}`))) {
      problems.push(`${field}: "${path}" is not in public/. Add the file as public${path}, or remove the option.`);
    }
  }
  for (const [name, path] of Object.entries(site.components)) {
    if (path && !existsSync(resolve(projectRoot, path))) problems.push(`components.${name}: "${path}" does not exist (paths are from the project root).`);
  }
  problems.push(...brandContrastProblems({ accent: site.brand.accent, link: site.brand.link }));
  const resolved = resolveStrings(dictionaries, site.language, site.strings, closestMatch);
  for (const { key, suggestion } of resolved.unknownOverrides) {
    problems.push(`strings: "${key}" is not a UI string.${suggestion ? ` Did you mean "${suggestion}"?` : ''} The keys are those of the engine's src/i18n/en.json.`);
  }
  if (problems.length > 0) throw new Error(`site.config.ts is invalid:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  if (resolved.missing.length > 0) {
    logger.warn(
      `No built-in "${site.language}" translation for ${resolved.missing.length} UI string(s); English is used for: ${resolved.missing.join(', ')}. Add them to "strings" in site.config.ts.`,
    );
  }
  if (site.structuredData.pageType === 'MedicalWebPage' && !site.feedback) {
    logger.warn(
      'site.config.ts: no feedback channel. Health information should let readers report a problem: set feedback to a "mailto:" address or an https form URL (read it from an environment variable if the address is not public in the repository).',
    );
  }
  const strings = site.footer.disclaimer ? { ...resolved.strings, 'footer.disclaimer': site.footer.disclaimer } : resolved.strings;
  return { site, contentRoot, strings, shareImage: site.shareImage ? shareImageOf(site.shareImage, publicDir) : undefined };
}

const IMAGE_TYPES: Record<string, string> = { png: 'image/png', jpg: 'image/jpeg', gif: 'image/gif', webp: 'image/webp', svg: 'image/svg+xml' };

function shareImageOf(path: string, publicDir: string): NonNullable<RuntimeConfig['shareImage']> {
  let size;
  try {
    size = imageSize(readFileSync(resolve(publicDir, `.${path}`)));
  } catch (error) {
    throw new Error(`site.config.ts is invalid:\n  - shareImage: public${path} could not be read as an image (${error instanceof Error ? error.message : String(error)}). Use a PNG, JPEG, GIF, WebP or SVG.`);
  }
  const type = IMAGE_TYPES[size.type ?? ''];
  if (!type || !size.width || !size.height) {
    throw new Error(`site.config.ts is invalid:\n  - shareImage: public${path} is a ${size.type ?? 'unknown'} image; use a PNG, JPEG, GIF, WebP or SVG.`);
  }
  return { path, width: size.width, height: size.height, type };
}
