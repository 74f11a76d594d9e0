import { describe, expect, it } from 'vitest';
import { scanHtml } from '../../../src/lib/html-scan.ts';

describe('scanHtml', () => {
  it('collects ids, link targets from every URL attribute, and srcset candidates', () => {
    const page = scanHtml('<h2 id="a">A</h2><a name="old">x</a><a href="/x/">x</a><img src="/i.png" srcset="/i-1.png 1x, /i-2.png 2x" alt=""><script src="/s.js"></script>');
    expect([...page.ids]).toEqual(['a', 'old']);
    expect(page.links.map((link) => link.url)).toEqual(['/x/', '/i.png', '/i-1.png', '/i-2.png', '/s.js']);
  });

  it('collects the text of inline scripts the browser runs, but not JSON-LD', () => {
    const page = scanHtml('<script>run()</script><script type="module">mod()</script><script type="application/ld+json">{"a":1}</script>');
    expect(page.inlineScripts).toEqual(['run()', 'mod()']);
  });

  it('decodes entities in attribute values', () => {
    expect(scanHtml('<a href="/a/?x=1&amp;y=2">x</a>').links[0]?.url).toBe('/a/?x=1&y=2');
  });
});
