/*
 * Citation keys in the Markdown preview, as a reader of the final document sees them: a superscript number in the
 * text and a "Noten" section at the end with the commitment's exact words and where they stand. Pure: it knows only
 * markdown-it's types and asks `lookup` for each key, so vitest renders with markdown-it itself (no VS Code).
 *
 * Parsing only numbers the notes; the words are looked up when the HTML is rendered, so a render after the texts
 * arrived shows them even where the preview reuses the parsed tokens.
 */
import type { default as MarkdownIt, StateCore, StateInline, Token } from 'markdown-it';
import { CITATION_GROUP_PATTERN, KEY_IN_GROUP_PATTERN } from '../../src/shared/citationKey';
import type { Localized } from '../../src/shared/opendataText';

/** What a note says about a commitment: its words and its source. */
export interface CitedCommitment {
  text: string;
  /** The agreement's title. */
  title: string;
  chapter?: string;
  section?: string;
  page?: number;
}

/** A key as the cache knows it: found, not in any loaded corpus, or not answered yet. */
export type NoteSource = { status: 'found'; commitment: CitedCommitment } | { status: 'unknown' } | { status: 'loading' };

export interface CitationNotesOptions {
  /** Synchronous (rendering is): a key not known yet answers `loading` and may be fetched meanwhile. */
  lookup(key: string): NoteSource;
  /** The language of the labels, asked at each render. */
  taal(): 'nl' | 'en';
}

/** One key in a bracket group, with the words around it (`zie`, `p. 8`), as Pandoc reads a citation. */
interface Cite {
  key: string;
  prefix: string;
  suffix: string;
}

interface Note extends Cite {
  number: number;
}

const CITE_TOKEN = 'akkoordwijzer_cite';
const NOTES_TOKEN = 'akkoordwijzer_notes';
const NOTE_ID = 'akkoordwijzer-noot-';

const esc = (md: MarkdownIt, s: string) => md.utils.escapeHtml(s);

const LABELS = {
  heading: { nl: 'Noten', en: 'Notes' },
  loading: { nl: 'wordt geladen…', en: 'loading…' },
  unknown: { nl: 'Onbekende citeersleutel: geen geladen corpus heeft deze sleutel.', en: 'Unknown citation key: no loaded corpus has this key.' },
  unknownTitle: { nl: 'Onbekende citeersleutel', en: 'Unknown citation key' },
} satisfies Record<string, Localized>;

/** The group at the cursor only (sticky), so the rule never looks ahead past where markdown-it stands. */
const GROUP_AT = new RegExp(CITATION_GROUP_PATTERN, 'y');

/** The cites of a group's inside: `;` separates them; each key's note keeps the words before and after it. */
export function parseCites(inner: string): Cite[] {
  return inner.split(';').flatMap((segment) => {
    const keys = [...segment.matchAll(new RegExp(KEY_IN_GROUP_PATTERN, 'g'))];
    if (keys.length === 0) return [];
    const first = keys[0]!;
    const last = keys[keys.length - 1]!;
    const prefix = segment.slice(0, first.index + first[1]!.length).trim();
    const suffix = segment.slice(last.index + last[0].length).replace(/^\s*,/, '').trim();
    return keys.map((k) => ({ key: k[2]!, prefix: k === first ? prefix : '', suffix: k === last ? suffix : '' }));
  });
}

/** Inline rule: a citation group becomes one token that carries its cites (a link `[…](…)` stays a link). */
function citationGroup(state: StateInline, silent: boolean): boolean {
  if (state.src.charCodeAt(state.pos) !== 0x5b /* [ */) return false;
  GROUP_AT.lastIndex = state.pos;
  const match = GROUP_AT.exec(state.src);
  const cites = match ? parseCites(match[1]!) : [];
  // Inside a link's text markdown-it parses up to posMax only: a group must end there too.
  if (!match || cites.length === 0 || state.pos + match[0].length > state.posMax) return false;
  if (!silent) {
    const token = state.push(CITE_TOKEN, '', 0);
    token.meta = { cites, numbers: [] as number[] };
  }
  state.pos += match[0].length;
  return true;
}

/** Core rule: number the notes in reading order (one note per key and its words) and add the notes at the end. */
function numberNotes(state: StateCore): void {
  const notes = new Map<string, Note>();
  for (const block of state.tokens) {
    for (const token of block.children ?? []) {
      if (token.type !== CITE_TOKEN) continue;
      const meta = token.meta as { cites: Cite[]; numbers: number[] };
      meta.numbers = meta.cites.map((cite) => {
        const id = [cite.key, cite.prefix, cite.suffix].join('\u0000');
        let note = notes.get(id);
        if (!note) notes.set(id, (note = { ...cite, number: notes.size + 1 }));
        return note.number;
      });
    }
  }
  if (notes.size === 0) return;
  const token = new state.Token(NOTES_TOKEN, '', 0);
  token.block = true;
  token.meta = { notes: [...notes.values()] };
  state.tokens.push(token);
}

/** The source after the words: agreement, chapter, section, page, then the locator the draft wrote. */
function sourceOf(c: CitedCommitment, suffix: string): string {
  return [c.title, c.chapter, c.section, c.page !== undefined ? `p. ${c.page}` : undefined, suffix || undefined].filter((s) => s !== undefined && s !== '').join(', ');
}

/** One `<li>` of the notes: the words and source, or visibly unknown, or the placeholder while loading. */
function renderNote(md: MarkdownIt, note: Note, options: CitationNotesOptions): string {
  const taal = options.taal();
  const found = options.lookup(note.key);
  const key = `<code>${esc(md, note.key)}</code>`;
  const open = (cls: string) => `<li id="${NOTE_ID}${note.number}" class="${cls}">`;
  if (found.status === 'loading') return `${open('akkoordwijzer-laden')}${key} ${esc(md, LABELS.loading[taal])}</li>\n`;
  if (found.status === 'unknown') return `${open('akkoordwijzer-onbekend')}${key}: ${esc(md, LABELS.unknown[taal])}</li>\n`;
  const prefix = note.prefix ? `${esc(md, note.prefix)} ` : '';
  const words = found.commitment.text.trim();
  return `${open('akkoordwijzer-noot')}${prefix}“${esc(md, words)}” — ${esc(md, sourceOf(found.commitment, note.suffix))}.</li>\n`;
}

function renderNotes(md: MarkdownIt, notes: Note[], options: CitationNotesOptions): string {
  const heading = esc(md, LABELS.heading[options.taal()]);
  const items = notes.map((n) => renderNote(md, n, options)).join('');
  return `<section class="akkoordwijzer-noten">\n<h2>${heading}</h2>\n<ol>\n${items}</ol>\n</section>\n`;
}

function renderCite(md: MarkdownIt, token: Token, options: CitationNotesOptions): string {
  const { cites, numbers } = token.meta as { cites: Cite[]; numbers: number[] };
  const links = numbers.map((n, i) => {
    const unknown = options.lookup(cites[i]!.key).status === 'unknown';
    const extra = unknown ? ` class="akkoordwijzer-onbekend" title="${esc(md, `${LABELS.unknownTitle[options.taal()]}: ${cites[i]!.key}`)}"` : '';
    return `<a href="#${NOTE_ID}${n}"${extra}>${n}</a>`;
  });
  return `<sup class="akkoordwijzer-citaat">${links.join(',')}</sup>`;
}

/**
 * The markdown-it plugin: citation groups (`[@ca2026:…]`, several keys, words around them) render as numbered notes.
 * Keys in code are never read (code spans and blocks are parsed before this rule sees their text).
 */
export function citationNotes(md: MarkdownIt, options: CitationNotesOptions): MarkdownIt {
  // Before `link`: a group is not a link (the pattern leaves `[…](…)` alone), and the link rule would eat `[`.
  md.inline.ruler.before('link', CITE_TOKEN, citationGroup);
  md.core.ruler.push(NOTES_TOKEN, numberNotes);
  md.renderer.rules[CITE_TOKEN] = (tokens, idx) => renderCite(md, tokens[idx]!, options);
  md.renderer.rules[NOTES_TOKEN] = (tokens, idx) => renderNotes(md, (tokens[idx]!.meta as { notes: Note[] }).notes, options);
  return md;
}
