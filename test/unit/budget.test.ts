import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkBudget, withinBudget } from '../../src/core/draft/budget';
import { RULES } from '../../src/core/rules';
import { createDraftService, DEFAULT_BUDGET, NO_BUDGET, parseConfigFile } from '../../src/core/service';
import { loadBuiltinLexicon } from '../../src/host/data';
import { createEvalService } from '../eval/evaluate';
import { docText, loadDocs } from '../eval/real';
import { failOnRuleError } from '../support/strict';

const ROOT = path.resolve(__dirname, '../..');
const nestedList = (levels: number) => `# Motie\n\n${Array.from({ length: levels }, (_, i) => `${'  '.repeat(i)}- item ${i}`).join('\n')}\n`;
const nestedQuotes = (levels: number) => `# Motie\n\n${'> '.repeat(levels)}tekst\n`;
const service = (budget = DEFAULT_BUDGET) => createDraftService({ vagueTerms: [], onRuleError: failOnRuleError, settings: { budget } });

describe('the work budget (counted in characters, nesting and footnotes, checked before parsing)', () => {
  it('measures nesting by blockquote markers and list levels, in one pass', () => {
    expect(checkBudget(nestedQuotes(101), DEFAULT_BUDGET)).toMatchObject({ what: 'nesting', found: 101, limit: 100, at: 9 });
    expect(checkBudget(nestedList(800), DEFAULT_BUDGET)).toMatchObject({ what: 'nesting', found: 800, limit: 100 });
    expect(checkBudget(nestedList(100), DEFAULT_BUDGET)).toBeUndefined();
    expect(checkBudget('x'.repeat(1_000_001), DEFAULT_BUDGET)).toMatchObject({ what: 'chars', found: 1_000_001, limit: 1_000_000, at: 0 });
    expect(checkBudget('x'.repeat(1_000_001), NO_BUDGET)).toBeUndefined();
  });

  it('leaves every fixture and every real document within the default budget', () => {
    const texts = [...loadDocs().map(docText)];
    for (const dir of ['moties', 'vragen', 'other']) {
      const d = path.join(ROOT, 'test/fixtures', dir);
      for (const f of readdirSync(d).filter((n) => n.endsWith('.md'))) texts.push(readFileSync(path.join(d, f), 'utf8'));
    }
    expect(texts.length).toBeGreaterThan(300);
    expect(texts.filter((t) => checkBudget(t, DEFAULT_BUDGET))).toEqual([]);
  });

  it('800 nested list items (the parser slows steeply with nesting: 1,000 levels did not finish in a minute) get one info and nothing else, at once', () => {
    const text = nestedList(800);
    const t0 = performance.now();
    const findings = service().findings({ uri: 'file:///diep.md', version: 1, text });
    expect(performance.now() - t0).toBeLessThan(10_000); // a hang guard for the test run, not a speed claim
    expect(findings.map((f) => [f.ruleId, f.severity])).toEqual([['werkbudget', 'info']]);
    expect(findings[0]!.message).toBe('Niet gecontroleerd: hier zijn citaten of lijsten 800 niveaus diep genest, meer dan het werkbudget van 100 (instelling akkoordwijzer.werkbudget.nesting; in .akkoordwijzer.yaml werkbudget.nesting).');
    // On the deepest line, from its start.
    expect(findings[0]!.start).toBe(text.indexOf('- item 799') - 2 * 799);
  });

  it('a document that is no draft over the character budget is not checked; the note names its size and the setting', () => {
    const text = `# Notitie\n\n${'Een lange notitie over de regie van de overheid. '.repeat(25_000)}\n`;
    const s = service();
    const analysis = s.analyze({ uri: 'file:///groot.md', version: 1, text });
    expect(analysis.draft.kind).toBe('other');
    // Its opening shows no draft: nothing is parsed, no line is read (only the note runs).
    expect(analysis.draft.lines.lines).toEqual([]);
    expect(analysis.findings.map((f) => f.ruleId)).toEqual(['werkbudget']);
    expect(analysis.findings[0]!.message).toMatch(/^Niet gecontroleerd: het document heeft 1\.225\.\d{3} tekens, meer dan het werkbudget van 1\.000\.000 \(instelling akkoordwijzer\.werkbudget\.tekens; in \.akkoordwijzer\.yaml werkbudget\.tekens\)\.$/);
    // The next, smaller version is parsed in full again (no stale parse is reused).
    const small = '# Motie\n\nDe Kamer,\n\ngehoord de beraadslaging,\n\nverzoekt de regering de regie te nemen,\n\nen gaat over tot de orde van de dag.\n';
    expect(s.analyze({ uri: 'file:///groot.md', version: 2, text: small }).draft.kind).toBe('motie');
  });

  it('with the budget off, a deep but workable document is parsed and checked as usual', () => {
    const findings = service(NO_BUDGET).findings({ uri: 'file:///diep.md', version: 1, text: nestedQuotes(150) });
    expect(findings.filter((f) => f.ruleId === 'werkbudget')).toEqual([]);
  });

  it('counts footnote definitions exactly as the pattern `/\\[\\^[^\\]\\n[]*\\]:/g` does (the count is found without it), and stands at the same one', () => {
    const byPattern = (text: string, limit: number) => {
      const all = [...text.matchAll(/\[\^[^\]\n[]*\]:/g)];
      return all.length > limit ? { what: 'footnotes', found: all.length, limit, at: all[limit]!.index } : undefined;
    };
    const pieces = fc.constantFrom('[^', '[', '^', ']', ':', ']:', '\n', '\r', 'a', '1', ' ', '[^1]:', '[^1]', '[^]:', '[^a[^b]:', '\\');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 60 }), fc.integer({ min: 1, max: 4 }), (parts, limit) => {
        const text = parts.join('');
        expect(checkBudget(text, { maxChars: 0, maxNesting: 0, maxFootnotes: limit })).toEqual(byPattern(text, limit));
      }),
      { numRuns: 2000 },
    );
  });

  it('in a document with more footnotes than the budget those over it are skipped (the parser slows steeply with their number); the note stands at the first one over it', () => {
    const notes = (count: number) => `Vragen van het lid Podt (D66) aan de minister over bronnen.\n\n1. Kent u de berichten?[^1]\n\n${Array.from({ length: count }, (_, i) => `[^${i + 1}]: Bron ${i + 1}.`).join('\n')}\n`;
    expect(checkBudget(notes(1000), DEFAULT_BUDGET)).toBeUndefined();
    const text = notes(1001);
    expect(checkBudget(text, DEFAULT_BUDGET)).toMatchObject({ what: 'footnotes', found: 1001, limit: 1000, at: text.indexOf('[^1001]:') });
    const findings = service().findings({ uri: 'file:///noten.md', version: 1, text });
    expect(findings.map((f) => f.ruleId)).toEqual(['werkbudget']);
    expect(findings[0]!.message).toBe(
      'Deels gecontroleerd: het document heeft 1.001 voetnoten, meer dan het werkbudget van 1.000; dit is de eerste daarboven (instelling akkoordwijzer.werkbudget.voetnoten; in .akkoordwijzer.yaml werkbudget.voetnoten). ' +
        'Voetnoten vanaf hier zijn overgeslagen, en het document is alleen op woordgebruik gecontroleerd (zoals vage begrippen en herhaalde woorden), niet op vorm, citaten of toezeggingen.',
    );
    expect(findings[0]!.start).toBe(text.indexOf('[^1001]:'));
    expect(checkBudget(text, { ...DEFAULT_BUDGET, maxFootnotes: 0 })).toBeUndefined();
  });

  it('is set in .akkoordwijzer.yaml as werkbudget: { tekens, nesting, voetnoten }', () => {
    const { config, problems } = parseConfigFile('werkbudget:\n  tekens: 5000\n  nesting: 0\n  voetnoten: 50\n', [], 'x');
    expect(problems).toEqual([]);
    expect(config.budget).toEqual({ maxChars: 5000, maxNesting: 0, maxFootnotes: 50 });
    expect(parseConfigFile('werkbudget:\n  tekens: -1\n', [], 'x').problems.map((p) => p.code)).not.toEqual([]);
  });
});

describe('lines that run on lazily in a quote or list (the parser takes more than linear time over them)', () => {
  const lazy = (lines: number) => `Vragen van het lid Podt (D66) aan de minister over de regie.\n\n1. Bent u bereid de regie te nemen?\n\n> Een citaat dat doorloopt\n${'zonder teken aan het begin van de regel\n'.repeat(lines)}\n2. Wanneer komt het plan?\n`;

  it('counts them in the nesting budget, ten lines a level (1,000 by default); marked, indented or blank-separated lines are not lazy', () => {
    expect(checkBudget(lazy(1000), DEFAULT_BUDGET)).toBeUndefined();
    const text = lazy(5000);
    const first = text.indexOf('zonder teken');
    expect(checkBudget(text, DEFAULT_BUDGET)).toEqual({ what: 'lazy', found: 5000, limit: 1000, at: first + 1000 * 'zonder teken aan het begin van de regel\n'.length });
    expect(checkBudget(`> x\n${'> regel\n'.repeat(5000)}`, DEFAULT_BUDGET)).toBeUndefined();
    expect(checkBudget(`- x\n${'  regel\n'.repeat(5000)}`, DEFAULT_BUDGET)).toBeUndefined();
    expect(checkBudget(`> x\n\n${'regel\n'.repeat(5000)}`, DEFAULT_BUDGET)).toBeUndefined();
    expect(checkBudget(lazy(5000), NO_BUDGET)).toBeUndefined();
  });

  it('over it the run ends at the first line over the limit (made inert), and the rest is checked for word use', () => {
    const text = lazy(20_000);
    const within = withinBudget(text, DEFAULT_BUDGET);
    expect(within).toHaveLength(text.length);
    expect(checkBudget(within, DEFAULT_BUDGET)).toBeUndefined();
    expect(within.split('\n').filter((l) => l.startsWith('<?'))).toHaveLength(1);
    const t0 = performance.now();
    const findings = createEvalService().service.findings({ uri: 'file:///lui.md', version: 1, text });
    expect(performance.now() - t0).toBeLessThan(20_000); // a hang guard for the test run (the whole parse took minutes), not a speed claim
    expect(findings.map((f) => f.ruleId).sort()).toEqual(['vaag-begrip', 'werkbudget']);
    // Each finding quotes the document as written, not the blanks where it was not read (a reviewer: "<?   ?>").
    for (const f of findings) expect(f.text).toBe(text.slice(f.start, f.end));
    expect(findings.find((f) => f.ruleId === 'werkbudget')!.text).toBe('zonder teken aan het begin van de regel');
    expect(findings.find((f) => f.ruleId === 'werkbudget')!.message).toBe(
      'Deels gecontroleerd: hier loopt een citaat of lijst 20.000 regels door zonder ‘>’ of inspringing, meer dan het werkbudget van 1.000 (tien keer de grens voor nesting: instelling akkoordwijzer.werkbudget.nesting; in .akkoordwijzer.yaml werkbudget.nesting). ' +
        'Deze regel is overgeslagen en het citaat of de lijst eindigt hier; de rest is alleen op woordgebruik gecontroleerd (zoals vage begrippen en herhaalde woorden), niet op vorm, citaten of toezeggingen.',
    );
  });
});

describe('the nesting budget cannot be got around', () => {
  it('counts lines that end in a lone CR, and several markers on one line', () => {
    const crLines = Array.from({ length: 150 }, (_, i) => `${'  '.repeat(i)}- x`).join('\r');
    expect(checkBudget(crLines, DEFAULT_BUDGET)).toMatchObject({ what: 'nesting', found: 150 });
    expect(checkBudget(`${'- '.repeat(150)}x`, DEFAULT_BUDGET)).toMatchObject({ what: 'nesting', found: 150 });
    expect(checkBudget(`${'> - '.repeat(60)}x`, DEFAULT_BUDGET)).toMatchObject({ what: 'nesting', found: 120 });
    expect(checkBudget('- een gewoon lijstitem\n  - een tweede niveau\n> citaat met - streepje\n', DEFAULT_BUDGET)).toBeUndefined();
  });
});

/** The line breaks of a text, by offset: what `withinBudget` must keep where it blanks. */
const breaks = (text: string) => [...text.matchAll(/\r\n|\r|\n/g)].map((m) => `${m.index}:${m[0].length}`);

describe('the part of a document within its budget (withinBudget)', () => {
  it('over the characters: the text up to a line end near the limit, else a space, never half a surrogate pair', () => {
    const lines = 'Een regel tekst van de Kamer.\n'.repeat(40_000);
    const cut = withinBudget(lines, DEFAULT_BUDGET);
    expect(lines.startsWith(cut) && cut.endsWith('.\n')).toBe(true);
    expect(cut.length).toBeLessThanOrEqual(1_000_000);
    expect(cut.length).toBeGreaterThan(990_000);
    // One line of words (a pasted file without line breaks): at a space, not at the start of the line.
    const words = `# Kop\n\n${'woord '.repeat(200_000)}`;
    const wordCut = withinBudget(words, DEFAULT_BUDGET);
    expect(wordCut.length).toBeGreaterThan(999_000);
    expect(wordCut.endsWith('woord ')).toBe(true);
    // No space at all: at the limit, or one before it where that would split a surrogate pair.
    expect(withinBudget('x'.repeat(1_200_000), DEFAULT_BUDGET)).toHaveLength(1_000_000);
    expect(withinBudget(`x${'😀'.repeat(600_000)}`, DEFAULT_BUDGET)).toHaveLength(999_999);
    expect(withinBudget(`${'😀'.repeat(600_000)}`, DEFAULT_BUDGET)).toHaveLength(1_000_000);
  });

  it('cuts a CR LF whole, and near a small limit too', () => {
    const crlf = `${'a'.repeat(99)}\r\n${'b'.repeat(50)}`;
    expect(withinBudget(crlf, { ...DEFAULT_BUDGET, maxChars: 100 })).toBe('a'.repeat(99));
    // With a limit of 2,000 a paragraph without line breaks is cut at a space near the limit, not at the line before it.
    const para = `Kop\n\n${'woord '.repeat(500)}`;
    expect(withinBudget(para, { ...DEFAULT_BUDGET, maxChars: 2000 }).length).toBeGreaterThan(1990);
  });

  it('a deep line inside an HTML comment or the front matter leaves them as they were', () => {
    const deep = `${'> '.repeat(101)}x`;
    const comment = `<!--\noude tekst\n${deep}\nmeer oude tekst\n-->\n`;
    const yaml = `---\nsoort: kamervragen\n${'- '.repeat(101)}x\n---\n`;
    const commentWithin = withinBudget(comment, DEFAULT_BUDGET);
    const yamlWithin = withinBudget(yaml, DEFAULT_BUDGET);
    expect(commentWithin.split('\n')[2]).toMatch(/^<\? +\?>$/);
    expect(commentWithin).not.toContain('-->\nmeer');
    expect(yamlWithin.split('\n')[2]).toBe(' '.repeat(203));
    expect(yamlWithin.split('\n')[3]).toBe('---');
  });

  it('over the nesting or the footnotes: blanked where over, every offset and line break kept, within the budget after', () => {
    const deep = `Een gewone regel.\r\n${'> '.repeat(150)}diep\r\n${'  - '.repeat(20)}x\nnog een regel\n`;
    const notes = `Vraag 1?[^1]\n\n${Array.from({ length: 1005 }, (_, i) => `[^${i + 1}]: Bron ${i + 1}.`).join('\n')}\n`;
    for (const text of [deep, notes]) {
      const within = withinBudget(text, DEFAULT_BUDGET);
      expect(within).toHaveLength(text.length);
      expect(breaks(within)).toEqual(breaks(text));
      expect(checkBudget(text, DEFAULT_BUDGET)).toBeDefined();
      expect(checkBudget(within, DEFAULT_BUDGET)).toBeUndefined();
    }
    const deepWithin = withinBudget(deep, DEFAULT_BUDGET);
    expect(deepWithin).toContain('Een gewone regel.');
    expect(deepWithin).toContain('nog een regel');
    expect(deepWithin).not.toContain('diep');
    const notesWithin = withinBudget(notes, DEFAULT_BUDGET);
    // The first 1,000 definitions stay; from the 1,001st on, their lines are skipped (an inert line of their length).
    expect(notesWithin).toContain('[^1000]: Bron 1000.');
    expect(notesWithin).not.toContain('[^1001]:');
    expect(notesWithin).not.toContain('Bron 1001.');
    expect(notesWithin).toContain(`<?${' '.repeat('[^1001]: Bron 1001.'.length - 4)}?>`);
    expect(withinBudget(deep, NO_BUDGET)).toBe(deep);
  });
});

describe('over the budget a motie or Kamervragen is checked in part: the cheap checks only, on the part within it', () => {
  const { service } = createEvalService();
  const cheap = new Set(RULES.filter((r) => r.overBudget).map((r) => r.id));
  const ids = (text: string, uri = 'file:///groot.md') => service.findings({ uri, version: 1, text }).map((f) => f.ruleId);

  it('the cheap checks are the word checks and the note', () => {
    expect([...cheap].sort()).toEqual(['herhaald-woord', 'lidwoord', 'schrijfwijze', 'spelfout', 'trema', 'tussenzin', 'vaag-begrip', 'werkbudget', 'werkwoordsvorm']);
  });

  it('a motie over the character budget: its vague dictum is found; its closing, past the cut, is not reported missing', () => {
    const text = `De Kamer,\n\ngehoord de beraadslaging,\n\nverzoekt de regering de regie te nemen over de digitale overheid,\n\n${'en de kosten daarvan te dekken uit de begroting van het ministerie '.repeat(16_000)}van Financiën,\n\nen gaat over tot de orde van de dag.\n`;
    expect(text.length).toBeGreaterThan(1_000_000);
    const analysis = service.analyze({ uri: 'file:///groot.md', version: 1, text });
    expect(analysis.draft.kind).toBe('motie');
    expect(analysis.findings.map((f) => f.ruleId).sort()).toEqual(['vaag-begrip', 'werkbudget']);
    const note = analysis.findings.find((f) => f.ruleId === 'werkbudget')!;
    expect(note.message).toMatch(/^Deels gecontroleerd: het document heeft 1\.0\d\d\.\d{3} tekens, meer dan het werkbudget van 1\.000\.000 \(instelling akkoordwijzer\.werkbudget\.tekens; in \.akkoordwijzer\.yaml werkbudget\.tekens\)\. Alleen de eerste 99\d\.\d{3} tekens zijn gelezen, en die zijn alleen op woordgebruik gecontroleerd/);
    expect(analysis.findings.every((f) => f.end <= analysis.draft.text.length)).toBe(true);
    // Past the cut nothing is read, and asking there finds nothing (and throws nothing).
    expect(service.hover({ uri: 'file:///groot.md', version: 1, text }, text.length - 3)).toBeUndefined();
    expect(service.citedAt({ uri: 'file:///groot.md', version: 1, text }, text.length - 3)).toBeUndefined();
    // With the budget off the whole motie is checked: the same dictum, and the closing is found (no motie-afsluiting).
    const whole = createDraftService({ vagueTerms: loadBuiltinLexicon().terms, onRuleError: failOnRuleError, settings: { budget: NO_BUDGET } }).findings({ uri: 'file:///groot.md', version: 1, text });
    expect(whole.map((f) => f.ruleId)).toContain('vaag-begrip');
    expect(whole.map((f) => f.ruleId)).not.toContain('motie-afsluiting');
    expect(whole.map((f) => f.ruleId)).not.toContain('werkbudget');
    // Exporting the part read would lose the rest: stopped, also when the user says "toch".
    const exported = service.exportDraft({ uri: 'file:///groot.md', version: 1, text }, { toch: true });
    expect(exported.document).toBeUndefined();
    expect(exported.report.errors.map((e) => e.code)).toEqual(['te-groot']);
    expect(exported.report.errors[0]!.message).toBe('Dit document is groter dan het werkbudget en is maar deels gelezen: een export zou onvolledig zijn. Verhoog de grens (akkoordwijzer.werkbudget) of splits het document.');
    // Comparing the part read would report the rest as removed: a version over the budget counts as no draft (as
    // the comparison says: the kind changed).
    const small = text.slice(0, text.indexOf('en de kosten')) + 'en gaat over tot de orde van de dag.\n';
    expect(service.compare({ uri: 'file:///a.md', version: 1, text: small }, { uri: 'file:///b.md', version: 1, text: small }).kind).toBe('motie');
    expect(service.compare({ uri: 'file:///a.md', version: 1, text: small }, { uri: 'file:///b.md', version: 1, text })).toMatchObject({ kind: 'motie', kindChanged: { before: 'motie', after: 'other' } });
    expect(service.compare({ uri: 'file:///a.md', version: 1, text }, { uri: 'file:///b.md', version: 1, text }).kind).toBe('other');
  });

  it('Kamervragen nested too deep or with too many footnotes: the word checks on the rest, no form checks', () => {
    const head = 'Vragen van het lid Podt (D66) aan de minister van Binnenlandse Zaken over de digitale overheid.\n\n1. Bent u bereid de regie te nemen over het het beleid?\n\n';
    const deep = `${head}${'> '.repeat(150)}diep\n\n3. Wanneer komt het plan?\n`;
    const notes = `${head}2. Kent u de bronnen?[^1]\n\n${Array.from({ length: 1001 }, (_, i) => `[^${i + 1}]: Bron ${i + 1}.`).join('\n')}\n`;
    for (const text of [deep, notes]) {
      const found = ids(text, 'file:///vragen.md');
      expect(found.sort()).toEqual(['herhaald-woord', 'vaag-begrip', 'werkbudget']);
      // Within the budget the form checks would speak: the numbering skips question 2 (vragen-nummering).
      expect(found.every((id) => cheap.has(id))).toBe(true);
    }
    expect(service.findings({ uri: 'file:///vragen.md', version: 1, text: deep }).find((f) => f.ruleId === 'werkbudget')!.message).toContain(
      'Regels die dieper dan 100 niveaus genest zijn, zijn overgeslagen; de rest is alleen op woordgebruik gecontroleerd (zoals vage begrippen en herhaalde woorden), niet op vorm, citaten of toezeggingen.',
    );
  });

  it('typed over every limit and back (a small budget, 400 seeded edits): each version gets the findings of a fresh check', () => {
    const budget = { maxChars: 900, maxNesting: 4, maxFootnotes: 3 };
    const make = () => createDraftService({ vagueTerms: loadBuiltinLexicon().terms, onRuleError: failOnRuleError, settings: { budget } });
    const typing = make();
    const pieces = ['Bent u bereid de regie te nemen over het het beleid?\n', '\n', '> > > > > diep\n', '[^1]: Bron.\n', '[^2]: Bron het\n[^3]: Bron.\n', '2. Wanneer komt het plan?\n', '<!--\n', '-->\n', '```\n', '    - - - x\n', 'en de kosten daarvan te dekken uit de begroting '.repeat(4), '\r\n', '---\n'];
    let seed = 20261205;
    const next = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff), seed % n);
    let text = 'Vragen van het lid Podt (D66) aan de minister van Binnenlandse Zaken over de digitale overheid.\n\n1. Bent u bereid de regie te nemen?[^1]\n\n';
    const seen = new Set<string>();
    for (let v = 1; v <= 400; v++) {
      const at = next(text.length + 1);
      text = next(3) === 0 ? text.slice(0, at) + text.slice(at + next(150)) : text.slice(0, at) + pieces[next(pieces.length)]!.repeat(1 + next(4)) + text.slice(at);
      if (text.length > 2000) text = text.slice(0, 500 + next(1400));
      const analysis = typing.analyze({ uri: 'file:///typen.md', version: v, text });
      seen.add(analysis.draft.budgetExceeded?.what ?? 'within');
      expect(typing.findings({ uri: 'file:///typen.md', version: v, text }), `version ${v}`).toEqual(make().findings({ uri: 'file:///typen.md', version: 1, text }));
    }
    // Every limit was crossed, and the budget was kept as well.
    expect([...seen].sort()).toEqual(['chars', 'footnotes', 'nesting', 'within']);
  });

  it('a document going over the budget and back, version by version, gets the findings of a fresh check each time', () => {
    const head = 'Vragen van het lid Podt (D66) aan de minister van Binnenlandse Zaken over de digitale overheid.\n\n1. Bent u bereid de regie te nemen over het het beleid?\n\n';
    const versions = [`${head}2. Wanneer?\n`, `${head}${'> '.repeat(150)}diep\n\n2. Wanneer?\n`, `${head}2. Wanneer komt het?\n`, `${head}${'> '.repeat(101)}x\n\n4. Wanneer?\n`, `${head}4. Wanneer?\n`];
    const uri = 'file:///heen-en-weer.md';
    versions.forEach((text, i) => {
      const fresh = createEvalService().service.findings({ uri, version: 1, text });
      expect(service.findings({ uri, version: i + 1, text })).toEqual(fresh);
    });
  });
});
