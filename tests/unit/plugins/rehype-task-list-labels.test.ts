import { describe, expect, it } from 'vitest';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { rehypeTaskListLabels } from '../../../src/plugins/rehype-task-list-labels.ts';

describe('rehypeTaskListLabels', () => {
  it('names each task-list checkbox after its item, leaving nested lists out of the name', async () => {
    const processor = await createMarkdownProcessor({ rehypePlugins: [rehypeTaskListLabels] });
    const { code } = await processor.render('- [x] Book an appointment\n  - bring notes\n- [ ] Ask about *side effects*\n');
    expect(code).toContain('<input type="checkbox" checked disabled aria-label="Book an appointment">');
    expect(code).toContain('<input type="checkbox" disabled aria-label="Ask about side effects">');
  });
});
