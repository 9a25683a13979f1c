/*
 * The preview plugin rendered by markdown-it itself (the major version VS Code's Markdown extension bundles), with a
 * lookup over a table: what a reader of the preview sees, without VS Code.
 */
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { citationNotes, parseCites, type CitedCommitment, type NoteSource } from '../../client/src/previewNotes';

const DIENST: CitedCommitment = {
  text: 'We richten een Nederlandse Digitale Dienst op, met doorzettingsmacht.',
  title: 'Aan de slag. Bouwen aan een beter Nederland',
  chapter: 'Digitalisering',
  page: 42,
};
const EUROPA: CitedCommitment = { text: 'Onze toekomst is verbonden met een sterk Europa.', title: 'Aan de slag. Bouwen aan een beter Nederland' };

function render(markdown: string, options: { taal?: 'nl' | 'en'; table?: Record<string, CitedCommitment>; loading?: string[] } = {}): { html: string; asked: string[] } {
  const table: Record<string, CitedCommitment> = options.table ?? { 'ca2026:digitale-dienst': DIENST, 'ca2026:sterk-europa': EUROPA };
  const asked: string[] = [];
  const lookup = (key: string): NoteSource => {
    asked.push(key);
    if (options.loading?.includes(key)) return { status: 'loading' };
    const commitment = table[key];
    return commitment ? { status: 'found', commitment } : { status: 'unknown' };
  };
  const md = citationNotes(new MarkdownIt({ linkify: true }), { lookup, taal: () => options.taal ?? 'nl' });
  return { html: md.render(markdown), asked };
}

/** The `<li>` texts of the notes section, tags stripped. */
function notes(html: string): string[] {
  const section = /<section class="akkoordwijzer-noten">([\s\S]*?)<\/section>/.exec(html)?.[1] ?? '';
  return [...section.matchAll(/<li[^>]*>([\s\S]*?)<\/li>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, ''));
}

const sups = (html: string) => [...html.matchAll(/<sup class="akkoordwijzer-citaat">(.*?)<\/sup>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, ''));

describe('the preview plugin: citation keys as numbered notes', () => {
  it('one key: a superscript number linking to the note with the words and the source', () => {
    const { html } = render('De regering richt de dienst op [@ca2026:digitale-dienst].');
    expect(html).toContain('De regering richt de dienst op <sup class="akkoordwijzer-citaat"><a href="#akkoordwijzer-noot-1">1</a></sup>.');
    expect(html).not.toContain('[@');
    expect(html).toContain('<h2>Noten</h2>');
    expect(notes(html)).toEqual([
      '“We richten een Nederlandse Digitale Dienst op, met doorzettingsmacht.” — Aan de slag. Bouwen aan een beter Nederland, Digitalisering, p. 42.',
    ]);
    expect(html).toContain('<li id="akkoordwijzer-noot-1" class="akkoordwijzer-noot">');
  });

  it('several keys in one bracket: one note each, numbered in reading order, words around a key kept in its note', () => {
    const { html } = render('Zo staat het er [zie @ca2026:sterk-europa; @ca2026:digitale-dienst, p. 8].');
    expect(sups(html)).toEqual(['1,2']);
    expect(notes(html)).toEqual([
      'zie “Onze toekomst is verbonden met een sterk Europa.” — Aan de slag. Bouwen aan een beter Nederland.',
      '“We richten een Nederlandse Digitale Dienst op, met doorzettingsmacht.” — Aan de slag. Bouwen aan een beter Nederland, Digitalisering, p. 42, p. 8.',
    ]);
  });

  it('the same key twice: one note, its number used again', () => {
    const { html } = render('Eerst [@ca2026:digitale-dienst], dan Europa [@ca2026:sterk-europa].\n\nNogmaals [@ca2026:digitale-dienst].');
    expect(sups(html)).toEqual(['1', '2', '1']);
    expect(notes(html)).toHaveLength(2);
    expect(notes(html)[0]).toContain('Nederlandse Digitale Dienst');
  });

  it('an unknown key shows as unknown in the text and in the notes, not as a gap', () => {
    const { html } = render('Dit staat nergens [@ca2026:bestaat-niet].');
    expect(html).toContain('<a href="#akkoordwijzer-noot-1" class="akkoordwijzer-onbekend" title="Onbekende citeersleutel: ca2026:bestaat-niet">1</a>');
    expect(notes(html)).toEqual(['ca2026:bestaat-niet: Onbekende citeersleutel: geen geladen corpus heeft deze sleutel.']);
  });

  it('a key the cache has not answered yet shows the placeholder', () => {
    const { html } = render('Nog even [@ca2026:digitale-dienst].', { loading: ['ca2026:digitale-dienst'] });
    expect(notes(html)).toEqual(['ca2026:digitale-dienst wordt geladen…']);
  });

  it('keys inside code are code: not read, not asked for, no notes', () => {
    const { html, asked } = render('Schrijf `[@ca2026:digitale-dienst]` in de tekst.\n\n```\n[@ca2026:sterk-europa]\n```\n\n    [@ca2026:sterk-europa]\n');
    expect(asked).toEqual([]);
    expect(html).toContain('<code>[@ca2026:digitale-dienst]</code>');
    expect(html).not.toContain('akkoordwijzer-noten');
    expect(sups(html)).toEqual([]);
  });

  it('links, footnotes and e-mail addresses are not citations', () => {
    const { html, asked } = render('Een [@link](https://example.nl), een [^1] en mail@example.nl.\n\n[^1]: Noot.');
    expect(asked).toEqual([]);
    expect(html).toContain('<a href="https://example.nl">@link</a>');
    expect(html).not.toContain('akkoordwijzer-noten');
  });

  it("escapes the commitment's words and the draft's own words as HTML", () => {
    const table = { 'ca2026:x': { text: 'Belasting <b>omlaag</b> & "eerlijk"', title: 'Akkoord <script>' } };
    const { html } = render('Tekst [vgl. <i> @ca2026:x, p. <8>].', { table });
    expect(html).toContain('“Belasting &lt;b&gt;omlaag&lt;/b&gt; &amp; &quot;eerlijk&quot;” — Akkoord &lt;script&gt;, p. &lt;8&gt;.');
    expect(html).toContain('vgl. &lt;i&gt; “');
    expect(html).not.toMatch(/<b>|<script>|<i>/);
  });

  it('speaks English when asked', () => {
    const { html } = render('Text [@ca2026:digitale-dienst] and [@ca2026:unknown-key] and [@ca2026:sterk-europa].', { taal: 'en', loading: ['ca2026:sterk-europa'] });
    expect(html).toContain('<h2>Notes</h2>');
    expect(html).toContain('title="Unknown citation key: ca2026:unknown-key"');
    expect(notes(html).slice(1)).toEqual(['ca2026:unknown-key: Unknown citation key: no loaded corpus has this key.', 'ca2026:sterk-europa loading…']);
  });

  it('looks the words up when rendering, so a render after they arrived shows them from the same parse', () => {
    let status: NoteSource = { status: 'loading' };
    const md = citationNotes(new MarkdownIt(), { lookup: () => status, taal: () => 'nl' });
    const env = {};
    const tokens = md.parse('Zie [@ca2026:digitale-dienst].', env);
    expect(notes(md.renderer.render(tokens, md.options, env))).toEqual(['ca2026:digitale-dienst wordt geladen…']);
    status = { status: 'found', commitment: DIENST };
    expect(notes(md.renderer.render(tokens, md.options, env))[0]).toContain('“We richten een Nederlandse Digitale Dienst op');
  });

  it('reads a group as Pandoc does: prefix before the key, locator after it, one cite per semicolon', () => {
    expect(parseCites('zie @ca2021:algoritmeregister, p. 8')).toEqual([{ key: 'ca2021:algoritmeregister', prefix: 'zie', suffix: 'p. 8' }]);
    expect(parseCites('@a; @b')).toEqual([
      { key: 'a', prefix: '', suffix: '' },
      { key: 'b', prefix: '', suffix: '' },
    ]);
    expect(parseCites('mail@example.nl')).toEqual([]);
  });
});
