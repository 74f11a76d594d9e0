import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compile } from '@mdx-js/mdx';
import { VFile } from 'vfile';
import { remarkMdxChecks } from '../../../src/plugins/remark-mdx-checks.ts';
import { contentComponentProps } from '../../../src/components/content-component-names.ts';
import { pluginFixture } from './fixtures.ts';
import { takeFileWarnings } from '../../../src/lib/diagnostics.ts';

const fixture = pluginFixture();
mkdirSync(join(fixture.articles, 'images'), { recursive: true });
writeFileSync(join(fixture.articles, 'images', 'diagram.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');

const check = (mdx: string) =>
  compile(new VFile({ value: mdx, path: join(fixture.articles, 'a.mdx') }), { remarkPlugins: [[remarkMdxChecks, { components: contentComponentProps }]] });

describe('remarkMdxChecks', () => {
  it('accepts the site components with valid props, imported components, HTML and existing images', async () => {
    await expect(
      check(
        'import Chart from "./chart.js";\n\n<CareCard level="urgent" title="See a GP if">x</CareCard>\n\n<Callout>note</Callout> <Chart /> <svg role="img"><title>x</title></svg>\n\n![A diagram](./images/diagram.svg) ![remote](https://example.org/x.png)',
      ),
    ).resolves.toBeDefined();
  });

  it('fails on an unknown component with file, line and the list of components', async () => {
    await expect(check('Intro.\n\n<Banner>Hi</Banner>')).rejects.toThrow(
      /articles\/a\.mdx:3:1: Unknown component <Banner>\.\n {2}Fix: Components available in every article: <CareCard>, <Callout>, <Term>, <Figure>, <Details>, <EvidenceKey>, <UrgentHelp>\./,
    );
  });

  it('suggests the closest component name for a typo', async () => {
    await expect(check('<CareCrad level="urgent" title="x">y</CareCrad>')).rejects.toThrow(/Did you mean <CareCard>\?/);
  });

  it('fails on an invalid prop value, a missing required prop and an unknown prop', async () => {
    await expect(check('<CareCard level="soon" title="x">y</CareCard>')).rejects.toThrow(/"soon" is not a valid level\.\n {2}Fix: Use one of: non-urgent, urgent, emergency\./);
    await expect(check('<CareCard title="x">y</CareCard>')).rejects.toThrow(/<CareCard> needs a level prop/);
    await expect(check('<Callout tone="x">y</Callout>')).rejects.toThrow(/<Callout> has no prop "tone"\.\n {2}Fix: Use: kind, title\./);
  });

  it('fails on a local image that does not exist, with its line', async () => {
    await expect(check('Text.\n\n![Missing](./images/missing.png)')).rejects.toThrow(/articles\/a\.mdx:3:1: Image "\.\/images\/missing\.png" not found/);
  });
});

describe('images without alt text', () => {
  const warningsOf = async (mdx: string) => {
    const file = join(fixture.articles, 'a.mdx');
    takeFileWarnings(file);
    await check(mdx);
    return takeFileWarnings(file);
  };

  it('warns with file and line about a Markdown image or an <img> with no alt text', async () => {
    const warnings = await warningsOf('Intro.\n\n![](./images/diagram.svg)\n\n<img src="/logo.svg" />');
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(/articles\/a\.mdx:3:1: Image "\.\/images\/diagram\.svg" has no alt text\.\n {2}Fix: Describe what it shows/);
    expect(warnings[1]).toMatch(/articles\/a\.mdx:5:1: Image "\/logo\.svg" has no alt text/);
  });

  it('accepts alt="" written out as a decorative image', async () => {
    expect(await warningsOf('<img src="/rule.svg" alt="" />\n\n![A diagram](./images/diagram.svg)')).toEqual([]);
  });
});
