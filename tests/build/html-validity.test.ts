import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { listDist, readText } from '../helpers/dist.ts';
import { siteDir, type SiteName } from '../helpers/sites.ts';

const builtSites: SiteName[] = ['content', 'basic', 'basicSubPath'];
const hasJava = spawnSync('java', ['-version']).status === 0;
if (!hasJava) {
  if (process.env['CI'] === 'true') throw new Error('CI=true but Java is missing: the W3C checker (vnu-jar) needs it. Install default-jre-headless.');
  console.warn('\n[W3C checker skipped] Java is not installed (apt-get install -y default-jre-headless); html-validate still runs.\n');
}

describe('every built page', () => {
  it.runIf(hasJava)('passes the W3C Nu HTML Checker with zero errors', () => {
    const jar = createRequire(import.meta.url)('vnu-jar') as string;
    const result = spawnSync('java', ['-jar', jar, '--errors-only', '--format', 'text', '--skip-non-html', ...builtSites.map(siteDir)], {
      encoding: 'utf8',
    });
    expect(`${result.stdout}${result.stderr}`.trim()).toBe('Document checking completed. No errors found.');
    expect(result.status).toBe(0);
  });

  const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });

  it.each(builtSites)('passes html-validate with its recommended rules (%s site)', async (site) => {
    const root = siteDir(site);
    const problems: string[] = [];
    const pages = listDist(root).filter((file) => file.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(5);
    for (const file of pages) {
      const report = await validator.validateString(readText(root, file), file);
      for (const result of report.results) {
        for (const message of result.messages) problems.push(`${file}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
      }
    }
    expect(problems).toEqual([]);
  });
});

