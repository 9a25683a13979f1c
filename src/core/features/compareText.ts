import { GEWIJZIGDE_MOTIE, replacedMotie } from '../draft/formulas';
import { pick, type Localized, type Taal } from '../types';
import type { ChangeKind, Comparison, ComparedPiece, PartChange, SignatoryChange, WordChange } from './compare';

/*
 * A comparison in words, in the Kamer's terms ("overweging 2 gewijzigd", "verzoek toegevoegd", "gewijzigde motie"):
 * Markdown for the editor (struck-through and bold words) and plain text for the terminal (git's word-diff marks).
 */

export type ComparisonStyle = 'markdown' | 'text';

const VERBS: Record<Exclude<ChangeKind, 'ongewijzigd'> | 'verplaatst' | 'hernummerd', Localized> = {
  gewijzigd: { nl: 'gewijzigd', en: 'changed' },
  toegevoegd: { nl: 'toegevoegd', en: 'added' },
  geschrapt: { nl: 'geschrapt', en: 'removed' },
  verplaatst: { nl: 'verplaatst', en: 'moved' },
  hernummerd: { nl: 'hernummerd', en: 'renumbered' },
};

const KOP_NAMES: Record<NonNullable<ComparedPiece['line']> | 'kop', Localized> = {
  titel: { nl: 'titel', en: 'title' },
  voorgesteld: { nl: 'datum voorgesteld', en: 'date tabled' },
  kop: { nl: 'kop', en: 'header' },
};

/**
 * What the part is called: "overweging 2", "vraag 5" (its number as written), a line of the kop by what it is ("titel",
 * "datum voorgesteld"). A part of the dictum always by what it does, numbered among the parts that do the same:
 * "verzoek 1", "uitspraak 1" ("spreekt uit" is no request), "dictum 1" for a part with neither formula. The only
 * verzoek was "dictum", and "verzoek 2 (was 1)" once a "spreekt uit" came before it (a staffer's trial).
 */
function partName(c: PartChange, taal: Taal): string {
  const piece = (c.after ?? c.before)!;
  const n = piece.number;
  switch (c.group) {
    case 'kop':
      return pick(KOP_NAMES[piece.line ?? 'kop'], taal);
    case 'aanhef':
      return pick({ nl: 'aanhef', en: 'opening' }, taal);
    case 'beraadslaging':
      return '‘gehoord de beraadslaging’';
    case 'slot':
      return pick({ nl: 'slot', en: 'closing formula' }, taal);
    case 'ondertekening':
      return pick({ nl: 'ondertekening', en: 'signatories' }, taal);
    case 'overweging':
      return `${piece.act ?? 'overweging'} ${piece.actNumber ?? n}`;
    case 'vraag':
      return pick({ nl: `vraag ${piece.written ?? n}`, en: `question ${piece.written ?? n}` }, taal);
    case 'noot':
      return pick({ nl: `noot ${piece.label ?? n}`, en: `note ${piece.label ?? n}` }, taal);
    case 'dictum':
      return `${piece.act ?? 'dictum'} ${piece.actNumber ?? n}`;
  }
}

/**
 * A question whose number changed other than by the questions added or removed before it (a gap in the numbering
 * closed: "6." that was the fifth written "5."); the number ends up in the Kamerstuk.
 */
function renumbered(c: PartChange): boolean {
  const { before, after } = c;
  if (before?.written === undefined || after?.written === undefined || before.written === after.written) return false;
  return before.written - before.number !== after.written - after.number;
}

/** What a changed part became, when that says more than "gewijzigd": a dictum part split into items, or joined. */
function changeVerb(c: PartChange, taal: Taal): string | undefined {
  if (c.change === 'ongewijzigd') return undefined;
  if (!c.restructured) return pick(VERBS[c.change], taal);
  const into = c.restructured.into === 'items' ? { nl: 'in punten gesplitst', en: 'split into items' } : { nl: 'tot één zin samengevoegd', en: 'joined into one sentence' };
  return c.restructured.reworded ? `${pick(into, taal)} ${pick({ nl: 'en gewijzigd', en: 'and changed' }, taal)}` : pick(into, taal);
}


/**
 * What a changed line of the kop says: the date tabled from → to; a title that made the motie a gewijzigde motie, with
 * the number it replaces ("ter vervanging van die gedrukt onder nr. 12").
 */
function kopNote(c: PartChange, taal: Taal): string | undefined {
  const { before, after } = c;
  if (c.change !== 'gewijzigd' || !before || !after) return undefined;
  if (after.line === 'voorgesteld') {
    const date = (p: ComparedPiece) => p.text.replace(/^voorgesteld\s*/i, '');
    return `${pick(KOP_NAMES.voorgesteld, taal)} ${date(before)} → ${date(after)}`;
  }
  if (after.line !== 'titel' || !GEWIJZIGDE_MOTIE.test(after.text)) return undefined;
  const nr = replacedNr(after.text);
  let now: Localized;
  if (GEWIJZIGDE_MOTIE.test(before.text)) {
    // Gewijzigd both times: what is worth saying is another motie replaced (nr. 12 → nr. 15).
    const was = replacedNr(before.text);
    if (!nr || nr === was) return undefined;
    now = was ? { nl: `vervangt nu nr. ${nr}, was nr. ${was}`, en: `now replaces nr. ${nr}, was nr. ${was}` } : { nl: `vervangt nu nr. ${nr}`, en: `now replaces nr. ${nr}` };
  } else {
    now = nr ? { nl: `nu gewijzigde motie, ter vervanging van nr. ${nr}`, en: `now a gewijzigde motie, replacing nr. ${nr}` } : { nl: 'nu gewijzigde motie', en: 'now a gewijzigde motie' };
  }
  return `${partName(c, taal)} ${pick(VERBS.gewijzigd, taal)} (${pick(now, taal)})`;
}

/** The number of the motie a gewijzigde motie's title replaces, as motie-indiener reads it (`replacedMotie`). */
const replacedNr = (title: string): string | undefined => replacedMotie(title)?.nr;

/** "overweging 2 gewijzigd", "overweging 1 verplaatst (was 3)", "verzoek 2 toegevoegd"; undefined when unchanged. */
export function describeChange(c: PartChange, taal: Taal): string | undefined {
  const newNumber = renumbered(c);
  if (c.change === 'ongewijzigd' && !c.moved && !newNumber) return undefined;
  const kop = c.group === 'kop' && !c.moved ? kopNote(c, taal) : undefined;
  if (kop) return kop;
  const verbs = [c.moved ? pick(VERBS.verplaatst, taal) : undefined, changeVerb(c, taal)].filter(Boolean);
  if (verbs.length === 0) verbs.push(pick(VERBS.hernummerd, taal));
  const number = (p: PartChange['before']) => p?.written ?? p?.actNumber ?? p?.number;
  // The kop's lines have no numbers: "titel gewijzigd (was 1)" was said when a dossier line came before the title.
  const was = c.group !== 'kop' && c.before && c.after && number(c.before) !== number(c.after) ? ` (was ${number(c.before)})` : '';
  return `${partName(c, taal)} ${verbs.join(pick({ nl: ' en ', en: ' and ' }, taal))}${was}`;
}

const SUBSTANCE = new Set(['overweging', 'dictum', 'vraag']);

/** One line: "Gewijzigde motie: overweging 2 gewijzigd, verzoek toegevoegd." or that nothing changed. */
export function comparisonSummary(comparison: Comparison, taal: Taal): string {
  const described = comparison.changes.flatMap((c) => {
    const d = describeChange(c, taal);
    return d ? [{ c, d }] : [];
  });
  const kindNote = comparison.kindChanged
    ? pick({ nl: `Let op: de versies zijn niet hetzelfde soort document (${comparison.kindChanged.before} → ${comparison.kindChanged.after}). `, en: `Note: the versions are not the same kind of document (${comparison.kindChanged.before} → ${comparison.kindChanged.after}). ` }, taal)
    : '';
  if (comparison.kind === 'other') return kindNote + pick({ nl: 'Geen motie of Kamervragen: er is niets per onderdeel te vergelijken.', en: 'Neither a motie nor Kamervragen: there are no parts to compare.' }, taal);
  const list = described.map((x) => x.d).join(', ');
  if (comparison.kind === 'kamervragen') {
    const notes = comparison.changes.some((c) => c.group === 'noot');
    const none = notes ? { nl: 'Geen verschil in de kop, de vragen en de noten.', en: 'No difference in the header, the questions and the notes.' } : { nl: 'Geen verschil in de kop en de vragen.', en: 'No difference in the header and the questions.' };
    return kindNote + (list ? `Kamervragen: ${list}.` : pick(none, taal));
  }
  if (described.some((x) => SUBSTANCE.has(x.c.group))) return kindNote + pick({ nl: `Gewijzigde motie: ${list}.`, en: `Gewijzigde motie (amended motion): ${list}.` }, taal);
  if (list) return kindNote + pick({ nl: `Motie: ${list}; overwegingen en dictum ongewijzigd.`, en: `Motie: ${list}; overwegingen and dictum unchanged.` }, taal);
  return kindNote + pick({ nl: 'Geen verschil in de overwegingen en het dictum.', en: 'No difference in the overwegingen and the dictum.' }, taal);
}

const MARKS: Record<ComparisonStyle, { del: [string, string]; ins: [string, string] }> = {
  markdown: { del: ['~~', '~~'], ins: ['**', '**'] },
  text: { del: ['[-', '-]'], ins: ['{+', '+}'] },
};

/** Marks around the words only, so the spaces around them stay outside (Markdown needs that). */
function marked(value: string, [open, close]: [string, string]): string {
  const m = /^(\s*)([\s\S]*?)(\s*)$/.exec(value)!;
  return m[2] ? `${m[1]}${open}${m[2]}${close}${m[3]}` : value;
}

/** Markdown's own characters in the draft's words are shown as written: "*miljoenen*" mixed with the marks (a trial). */
const escapeMarkdown = (text: string) => text.replace(/([\\`*_~[\]<>])/g, '\\$1');

/**
 * Whether Markdown's "~~"/"**" around `inner` would not close or open where it stands: a mark next to punctuation on the
 * inside and a letter on the outside ("~~non-~~profit", a staffer's trial: shown with its tildes). HTML's tags then.
 */
function unflanked(inner: string, before: string, after: string): boolean {
  const word = /[\p{L}\p{N}]/u;
  return (/^\p{P}/u.test(inner) && word.test(before)) || (/\p{P}$/u.test(inner) && word.test(after));
}

function wordDiff(words: readonly WordChange[], style: ComparisonStyle): string {
  const marks = MARKS[style];
  const md = style === 'markdown';
  let out = '';
  words.forEach((w, k) => {
    const value = md ? escapeMarkdown(w.value) : w.value;
    if (!w.added && !w.removed) {
      out += value;
      return;
    }
    // Struck and bold words glued together read as one word in a preview; git's marks need no space.
    const glued = md && w.added && words[k - 1]?.removed && !/\s$/.test(words[k - 1]!.value) && !/^\s/.test(w.value);
    if (glued) out += ' ';
    const pair = w.added ? marks.ins : marks.del;
    const html = md && unflanked(w.value.trim(), out.slice(-1), words[k + 1]?.value.charAt(0) ?? '');
    out += marked(value, html ? (w.added ? ['<ins>', '</ins>'] : ['<del>', '</del>']) : pair);
  });
  return out;
}

/** "Jansen en De Vries", "Jansen, De Vries en Bikker". */
function listed(names: readonly string[], taal: Taal): string {
  return names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')}${pick({ nl: ' en ', en: ' and ' }, taal)}${names[names.length - 1]}`;
}

/**
 * The ondertekening as a list of members: "Six Dijkstra ondertekent niet meer; Dijkstra ondertekent mee", "eerste
 * indiener nu Van Baarle (was Kathmann)". The names' word diff ("Kathmann Van Baarle [-Six-] Dijkstra") read as one
 * member renamed (a staffer's trial).
 */
function signatoryBody(s: SignatoryChange, taal: Taal, after: string): string {
  const one = (names: string[]) => names.length === 1;
  const said = [
    s.removed.length > 0 ? `${listed(s.removed, taal)} ${pick(one(s.removed) ? { nl: 'ondertekent niet meer', en: 'no longer signs' } : { nl: 'ondertekenen niet meer', en: 'no longer sign' }, taal)}` : undefined,
    s.added.length > 0 ? `${listed(s.added, taal)} ${pick(one(s.added) ? { nl: 'ondertekent mee', en: 'now co-signs' } : { nl: 'ondertekenen mee', en: 'now co-sign' }, taal)}` : undefined,
    s.first ? pick({ nl: `eerste indiener nu ${s.first.after} (was ${s.first.before})`, en: `first signatory now ${s.first.after} (was ${s.first.before})` }, taal) : undefined,
    s.reordered ? pick({ nl: `volgorde nu ${after}`, en: `order now ${after}` }, taal) : undefined,
    ...(s.lines?.removed ?? []).map((l) => `‘${l}’ ${pick(VERBS.geschrapt, taal)}`),
    ...(s.lines?.added ?? []).map((l) => `‘${l}’ ${pick(VERBS.toegevoegd, taal)}`),
  ];
  const out = said.filter(Boolean).join('; ');
  // Only the spelling or the case of a name changed: no member came or went.
  return out || pick({ nl: `nu ${after}`, en: `now ${after}` }, taal);
}

function partBody(c: PartChange, style: ComparisonStyle, taal: Taal): string {
  const text = (t: string) => (style === 'markdown' ? escapeMarkdown(t) : t);
  if (c.signatories) return text(signatoryBody(c.signatories, taal, c.after!.text));
  if (c.words) return wordDiff(c.words, style);
  if (c.change === 'geschrapt') return marked(text(c.before!.text), MARKS[style].del);
  if (c.change === 'toegevoegd') return marked(text(c.after!.text), MARKS[style].ins);
  return text(c.after!.text);
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * The whole comparison: a title with the two versions' names, the summary, and per changed part its name and its
 * words with the changes marked. Unchanged parts are left out.
 */
export function renderComparison(comparison: Comparison, taal: Taal, style: ComparisonStyle, names: { before: string; after: string }): string {
  const md = style === 'markdown';
  const title = pick({ nl: 'Vergelijking', en: 'Comparison' }, taal);
  const lines = [md ? `# ${title}` : title, '', md ? `\`${names.before}\` → \`${names.after}\`` : `${names.before} → ${names.after}`, '', comparisonSummary(comparison, taal)];
  for (const c of comparison.changes) {
    const heading = describeChange(c, taal);
    if (!heading) continue;
    lines.push('', md ? `## ${capital(heading)}` : `${capital(heading)}:`, '', partBody(c, style, taal));
  }
  return `${lines.join('\n')}\n`;
}
