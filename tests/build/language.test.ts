import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import en from '../../src/i18n/en.json';
import es from '../../src/i18n/es.json';
import { projectRoot, withoutTestRunnerVariables } from '../helpers/build-site.ts';
import { describe, expect, it } from 'vitest';
import { readPage } from '../helpers/dist.ts';
import { siteDir } from '../helpers/sites.ts';

// A site whose site.config.ts says language: 'es' (tests/fixtures/site-es), built under /es/.
const root = siteDir('spanish');

describe('a site in Spanish', () => {
  const article = readPage(root, 'articles/qué-es/');

  it('declares its language and shows the built-in Spanish interface strings', () => {
    expect(article.documentElement.getAttribute('lang')).toBe('es');
    expect(article.querySelector('.key-points')?.textContent).toContain('Puntos clave');
    expect(article.querySelector('.skip-link')?.textContent).toBe('Saltar al contenido principal');
    expect(article.querySelector('.review-info')?.textContent).toContain('Última revisión de la página');
  });

  it("applies the site's own string overrides on top of the language's strings", () => {
    expect(article.querySelector('.site-header__nav')?.textContent).toContain('Temas de salud');
  });

  it('writes dates the Spanish way', () => {
    expect(article.querySelector('.review-info')?.textContent).toContain('30 de noviembre de 2026');
  });

  it('publishes a file name with an accent at a percent-encoded URL that every link reaches', () => {
    expect(existsSync(join(root, 'articles/qué-es/index.html'))).toBe(true);
    const other = readPage(root, 'articles/cuidados/');
    const hrefs = [...other.querySelectorAll('.prose a[href^="/es/"]')].map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(['/es/articles/qu%C3%A9-es/', '/es/articles/qu%C3%A9-es/#las-capas']);
    const home = readFileSync(join(root, 'index.html'), 'utf8');
    expect(home).toContain('href="/es/articles/qu%C3%A9-es/"');
  });

  it('tells search and feeds the language: Pagefind stems Spanish, the RSS feed says es', () => {
    const entry = JSON.parse(readFileSync(join(root, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, unknown> };
    expect(Object.keys(entry.languages)).toEqual(['es']);
    expect(readFileSync(join(root, 'rss.xml'), 'utf8')).toContain('<language>es</language>');
  });

  it("renders the site's own footer component in place of the engine's", () => {
    expect(article.querySelector('footer.custom-footer')?.textContent?.trim()).toBe('Pie de página propio del sitio de prueba.');
    expect(article.querySelector('.site-footer__disclaimer')).toBeNull();
  });

  it('uses the brand colour of its config', () => {
    const css = [...article.querySelectorAll('link[rel="stylesheet"]')]
      .map((link) => readFileSync(join(root, link.getAttribute('href')!.replace(/^\/es\//, '')), 'utf8'))
      .join('\n');
    expect(css).toMatch(/--color-accent:\s*light-dark\(#7a3e9d,\s*#d7b3ef\)/);
  });

  it('shows no English interface text on any page: every dictionary string that differs is in Spanish', () => {
    // Word lists the reader never sees as text.
    const notShown = new Set(['search.fillerWords', 'glossary.alphabet']);
    const english = Object.entries(en)
      .filter(([key, value]) => !notShown.has(key) && value !== (es as Record<string, string>)[key])
      .flatMap(([key, value]) => value.split(/\{\w+\}/).map((part) => [key, part.trim()] as const))
      .filter(([, part]) => /\p{L}{3}/u.test(part));
    const pages = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
        entry.isDirectory() ? pages(join(dir, entry.name)) : entry.name.endsWith('.html') ? [join(dir, entry.name)] : [],
      );
    const found: string[] = [];
    for (const file of pages(root)) {
      const page = readPage(root, file.slice(root.length + 1).replace(/index\.html$/, ''));
      for (const element of page.querySelectorAll('script, style')) element.remove();
      const attributes = [...page.querySelectorAll('*')].flatMap((element) =>
        ['aria-label', 'title', 'alt', 'placeholder', 'content', 'value'].map((name) => element.getAttribute(name) ?? ''),
      );
      const text = [page.title, page.body.textContent ?? '', ...attributes].join('\n');
      for (const [key, part] of english) {
        if (new RegExp(`(?<![\\p{L}])${part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u').test(text)) found.push(`${file.slice(root.length)}: ${key} "${part}"`);
      }
    }
    expect(found).toEqual([]);
  });

  it('names care-card levels, callouts and web-page access dates in Spanish', () => {
    const page = readPage(root, 'articles/cuidados/');
    expect(page.querySelector('.care-card__heading')?.textContent).toBe('Consejo urgente: Pida cita con su médico si');
    expect(page.querySelector('.callout__title')?.textContent).toBe('Nota');
    expect(page.querySelector('.references__accessed')?.textContent).toBe('(consultado el 29 de noviembre de 2026)');
  });

  it('lists the glossary A–Z in the Spanish alphabet, with Ñ after N', () => {
    const letters = [...readPage(root, 'glossary/').querySelectorAll('.az li')].map((item) => item.textContent);
    expect(letters.slice(12, 16)).toEqual(['M', 'N', 'Ñ', 'O']);
  });

  it('measures the reading grade with the Spanish formula (Fernández-Huerta)', () => {
    const result = spawnSync(process.execPath, [resolve(projectRoot, 'bin/evidence-site.mjs'), 'report'], {
      cwd: resolve(projectRoot, 'tests/fixtures/site-es'),
      encoding: 'utf8',
      env: withoutTestRunnerVariables(process.env),
    });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^qué-es +5 \(FH 84\.6\)/m);
    expect(result.stdout).toContain('Reading-grade budget 9 (Fernández-Huerta bands): all within budget.');
  });
});
