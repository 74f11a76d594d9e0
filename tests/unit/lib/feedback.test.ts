import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { feedbackHref, isFeedbackTarget } from '../../../src/lib/feedback.ts';
import { resolveSiteConfig } from '../../../src/site-config.ts';
import { resolveRuntimeConfig } from '../../../src/runtime-config.ts';

describe('feedback', () => {
  it('accepts a mailto: address or an https URL, and nothing else', () => {
    expect(isFeedbackTarget('mailto:fix@example.org')).toBe(true);
    expect(isFeedbackTarget('https://forms.example.org/report')).toBe(true);
    expect(isFeedbackTarget('fix@example.org')).toBe(false);
    expect(isFeedbackTarget('http://forms.example.org/report')).toBe(false);
    expect(isFeedbackTarget('mailto:nobody')).toBe(false);
  });

  const page = { title: 'Creams & stretch marks', url: 'https://example.org/articles/creams/' };
  const words = { subject: 'Problem with', page: 'Page', prompt: 'What is wrong or unclear:' };

  it('prefills an email with the page title in the subject and its address in the body', () => {
    const link = new URL(feedbackHref('mailto:fix@example.org', page, words));
    expect(link.protocol).toBe('mailto:');
    expect(link.pathname).toBe('fix@example.org');
    expect(decodeURIComponent(link.search)).toBe('?subject=Problem with: Creams & stretch marks&body=Page: https://example.org/articles/creams/\r\n\r\nWhat is wrong or unclear:\r\n');
  });

  it('adds the page address and title to a form URL, keeping its own query', () => {
    const link = new URL(feedbackHref('https://forms.example.org/report?form=7', page, words));
    expect(link.searchParams.get('form')).toBe('7');
    expect(link.searchParams.get('page')).toBe(page.url);
    expect(link.searchParams.get('title')).toBe(page.title);
  });

  it('fails the config with a clear message for an address that is neither', () => {
    expect(() => resolveSiteConfig({ title: 'T', description: 'D', url: 'https://example.org', feedback: 'fix@example.org' }, {})).toThrow(
      /feedback: Use a "mailto:" address such as "mailto:corrections@example.org", or an https form URL/,
    );
    expect(resolveSiteConfig({ title: 'T', description: 'D', url: 'https://example.org', feedback: '' }, {}).feedback).toBeUndefined();
  });
});

describe('the feedback warning', () => {
  const folder = mkdtempSync(join(tmpdir(), 'feedback-'));
  const warnings = (config: Parameters<typeof resolveSiteConfig>[0]) => {
    const messages: string[] = [];
    resolveRuntimeConfig(resolveSiteConfig(config, {}), { projectRoot: folder, contentRoot: folder, publicDir: folder, logger: { warn: (message) => messages.push(message) } });
    return messages;
  };
  const base = { title: 'T', description: 'D', url: 'https://example.org' };

  it('warns a health site that readers have no way to report a problem', () => {
    expect(warnings(base)).toEqual([expect.stringMatching(/^site\.config\.ts: no feedback channel\. .*set feedback to a "mailto:" address or an https form URL/)]);
  });

  it('stays quiet once feedback is set, and for a site that is not health information', () => {
    expect(warnings({ ...base, feedback: 'mailto:fix@example.org' })).toEqual([]);
    expect(warnings({ ...base, structuredData: { pageType: 'Article' } })).toEqual([]);
  });
});
