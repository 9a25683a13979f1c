/**
 * HTML (a saved web page, or Word converted by mammoth) to the blocks the core turns into a document: headings,
 * paragraphs, list items, table rows and footnotes, in reading order. Parsing is parse5's (the WHATWG algorithm, so
 * any tag soup a browser reads is read the same way); what the blocks mean is decided in the core
 * (`documentFromBlocks`).
 */

import { parse } from 'parse5';
import { documentFromBlocks, type DocumentBlock, type ImportedDocument } from '../../core/service';

/** The parts of a parse5 node this reader looks at. */
interface HtmlNode {
  nodeName: string;
  value?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: HtmlNode[];
  content?: HtmlNode;
}

/** Never text of the document. */
const SKIPPED = new Set(['script', 'style', 'template', 'noscript', 'nav', 'head', 'svg', 'button', 'form', 'iframe']);
/** Elements that end a paragraph of running text. */
const BLOCKS = new Set(['p', 'div', 'section', 'article', 'main', 'aside', 'header', 'footer', 'blockquote', 'pre', 'address', 'figure', 'figcaption', 'dl', 'dt', 'dd', 'hr', 'body', 'html', 'center']);
/** Ids of footnotes as Word (mammoth), Markdown renderers and hand-written HTML give them. */
const FOOTNOTE_ID = /^(?:fn|footnote|endnote|voetnoot|note)[-_:]?(\d+|[a-z*†‡])$/i;
/** Links back from a footnote to where it is referred to: not part of its text. */
const BACK_LINK = /^#(?:fnref|footnote-ref|endnote-ref|ref)/i;

const attr = (n: HtmlNode, name: string) => n.attrs?.find((a) => a.name === name)?.value;
const children = (n: HtmlNode): HtmlNode[] => n.content?.childNodes ?? n.childNodes ?? [];
const tidy = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The footnote an element is, by its id or its role. */
function footnoteId(n: HtmlNode): string | undefined {
  const id = attr(n, 'id');
  if (id && FOOTNOTE_ID.test(id)) return id;
  const role = attr(n, 'role');
  return role === 'doc-footnote' || role === 'doc-endnote' ? (id ?? role) : undefined;
}

/** Collects blocks while walking the tree once; inline text gathers until a block element ends it. */
class BlockCollector {
  readonly blocks: DocumentBlock[] = [];
  private readonly footnotes: { id: string; text: string }[] = [];
  private readonly refAt = new Map<string, number>();
  private buffer = '';
  private refs: string[] = [];
  /** Inside a heading or table cell: block elements there are part of one line of text. */
  private flat = 0;

  private flush(kind: 'text' | 'bullet' | 'table' = 'text'): void {
    const text = tidy(this.buffer);
    if (text) {
      this.blocks.push({ kind, text });
      for (const r of this.refs) this.refAt.set(r, this.blocks.length - 1);
    }
    this.buffer = '';
    this.refs = [];
  }

  /** Text of an element's inline content; footnote references and back links are left out (the reference noted). */
  private inline(n: HtmlNode): void {
    if (n.nodeName === '#text') {
      this.buffer += n.value ?? '';
      return;
    }
    if (n.nodeName.startsWith('#') || SKIPPED.has(n.nodeName)) return;
    if (n.nodeName === 'br') {
      this.buffer += ' ';
      return;
    }
    const href = n.nodeName === 'a' ? attr(n, 'href') : undefined;
    if (href?.startsWith('#') && FOOTNOTE_ID.test(href.slice(1))) {
      this.refs.push(href.slice(1));
      return;
    }
    if (href && BACK_LINK.test(href)) return;
    for (const c of children(n)) {
      if (this.flat > 0) this.inline(c);
      else this.visit(c);
    }
  }

  /** An element's whole content as one line of inline text (a heading, a table cell). */
  private flatText(n: HtmlNode): void {
    this.flat++;
    this.inline(n);
    this.buffer += ' ';
    this.flat--;
  }

  private table(n: HtmlNode): void {
    this.flush();
    const rows: HtmlNode[] = [];
    const collect = (x: HtmlNode) => children(x).forEach((c) => (c.nodeName === 'tr' ? rows.push(c) : c.nodeName !== 'table' && collect(c)));
    collect(n);
    for (const row of rows) {
      const cells = children(row).filter((c) => c.nodeName === 'td' || c.nodeName === 'th');
      for (const cell of cells) this.flatText(cell);
      this.flush('table');
    }
  }

  private list(n: HtmlNode): void {
    this.flush();
    for (const item of children(n)) {
      if (item.nodeName !== 'li') {
        this.visit(item);
        continue;
      }
      const id = footnoteId(item);
      if (id) {
        this.footnote(id, item);
        continue;
      }
      for (const c of children(item)) {
        if (c.nodeName === 'ul' || c.nodeName === 'ol') {
          this.flush('bullet');
          this.list(c);
        } else if (c.nodeName === 'p') {
          this.inline(c);
          this.buffer += ' ';
        } else this.visit(c);
      }
      this.flush('bullet');
    }
  }

  private footnote(id: string, n: HtmlNode): void {
    const saved = { buffer: this.buffer, refs: this.refs };
    this.buffer = '';
    this.refs = [];
    for (const c of children(n)) this.inline(c);
    const text = tidy(this.buffer).replace(/\s*[↑↩]\s*$/u, '');
    if (text) this.footnotes.push({ id, text });
    this.buffer = saved.buffer;
    this.refs = saved.refs;
  }

  visit(n: HtmlNode): void {
    const name = n.nodeName;
    if (name === '#document' || name === '#document-fragment') return children(n).forEach((c) => this.visit(c));
    if (SKIPPED.has(name)) return;
    const heading = /^h([1-6])$/.exec(name);
    if (heading) {
      this.flush();
      this.flatText(n);
      const text = tidy(this.buffer);
      this.buffer = '';
      this.refs = [];
      // A heading marked as the title (Word's Title style) ranks above every chapter heading.
      const level = /(^|\s)title(\s|$)/.test(attr(n, 'class') ?? '') ? 0 : Number(heading[1]);
      if (text) this.blocks.push({ kind: 'heading', level, text });
      return;
    }
    if (name === 'table') return this.table(n);
    if (name === 'ul' || name === 'ol') return this.list(n);
    const id = name.startsWith('#') ? undefined : footnoteId(n);
    if (id && name !== 'a') return this.footnote(id, n);
    if (!BLOCKS.has(name)) return this.inline(n);
    this.flush();
    for (const c of children(n)) this.visit(c);
    this.flush();
  }

  /** The blocks, footnotes last, each pointing at the block that refers to it. */
  finish(): DocumentBlock[] {
    this.flush();
    const notes = this.footnotes.map((f): DocumentBlock => {
      const mark = FOOTNOTE_ID.exec(f.id)?.[1];
      const ref = this.refAt.get(f.id);
      return { kind: 'footnote', text: f.text, ...(mark ? { mark } : {}), ...(ref !== undefined ? { ref } : {}) };
    });
    return [...this.blocks, ...notes];
  }
}

/** The blocks of an HTML document in reading order. */
export function htmlBlocks(html: string): DocumentBlock[] {
  const collector = new BlockCollector();
  collector.visit(parse(html) as unknown as HtmlNode);
  return collector.finish();
}

/** Read an HTML document; `<title>` gives the title when there is no single top heading. */
export function readHtml(html: string): ImportedDocument {
  const title = tidy(/<title[^>]*>([^<]*)<\/title>/i.exec(html)?.[1] ?? '');
  const doc = documentFromBlocks(htmlBlocks(html));
  if (!doc.title && title) doc.title = title;
  return doc;
}
