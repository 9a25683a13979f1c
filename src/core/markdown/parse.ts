import type { Root } from 'mdast';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';

/*
 * Drafts need CommonMark plus two extensions: footnotes (sources in Kamervragen, citations) and YAML front matter
 * (`soort: motie`), and no indented code (below). Tables, autolinks, strikethrough and task lists (the rest of GFM) play no part in a motie and
 * cost parse time on every keystroke, so they are left out. The plugins below register the extensions the way
 * remark-gfm and remark-frontmatter do; each processor is frozen once and reused for every parse.
 */
function draftSyntax(withFrontmatter: boolean) {
  return function (this: Processor): void {
    const data = this.data();
    (data.micromarkExtensions ??= []).push(...(withFrontmatter ? [frontmatter(['yaml'])] : []), gfmFootnote(), NO_INDENTED_CODE);
    (data.fromMarkdownExtensions ??= []).push(...(withFrontmatter ? [frontmatterFromMarkdown(['yaml'])] : []), gfmFootnoteFromMarkdown());
  };
}

/**
 * No code block by indentation: a paragraph pasted with a tab or four spaces in front is a paragraph of the draft, not
 * code. As code it was blanked: no rule read it and the export left it out ("overwegende dat …" vanished from the Word
 * file, a dictum from `compare`; a staffer's trial). A fenced block (```) stays code. MDX drops it the same way.
 */
const NO_INDENTED_CODE = { disable: { null: ['codeIndented'] } };

const processor = unified().use(remarkParse).use(draftSyntax(true)).freeze();
// A piece from the middle of a document: front matter exists only at the very start, so "---" there is never one.
const pieceProcessor = unified().use(remarkParse).use(draftSyntax(false)).freeze();

/**
 * Parse Markdown into mdast with positions (offsets are UTF-16 indexes into `text`). `piece`: the text is a stretch
 * from the middle of a document (no front matter). Never throws.
 */
export function parseMarkdown(text: string, piece = false): Root {
  try {
    return (piece ? pieceProcessor : processor).parse(text) as Root;
  } catch {
    // micromark does not throw on any input we know of; a broken tree must not take the server down.
    const end = { line: 1, column: 1, offset: text.length };
    return { type: 'root', children: [], position: { start: { line: 1, column: 1, offset: 0 }, end } };
  }
}
