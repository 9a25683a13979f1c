import type { Root } from 'mdast';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';

/*
 * Drafts need CommonMark plus two extensions: footnotes (sources in Kamervragen, citations) and YAML front matter
 * (`soort: motie`). Tables, autolinks, strikethrough and task lists (the rest of GFM) play no part in a motie and
 * cost parse time on every keystroke, so they are left out. The plugin below registers the two extensions the way
 * remark-gfm and remark-frontmatter do; the processor is frozen once and reused for every parse.
 */
function remarkDraftSyntax(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(frontmatter(['yaml']), gfmFootnote());
  (data.fromMarkdownExtensions ??= []).push(frontmatterFromMarkdown(['yaml']), gfmFootnoteFromMarkdown());
}

const processor = unified().use(remarkParse).use(remarkDraftSyntax).freeze();

/** Parse Markdown into mdast with positions (offsets are UTF-16 indexes into `text`). Never throws. */
export function parseMarkdown(text: string): Root {
  try {
    return processor.parse(text) as Root;
  } catch {
    // micromark does not throw on any input we know of; a broken tree must not take the server down.
    const end = { line: 1, column: 1, offset: text.length };
    return { type: 'root', children: [], position: { start: { line: 1, column: 1, offset: 0 }, end } };
  }
}
