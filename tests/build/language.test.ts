import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
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
});
