import type { Root, RootContent } from 'mdast';
import type { Span } from '../types';
import type { Agreement } from '../text/agreement';
import { changeBetween, type TextChange } from '../text/change';
import { firstStartingAt, lineEndOf, lineStartOf } from '../text/positions';
import { parseMarkdown } from './parse';
import { runSteps, type Steps } from '../steps';

/**
 * What the line model needs from the syntax tree of one top-level block, with offsets relative to the block's start,
 * so that a block the user did not edit keeps its facts from one version of the document to the next, wherever the
 * edit moved it.
 */
export interface BlockFacts {
  /** Code, HTML, front matter and link definitions: blanked in the masked text. */
  blanked: Span[];
  comments: { value: string; span: Span }[];
  code: Span[];
  footnoteDefinitions: { label: string; span: Span; contentSpan: Span }[];
  footnoteReferences: { label: string; span: Span }[];
  links: { url: string; span: Span }[];
  headings: { depth: number; span: Span }[];
  /** Starts of paragraphs, headings and list items. */
  blockStarts: number[];
  blockquotes: Span[];
  frontmatter?: { value: string; span: Span };
  /** Footnote labels the block defines, as written (`[^Bron 1]:` → `Bron 1`). */
  labels: string[];
}

/** One top-level node of the document: where it is now, and its facts (shared between versions while unchanged). */
export interface Block extends Span {
  type: RootContent['type'];
  facts: BlockFacts;
}

/** A parsed document: its text and its top-level blocks in order. */
export interface ParsedMarkdown {
  text: string;
  blocks: readonly Block[];
  /** How this version was parsed: all of it, or only `[start, end)` of the new text (for tests and benchmarks). */
  reparsed: { start: number; end: number } | 'full';
  /**
   * For a version parsed from the previous one (`reparseBlocks`): where the two texts agree, from the change the re-parse
   * found (the draft model takes it instead of comparing the texts once more; one character short at a surrogate pair
   * or CR LF at the change's edges, which is safe).
   */
  agreement?: Agreement;
}

const BLANKED = new Set(['code', 'inlineCode', 'html', 'yaml', 'definition']);

/**
 * The elements of HTML a draft may hold (`<br>`, `<sup>2</sup>`, `<u>…</u>`, a block CommonMark knows, `<section>`):
 * anything else in angle brackets is words; a name with a colon is markup (`<o:p>` pasted from Word).
 */
const HTML_ELEMENTS = new Set(
  [
    // inline
    'a abbr b bdi bdo big br cite code data del dfn em font i img input ins kbd label mark q s samp small span strike strong sub sup time tt u var wbr',
    // CommonMark's block names and raw elements
    'address article aside base basefont blockquote body caption center col colgroup dd details dialog dir div dl dt fieldset figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 head header hr html iframe legend li link main menu menuitem nav noframes ol optgroup option p param pre script search section source style summary table tbody td template textarea tfoot th thead title tr track ul',
  ]
    .join(' ')
    .split(' '),
);

/**
 * A placeholder a writer leaves to fill in, which Markdown reads as an HTML tag: "<gemeente>", "<titel van het bericht>"
 * (the source fixes insert those). Kept as words: blanked, the export left the motie without them, as if finished (a
 * staffer's trial), and the export now stops on them.
 */
function isPlaceholder(html: string): boolean {
  const m = /^<\/?([A-Za-z][\w:-]*)/.exec(html);
  if (m === null || m[1]!.includes(':')) return false;
  const name = m[1]!.toLowerCase();
  return !HTML_ELEMENTS.has(name) || (WORD_ELEMENTS.has(name) && /^<[A-Za-z]+>$/.test(html));
}

/**
 * Elements whose name is a word a writer leaves to fill in as well ("<link>", "<data>", "<titel>" is no element): bare,
 * without attributes, a placeholder. The source fix's "<titel van het bericht>, <medium>, <datum>, <link>" lost its
 * "<link>" in the export and left a comma behind (a staffer's trial).
 */
const WORD_ELEMENTS = new Set(['link', 'data', 'label', 'title', 'time', 'source']);

/**
 * The facts of one block: one pre-order walk (an explicit stack, so deep nesting cannot overflow the call stack),
 * offsets relative to `origin`, lists in document order.
 */
function factsOf(node: RootContent, origin: number): BlockFacts {
  const facts: BlockFacts = { blanked: [], comments: [], code: [], footnoteDefinitions: [], footnoteReferences: [], links: [], headings: [], blockStarts: [], blockquotes: [], labels: [] };
  const stack: RootContent[] = [node];
  while (stack.length > 0) {
    const n = stack.pop()!;
    const start = (n.position?.start.offset ?? origin) - origin;
    const end = (n.position?.end.offset ?? origin) - origin;
    record(n, { start, end }, origin, facts);
    if (BLANKED.has(n.type) && !(n.type === 'html' && isPlaceholder(n.value))) {
      facts.blanked.push({ start, end });
      continue;
    }
    if ('children' in n) for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
  return facts;
}

function record(node: RootContent, span: Span, origin: number, facts: BlockFacts): void {
  switch (node.type) {
    case 'html':
      if (/^<!--/.test(node.value)) facts.comments.push({ value: node.value.replace(/^<!--|-->$/g, '').trim(), span });
      break;
    case 'yaml':
      facts.frontmatter = { value: node.value, span };
      break;
    case 'code':
    case 'inlineCode':
      facts.code.push(span);
      break;
    case 'footnoteDefinition': {
      const first = node.children[0]?.position?.start.offset;
      facts.footnoteDefinitions.push({ label: node.identifier, span, contentSpan: { start: first === undefined ? span.end : first - origin, end: span.end } });
      facts.labels.push(node.label ?? node.identifier);
      break;
    }
    case 'footnoteReference':
      facts.footnoteReferences.push({ label: node.identifier, span });
      break;
    case 'link':
      facts.links.push({ url: node.url, span });
      break;
    case 'heading':
      facts.headings.push({ depth: node.depth, span });
      facts.blockStarts.push(span.start);
      break;
    case 'paragraph':
    case 'listItem':
      facts.blockStarts.push(span.start);
      break;
    case 'blockquote':
      facts.blockquotes.push(span);
      break;
    default:
      break;
  }
}

/** A block moved by `delta`, its facts shared (written out: every block after a keystroke is moved, every keystroke). */
function shifted(b: Block, delta: number): Block {
  return { start: b.start + delta, end: b.end + delta, type: b.type, facts: b.facts };
}

/** The top-level blocks of a tree parsed from a text that starts at `offset` in the document. */
function blocksOf(root: Root, offset: number): Block[] {
  return root.children.map((node) => {
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? start;
    return { start: offset + start, end: offset + end, type: node.type, facts: factsOf(node, start) };
  });
}

/** From this length on a whole document is parsed in pieces (see `parseInPieces`). */
const PIECEWISE_FROM = 48 * 1024;
const PIECE_LENGTH = 8 * 1024;

/** Parse a whole document into its blocks. */
export function parseBlocks(text: string): ParsedMarkdown {
  return runSteps(parseBlocksSteps(text));
}

/**
 * `parseBlocks` in steps: plain paragraphs found directly and the rest parsed run by run (`plainSteps`), or else, for a
 * long text, one piece per step (see `parseInPieces`); a text parsed whole is one step.
 */
export function* parseBlocksSteps(text: string): Steps<ParsedMarkdown> {
  const plain = yield* plainSteps(text);
  if (plain) return plain;
  const pieces = text.length >= PIECEWISE_FROM ? yield* pieceSteps(text, PIECE_LENGTH, PIECE_LENGTH) : undefined;
  return pieces ?? parseWhole(text);
}

/** A stretch of lines between blank lines: one plain paragraph (see `chunksOf`), or anything else. */
interface Chunk extends Span {
  plain: boolean;
}

/** Inside a paragraph, what makes a fact of the line model (links, footnotes, code, HTML); the rest is prose. */
const FACT_MARK = /[[`<]/g;
const LETTER = /\p{L}/u;

/** Whether the line at `at` starts with a letter (no indentation, no marker of a list, quote, heading or fence). */
function startsWithLetter(text: string, at: number): boolean {
  const c = text.charCodeAt(at) | 0x20;
  if (c >= 0x61 && c <= 0x7a) return true;
  return text.charCodeAt(at) >= 0x80 && LETTER.test(String.fromCodePoint(text.codePointAt(at)!));
}

/**
 * The document as stretches of lines between blank lines, each marked plain when it is certainly one paragraph with
 * nothing in it the line model records: every line starts with a letter (so none opens or interrupts a block: no
 * list marker, quote, heading, fence, HTML or indented code, and no setext underline) and it holds no bracket, backtick
 * or angle bracket (no link, footnote, code or HTML). After a blank line no block read before can take such a stretch
 * in, except a construct still open (a fence, an HTML comment), which the parse of the run before it shows
 * (`plainSteps`). The paragraph runs from its first character to the end of its last line (trailing spaces
 * included, as micromark has it).
 */
function chunksOf(text: string): Chunk[] {
  const chunks: Chunk[] = [];
  const lineEnd = /\r\n?|\n/g;
  // The first fact mark at or after the last place searched from (text.length: none); searched again only from a line
  // that starts past it, so the text is scanned for marks once.
  let mark = -1;
  let at = 0;
  let chunk: Chunk | undefined;
  while (at <= text.length) {
    lineEnd.lastIndex = at;
    const m = lineEnd.exec(text);
    const end = m ? m.index : text.length;
    let blank = true;
    for (let i = at; i < end && blank; i++) blank = text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09;
    if (blank) {
      chunk = undefined;
    } else {
      if (!chunk) chunks.push((chunk = { start: at, end, plain: true }));
      chunk.end = end;
      if (chunk.plain && !startsWithLetter(text, at)) chunk.plain = false;
      if (chunk.plain && mark < end) {
        if (mark < at) {
          FACT_MARK.lastIndex = at;
          mark = FACT_MARK.exec(text)?.index ?? text.length;
        }
        if (mark < end) chunk.plain = false;
      }
    }
    if (!m) break;
    at = m.index + m[0].length;
  }
  return chunks;
}

const PLAIN_STEP = 8 * 1024;

/**
 * A document read as plain paragraphs (`chunksOf`), found without the Markdown parser, and runs of everything else
 * between them, each parsed on its own (in pieces when long) with a sentinel after it (`ownNodes`): a run that leaves
 * something open (an unclosed fence or HTML comment, which would take in what follows) ends this, and the rest of the
 * document is parsed whole from there. Each run starts where nothing is open (at the start, or after a plain paragraph
 * and a blank line), and the run at the end is parsed as it ends; `test/unit/markdown/plain.property.test.ts` holds
 * the blocks to one whole parse by micromark. Footnote labels hold for the whole document: a run that refers to a
 * label defined in another run is parsed with that definition appended (`FootnoteLabels`). Undefined when link
 * definitions can matter, when the footnote labels guessed before parsing prove wrong, or a run opens with a byte
 * order mark.
 */
function* plainSteps(text: string): Steps<ParsedMarkdown | undefined> {
  // A byte order mark at the very start: micromark drops it, and its offsets then count from after it.
  if (linkLabelsMatter(text) || text.charCodeAt(0) === 0xfeff) return undefined;
  const footnotes = text.includes('[^') ? new FootnoteLabels(text) : undefined;
  const blocks: Block[] = [];
  const chunks = chunksOf(text);
  let done = 0;
  for (let i = 0; i < chunks.length; i++) {
    const chunk = chunks[i]!;
    if (chunk.plain) {
      blocks.push({ start: chunk.start, end: chunk.end, type: 'paragraph', facts: paragraphFacts() });
      done += chunk.end - chunk.start;
      if (done >= PLAIN_STEP) {
        yield done;
        done = 0;
      }
      continue;
    }
    let last = i;
    while (last + 1 < chunks.length && !chunks[last + 1]!.plain) last++;
    const { start } = chunk;
    if (startsWithBom(text, start)) return undefined;
    // With the blank lines after it: indented code takes in a blank line that is indented as well.
    const end = chunks[last + 1]?.start ?? text.length;
    const piece = text.slice(start, end);
    const guess = footnotes?.guess(piece);
    if (guess === null) return undefined;
    const run = yield* runBlocksSteps(piece, start === 0, end === text.length, guess?.appended ?? []);
    if (!run) {
      // The rest parsed whole would not know the footnotes defined before it: then the document is parsed whole.
      if (footnotes) return undefined;
      const rest = parseMarkdown(text.slice(start), start > 0);
      for (const block of blocksOf(rest, start)) blocks.push(block);
      return { text, blocks, reparsed: 'full' };
    }
    if (guess) footnotes!.parsed(guess, run);
    for (const block of run) blocks.push(shifted(block, start));
    i = last;
  }
  if (done > 0) yield done;
  if (footnotes && !footnotes.heldTrue()) return undefined;
  return { text, blocks, reparsed: 'full' };
}

/**
 * The footnote labels of a document parsed run by run (`plainSteps`), guessed before parsing and checked after. A
 * run is parsed with a definition appended for each label it mentions that the text defines (`[^label]:`) outside
 * it; once every run is parsed, the guess must hold: every appended label is defined in the document, and every
 * label a run mentions and another run defines was appended to it (a `[^1]:` inside code is no definition, and a
 * definition in a run that the guess missed would leave a reference unresolved). The work follows the mentions, not
 * runs × labels (a pasted text of thousands of notes); a run with a backslash in a label (where a label ends is then
 * unclear) ends the guess: the document is parsed whole.
 */
class FootnoteLabels {
  /** Labels written as defined somewhere in the text, normalised, with the first way each is written. */
  private readonly candidates = new Map<string, string>();
  private readonly runs: { mentioned: Set<string>; appended: Set<string>; defined: Set<string> }[] = [];

  constructor(text: string) {
    for (const label of definitionsWritten(text)) if (!this.candidates.has(normalizeLabel(label))) this.candidates.set(normalizeLabel(label), label);
  }

  /**
   * What `piece` mentions (normalised) and the labels to append to it (as written): those it mentions that the text
   * defines, not written as defined in it. Undefined when it mentions none; null when a mention holds a backslash.
   */
  guess(piece: string): FootnoteGuess | null | undefined {
    if (!piece.includes('[^')) return undefined;
    const mentioned = mentionedLabels(piece);
    if (mentioned === 'all') return null;
    const own = new Set(definitionsWritten(piece).map(normalizeLabel));
    return { mentioned, appended: [...mentioned].flatMap((key) => (own.has(key) ? [] : (this.candidates.get(key) ?? []))) };
  }

  /** A run was parsed, with the labels `guess` appended, into `blocks`. */
  parsed(guess: FootnoteGuess, blocks: readonly Block[]): void {
    const defined = new Set(blocks.flatMap((b) => b.facts.labels.map(normalizeLabel)));
    this.runs.push({ mentioned: guess.mentioned, appended: new Set(guess.appended.map(normalizeLabel)), defined });
  }

  /** Whether the guess held for every run (see the class). */
  heldTrue(): boolean {
    const defined = new Set(this.runs.flatMap((r) => [...r.defined]));
    return this.runs.every(
      (r) => [...r.appended].every((l) => defined.has(l)) && [...r.mentioned].every((l) => !defined.has(l) || r.defined.has(l) || r.appended.has(l)),
    );
  }
}

/** The footnote labels a run mentions (normalised), and those appended to it when parsed (as written). */
interface FootnoteGuess {
  mentioned: Set<string>;
  appended: string[];
}

/** The labels of everything in `text` written like a footnote definition (`[^label]:`), as written. */
function definitionsWritten(text: string): string[] {
  return [...text.matchAll(/\[\^([^\][]*)\]:/g)].map((m) => m[1]!);
}

/**
 * The footnote labels `piece` mentions (`[^label]`, also unclosed), normalised; 'all' when one holds a backslash (an
 * escaped bracket may hide where a label ends, so every label counts as mentioned).
 */
function mentionedLabels(piece: string): Set<string> | 'all' {
  const mentioned = new Set<string>();
  // A label ends at "]" and holds no unescaped "[" ("[^7 … [^1]": "[^1]" is a mention of its own).
  for (const m of piece.matchAll(/\[\^([^\][]*)\]?/g)) {
    if (m[1]!.includes('\\')) return 'all';
    mentioned.add(normalizeLabel(m[1]!));
  }
  return mentioned;
}

/**
 * Whether a piece starting at `start` (after the start of the document) opens with a byte order mark, which micromark
 * drops at the start of what it parses but reads as a character anywhere else: such a piece would be parsed off by one.
 */
function startsWithBom(text: string, start: number): boolean {
  return start > 0 && text.charCodeAt(start) === 0xfeff;
}

/**
 * How far the offsets of a parse of the document's first piece lie behind the document's: micromark drops a byte order
 * mark at the start and counts from after it (a whole parse does the same, so the blocks are right, one character on).
 */
function bomShift(piece: string): number {
  return piece.charCodeAt(0) === 0xfeff ? 1 : 0;
}

/** The facts of a plain paragraph: it starts a block, and nothing else. */
function paragraphFacts(): BlockFacts {
  return { blanked: [], comments: [], code: [], footnoteDefinitions: [], footnoteReferences: [], links: [], headings: [], blockStarts: [0], blockquotes: [], labels: [] };
}

/**
 * The blocks of one run of `plainSteps` (offsets within the run; `atStart`: it opens the document, so it may open
 * with front matter; `atEnd`: it ends the document), or undefined when it leaves something open or, long, cannot be
 * parsed in pieces.
 */
function* runBlocksSteps(run: string, atStart: boolean, atEnd: boolean, labels: readonly string[]): Steps<readonly Block[] | undefined> {
  if (run.length >= PIECEWISE_FROM) return (yield* pieceSteps(run, PIECE_LENGTH, PIECE_LENGTH, atStart, atEnd))?.blocks;
  const own = ownNodes(run, !atStart, atEnd, labels);
  // `---` at the start that is not front matter: micromark reads the document differently whole (see touchesFrontmatter).
  if (!own || (atStart && run.startsWith('---') && own[0]?.type !== 'yaml')) return undefined;
  yield run.length;
  return blocksOf({ type: 'root', children: own }, 0);
}

/**
 * The top-level nodes of `piece` as one parse of the whole document reads them, where that parse is in a fresh state
 * at the piece's start (`inMiddle`: after the start of the document). At the end of the document the piece is parsed
 * as it is: micromark reads a last line without a line ending differently from one followed by more text (`</pre>`
 * after a quote is an HTML block there, a lazy continuation elsewhere). Before the end a sentinel after it shows
 * whether it left something open (then undefined). `labels`: footnotes the piece refers to that are defined elsewhere,
 * each appended as a definition before the sentinel; with those, a piece at the end is taken only when its last line
 * ends (the appended text then cannot change how that line reads).
 */
function ownNodes(piece: string, inMiddle: boolean, atEnd: boolean, labels: readonly string[] = []): RootContent[] | undefined {
  if (atEnd && labels.length === 0) return parseMarkdown(piece, inMiddle).children;
  if (atEnd && !/[\r\n]$/.test(piece)) return undefined;
  const root = parseMarkdown(`${piece}\n\n${labels.map((label) => `[^${label}]: x\n\n`).join('')}${SENTINEL}\n`, inMiddle);
  const own = root.children.slice(0, root.children.length - labels.length - 1);
  return endsAsWritten(root, own.length, piece.length, labels.length) ? own : undefined;
}

/** One parse of the whole text by the Markdown parser: what every faster way must give (the property tests' reference). */
export function parseWhole(text: string): ParsedMarkdown {
  return { text, blocks: blocksOf(parseMarkdown(text), bomShift(text)), reparsed: 'full' };
}

/**
 * A long document parsed in pieces, as the incremental re-parse would if it were typed one piece at a time: each piece
 * is parsed together with the last block before it (and any block no blank line separates from that one), since a
 * list or code block may continue after a blank line, with a sentinel paragraph after it that must come out as
 * written (nothing left open; see `reparseRange`). micromark's time and memory grow faster than the text (its event
 * lists: a motie of 25,000 overwegingen, 0.9 MB, took 5.6 s whole and 3.1 s in pieces of 8 KB; much smaller pieces
 * lose again to its fixed cost per parse), so this keeps a whole parse about linear. The result
 * equals one whole parse (a property test holds it to that); undefined — parse it whole — when footnotes are used
 * (their labels are document-wide), when the document opens with `---` that is not front matter, or as soon as the
 * pieces cannot be parsed apart: something left open, or one block running on over pieces (a long loose list, Kamervragen
 * numbered "1. …" with blank lines between), makes each step re-read what came before, so a step that re-reads more
 * than `maxReread` (a piece) before its own text gives up at once rather than pay for the document several times.
 */
export function parseInPieces(text: string, pieceLength: number, maxReread: number = pieceLength): ParsedMarkdown | undefined {
  return runSteps(pieceSteps(text, pieceLength, maxReread));
}

/** `parseInPieces`, yielding after each piece the characters it parsed. */
function* pieceSteps(text: string, pieceLength: number, maxReread: number, atStart = true, atEnd = true): Steps<ParsedMarkdown | undefined> {
  if (text.includes('[^') || linkLabelsMatter(text)) return undefined;
  const cuts = pieceCuts(text, pieceLength);
  if (cuts.length < 2) return undefined;
  const blocks: Block[] = [];
  let previousCut = 0;
  for (const cut of cuts) {
    let from = blocks.length - 1;
    while (from > 0 && !startsFresh(text, blocks, from)) from--;
    const start = from < 1 ? 0 : lineStartOf(text, blocks[from]!.start);
    if (previousCut - start > maxReread) return undefined;
    // A run after the document's start opens with no byte order mark (see plainSteps).
    if (startsWithBom(text, start)) return undefined;
    const piece = text.slice(start, cut);
    const own = ownNodes(piece, start > 0 || !atStart, atEnd && cut === text.length);
    if (!own) return undefined;
    blocks.length = Math.max(from, 0);
    for (const block of blocksOf({ type: 'root', children: own }, start === 0 ? bomShift(piece) : start)) blocks.push(block);
    // `---` at the start that is not front matter: micromark reads the document differently whole (see touchesFrontmatter).
    if (atStart && previousCut === 0 && text.startsWith('---') && blocks[0]?.type !== 'yaml') return undefined;
    previousCut = cut;
    yield piece.length;
  }
  return { text, blocks, reparsed: 'full' };
}

/** Where the pieces end: just after the first blank line at or past every `pieceLength` characters, and the end. */
function pieceCuts(text: string, pieceLength: number): number[] {
  const cuts: number[] = [];
  const blank = new RegExp(BLANK_LINE.source, 'g');
  let from = pieceLength;
  while (from < text.length) {
    blank.lastIndex = from;
    const m = blank.exec(text);
    if (!m) break;
    const cut = m.index + m[0].length;
    if (cut >= text.length) break;
    cuts.push(cut);
    from = cut + pieceLength;
  }
  cuts.push(text.length);
  return cuts;
}

/**
 * The parse of `text`, reusing the blocks of `previous` (an earlier version of the same document) that the edit did
 * not touch: only the changed blocks and one neighbour on each side are parsed again (see `reparseRange`), the
 * blocks after them keep their facts at shifted offsets. Falls back to a full parse whenever the edit may reach
 * beyond that range. The result equals `parseBlocks(text)`; the property test `test/unit/incremental.property.test.ts` holds the findings to that.
 */
export function reparseBlocks(previous: ParsedMarkdown, text: string): ParsedMarkdown {
  return runSteps(reparseBlocksSteps(previous, text));
}

/** `reparseBlocks` in steps: the re-parse of the changed range is one step, a full parse one per piece. */
export function* reparseBlocksSteps(previous: ParsedMarkdown, text: string): Steps<ParsedMarkdown> {
  const change = changeBetween(previous.text, text);
  if (!change) return { text, blocks: previous.blocks, reparsed: { start: 0, end: 0 }, agreement: { prefix: text.length, suffix: 0 } };
  const agreement = { prefix: change.start, suffix: previous.text.length - change.oldEnd };
  // A link definition's label holds for the whole document: no piece can be parsed apart.
  const whole = touchesFrontmatter(previous, text, change) || linkLabelsMatter(text) || linkLabelsMatter(previous.text);
  const parsed = (!whole && reparseRange(previous, text, change)) || (yield* parseBlocksSteps(text));
  return { ...parsed, agreement };
}

/**
 * Front matter, or a document that opens with `---` without being front matter: micromark then reads every footnote
 * definition as a link definition, a document-wide effect no piece shows. Both are parsed whole.
 */
function touchesFrontmatter(previous: ParsedMarkdown, text: string, change: TextChange): boolean {
  const first = previous.blocks[0];
  const opensWithRule = text.startsWith('---') || previous.text.startsWith('---');
  if (opensWithRule && first?.type !== 'yaml') return true;
  return (opensWithRule || first?.type === 'yaml') && (!first || change.start <= first.end);
}

/**
 * Whether block `i` reads the same parsed without the blocks before it: a blank line lies between them, and the block
 * before is no code block (after indented code and a blank line micromark reads an empty list item, " *", as a
 * paragraph, where on its own it is a list).
 */
function startsFresh(text: string, blocks: readonly Block[], i: number): boolean {
  return blocks[i - 1]!.type !== 'code' && BLANK_LINE.test(text.slice(blocks[i - 1]!.end, lineStartOf(text, blocks[i]!.start)));
}

const blockEnd = (b: Block) => b.end;

/** How often the range may grow past a list or footnote that could take in the next block, before a full parse. */
const MAX_GROWTH = 4;
/** A line end, then a line of nothing but spaces and tabs (a CR LF is one line end, never a blank line between a CR and an LF). */
const BLANK_LINE = /(?:\r\n|\r(?!\n)|\n)[ \t]*(?:\r\n|\r|\n)/;
/** Ends a re-parsed piece, so that a construct left open (a fence, an HTML comment) shows by swallowing it. */
const SENTINEL = 'akkoordwijzer-einde-van-het-stuk';

/**
 * Re-parse the blocks around `change`, or undefined when that is not safe. Top-level blocks separated by a blank line
 * are parsed independently in CommonMark, except where a construct stays open (an unclosed fence or HTML block, a list
 * or footnote that takes in an indented block after the blank line), where front matter is involved, and for
 * footnote labels (a `[^1]` is a reference only when `[^1]:` is defined anywhere). So the piece runs from the start of
 * the untouched block before the change to the end of the untouched block after it, both with a blank line on their
 * outer side; it is parsed with the footnote labels defined elsewhere appended, and a sentinel paragraph at its end.
 * It is accepted when the sentinel and the appended definitions come out as written (nothing left open), the last
 * block cannot take in what follows, and the piece defines the same footnote labels as before.
 */
function reparseRange(previous: ParsedMarkdown, text: string, change: TextChange): ParsedMarkdown | undefined {
  const old = previous.text;
  const blocks = previous.blocks;
  const delta = change.newEnd - change.oldEnd;
  // The blocks the change touches (also at their edges): first..last; a change in a gap touches none (last < first).
  const first = firstStartingAt(blocks, blockEnd, change.start);
  let last = first - 1;
  while (last + 1 < blocks.length && blocks[last + 1]!.start <= change.oldEnd) last++;
  // One untouched neighbour on each side, preceded and followed by a blank line.
  let from = first - 1;
  while (from > 0 && !startsFresh(old, blocks, from)) from--;
  let to = last + 1;
  for (let growth = 0; growth <= MAX_GROWTH; growth++) {
    while (to < blocks.length - 1 && !BLANK_LINE.test(old.slice(lineEndOf(old, blocks[to]!.end), blocks[to + 1]!.start))) to++;
    const result = parsePiece(previous, text, { from, to, delta });
    if (result === 'grow') {
      to++;
      continue;
    }
    return result;
  }
  return undefined;
}

/**
 * Parse blocks `from..to` of the previous version (as they read now) and splice them in. `from` < 1 parses from the
 * start of the document (front matter included); `to` past the last block parses to its end.
 */
function parsePiece(previous: ParsedMarkdown, text: string, range: { from: number; to: number; delta: number }): ParsedMarkdown | 'grow' | undefined {
  const { blocks, text: old } = previous;
  const { from, to, delta } = range;
  const start = from < 1 ? 0 : lineStartOf(old, blocks[from]!.start);
  const toEnd = to >= blocks.length;
  const oldEnd = toEnd ? old.length : lineEndOf(old, blocks[to]!.end);
  const end = oldEnd + delta;
  if (start > end || startsWithBom(text, start)) return undefined;
  const piece = text.slice(start, end);
  const inside = (i: number) => i >= Math.max(from, 0) && i <= to;
  const elsewhere = definedElsewhere(blocks, inside, piece);
  // The piece reaches the end of the document also when its last block is the document's last (`to` is then not past
  // the last block): it is parsed as it ends there.
  const atEnd = toEnd || end === text.length;
  const own = ownNodes(piece, start > 0, atEnd, elsewhere);
  if (!own) return undefined;
  const lastNode = own.at(-1);
  // A list, a footnote or indented code at the end may take in an indented block after the blank line.
  if (!atEnd && lastNode && (lastNode.type === 'list' || lastNode.type === 'footnoteDefinition' || lastNode.type === 'code')) return 'grow';
  const fresh = blocksOf({ type: 'root', children: own }, start === 0 ? bomShift(piece) : start);
  const before = blocks.slice(0, Math.max(from, 0));
  const oldLabels = blocks.slice(Math.max(from, 0), to + 1).flatMap((b) => b.facts.footnoteDefinitions.map((d) => d.label));
  const newLabels = fresh.flatMap((b) => b.facts.footnoteDefinitions.map((d) => d.label));
  if (!sameSet(oldLabels, newLabels)) return undefined;
  const after: Block[] = [];
  for (let i = to + 1; i < blocks.length; i++) after.push(shifted(blocks[i]!, delta));
  return { text, blocks: [...before, ...fresh, ...after], reparsed: { start, end } };
}

/**
 * The footnote labels defined outside the piece that the piece may refer to. Only those are appended: micromark's
 * footnote definitions cost more than linear time in their number, and a label the piece never mentions changes
 * nothing in it. A label with a backslash in the piece (an escaped bracket) takes every definition, to be safe.
 */
function definedElsewhere(blocks: readonly Block[], inside: (i: number) => boolean, piece: string): string[] {
  if (!piece.includes('[^')) return [];
  const mentioned = mentionedLabels(piece);
  return blocks.flatMap((b, i) => (inside(i) ? [] : b.facts.labels.filter((l) => mentioned === 'all' || mentioned.has(normalizeLabel(l)))));
}

/** A footnote label as micromark compares it (whitespace collapsed, case folded). */
function normalizeLabel(label: string): string {
  return label.replace(/[\t\n\r ]+/g, ' ').trim().toLowerCase().toUpperCase();
}

/**
 * The appended definitions and the sentinel came out as written, after a piece of `pieceLength` characters parsed as
 * `${piece}\n\n${definitions}${SENTINEL}\n`: nothing in the piece was left open, and its own blocks end inside it (a
 * list item holding an unclosed fence stays open until the sentinel closes it, and then ends in the blank line added
 * after the piece).
 */
function endsAsWritten(root: Root, ownCount: number, pieceLength: number, definitionCount: number): boolean {
  const definitionsAt = pieceLength + 2;
  const tail = root.children.slice(ownCount);
  if (tail.length !== definitionCount + 1 || ownCount < 0) return false;
  const sentinel = tail.at(-1)!;
  if (sentinel.type !== 'paragraph' || sentinel.children.length !== 1 || sentinel.children[0]!.type !== 'text' || sentinel.children[0].value !== SENTINEL) return false;
  const lastOwn = root.children[ownCount - 1];
  if (lastOwn && (lastOwn.position?.end.offset ?? 0) > pieceLength) return false;
  return tail.slice(0, -1).every((n) => n.type === 'footnoteDefinition' && (n.position?.start.offset ?? 0) >= definitionsAt);
}

/**
 * Something in the text that may be a link reference definition (`[label]: /url`, the label over lines too), whose
 * label holds for the whole document. Footnote definitions (`[^1]:`) are not this; their labels are handled apart. A
 * label is at most 999 characters (CommonMark); the pattern takes 999 characters or escaped pairs (up to 1,998), since
 * it only marks what may be a definition. Unbounded, a line of escaped brackets was read from each '[' to its end.
 */
const LINK_DEFINITION = /\[(?!\^)(?:[^[\]\\]|\\[\s\S]){0,999}\]:/;

/**
 * Whether a link definition can change what the line model records elsewhere in the text: only through an inline link
 * (`](`), which a reference (`[x][label](/u)`) or a link inside its text (`[a [label]](/u)`) turns into text. So a
 * draft with a "[1]:" in its prose and no inline link is still parsed in parts.
 */
function linkLabelsMatter(text: string): boolean {
  return text.includes('](') && LINK_DEFINITION.test(text);
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const x = new Set(a);
  const y = new Set(b);
  return x.size === y.size && [...x].every((v) => y.has(v));
}

export type { TextChange };
