import type { Root, RootContent } from 'mdast';
import type { ElementContent } from 'hast';
import type { VFile } from 'vfile';
import { visit, SKIP } from 'unist-util-visit';
import { toString } from 'mdast-util-to-string';
import { ContentError } from '../lib/source-error.ts';
import { SEARCH_QUESTION_ID, SEARCH_QUESTION_WEIGHT } from '../lib/search-sections.ts';

/**
 * Turns each `<SearchQuestions>` list into questions the search index files under the section
 * they sit in, hidden on the page. Authors list the words readers use for what a section answers
 * ("How many treatments will I need?" under "How many sessions, and how often"): the search
 * ranks the section by them as by its heading. The questions become the element's own HTML, not
 * Markdown text, so the glossary and the reading-level check pass them by.
 */
export function remarkSearchQuestions() {
  return (tree: Root, file: VFile) => {
    if (!String(file.value).includes('<SearchQuestions')) return;
    let count = 0;
    visit(tree, (node, index, parent) => {
      if ((node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') || node.name !== 'SearchQuestions') return;
      const where = { file: file.path, line: node.position?.start.line, column: node.position?.start.column };
      const example = 'a list of questions, one per line: "- How many treatments will I need?"';
      if (node.type === 'mdxJsxTextElement' || !parent || index === undefined) {
        throw new ContentError(where, '<SearchQuestions> must stand on its own lines, after the heading of the section it is for.', `Put <SearchQuestions> and </SearchQuestions> on lines of their own around ${example}.`);
      }
      if (node.attributes.length > 0) throw new ContentError(where, '<SearchQuestions> takes no props.', `Remove them; write ${example}.`);
      const list = node.children.length === 1 && node.children[0]!.type === 'list' ? node.children[0] : undefined;
      const questions = list?.children.map((item) => toString(item).replace(/\s+/g, ' ').trim()) ?? [];
      if (!list || questions.length === 0 || questions.some((question) => question === '')) {
        throw new ContentError(where, '<SearchQuestions> holds something other than a list of questions.', `Write ${example}, with blank lines after <SearchQuestions> and before </SearchQuestions>.`);
      }
      const hidden: ElementContent[] = questions.map((question) => ({
        type: 'element',
        tagName: 'p',
        properties: { id: `${SEARCH_QUESTION_ID}${++count}`, dataPagefindWeight: String(SEARCH_QUESTION_WEIGHT) },
        children: [{ type: 'text', value: question }],
      }));
      const replacement = { type: 'searchQuestions', children: [], data: { hName: 'div', hProperties: { hidden: true }, hChildren: hidden } } as unknown as RootContent;
      parent.children.splice(index, 1, replacement);
      return [SKIP, index + 1];
    });
  };
}
