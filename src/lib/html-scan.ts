import { Parser } from 'htmlparser2';

/** What the dist checks need from one HTML page. */
export interface ScannedPage {
  /** Every `id` (and `<a name>`) on the page: the valid #fragment targets. */
  ids: Set<string>;
  /** Every URL the page links to or loads, with the element it sits on. */
  links: Array<{ url: string; tag: string; attribute: string }>;
  /** Text of inline scripts that the browser runs (not JSON-LD or templates' data). */
  inlineScripts: string[];
}

const URL_ATTRIBUTES: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  script: ['src'],
  iframe: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  embed: ['src'],
  object: ['data'],
  form: ['action'],
};
const EXECUTABLE_SCRIPT_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/** Parses one HTML document (streaming, no DOM) and collects ids, links and inline scripts. */
export function scanHtml(html: string): ScannedPage {
  const page: ScannedPage = { ids: new Set(), links: [], inlineScripts: [] };
  let script: string[] | undefined;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (attributes['id']) page.ids.add(attributes['id']);
        if (name === 'a' && attributes['name']) page.ids.add(attributes['name']);
        for (const attribute of URL_ATTRIBUTES[name] ?? []) {
          const value = attributes[attribute];
          if (value === undefined) continue;
          const urls = attribute === 'srcset' ? value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? '') : [value];
          for (const url of urls) if (url) page.links.push({ url, tag: name, attribute });
        }
        if (name === 'script' && !attributes['src'] && EXECUTABLE_SCRIPT_TYPES.has((attributes['type'] ?? '').toLowerCase())) script = [];
      },
      ontext(text) {
        script?.push(text);
      },
      onclosetag(name) {
        if (name === 'script' && script) {
          page.inlineScripts.push(script.join(''));
          script = undefined;
        }
      },
    },
    { decodeEntities: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return page;
}
