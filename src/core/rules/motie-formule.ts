import { AANHEF_TEXT, MISSPELT_FORMULAS, OVERWEGING_PREFIXES } from '../draft/formulas';
import type { Part } from '../draft/types';
import { lowerSeverity, type Localized, type Severity } from '../types';
import type { Rule } from './types';

// An overweging's head may follow "voorts", "tevens", … ("voorts overwegend dat"), as the draft model reads it.
const OVERWEGING_PREFIX = `(?:(?:${OVERWEGING_PREFIXES.map((w) => w.replace(/ /g, '\\s+')).join('|')})\\s+)?`;
// A slot's pattern says itself whether it has its "en" ("gaat over tot …" is the slot without it: "En gaat over …" is
// only a capital).
const MISSPELT = MISSPELT_FORMULAS.map((m) => ({
  re: new RegExp(`^(${m.part === 'slot' ? '' : '(?:en\\s+)?'}${m.part === 'overweging' ? OVERWEGING_PREFIX : ''})${m.pattern}`, 'i'),
  canonical: m.canonical,
  part: m.part,
}));

/** Why a formula is not written as the Kamer writes it: a slip, a capital it lacks (‘De kamer’), capitals it has. */
type Wrong = 'misspelt' | 'capitals' | 'initial' | 'allCaps';

/** What the opener of a part should be, and why, when it is not written as the Kamer writes it. */
function expected(part: Part, written: string): { text: string; misspelt: boolean; wrong: Wrong } | undefined {
  for (const m of MISSPELT) {
    const hit = m.re.exec(written);
    if (hit) {
      // The words before an overweging's head ("en voorts") stay as written; a slot's "en" is part of its canonical form.
      let lead = /^en\s+/i.test(hit[0]) && !/^en\s+gaat/i.test(m.canonical) ? 'en ' : '';
      if (m.part === 'overweging') lead = hit[1] ?? '';
      return { text: lead + m.canonical + written.slice(hit[0].length), misspelt: true, wrong: 'misspelt' };
    }
  }
  if (part.kind === 'aanhef') {
    const words = /^de\s+(?:tweede\s+)?kamer(?:\s+der\s+staten-generaal)?/i.exec(written)?.[0];
    if (words && /^de\s+kamer$/i.test(words) && words.replace(/\s+/g, ' ') !== 'De Kamer') return { text: AANHEF_TEXT.replace(/,$/, '') + written.slice(words.length), misspelt: false, wrong: 'capitals' };
    return undefined;
  }
  // Every other formula is written in lower case: "constaterende dat", "verzoekt de regering", "en gaat over …".
  const first = written[0];
  if (!first || first === first.toLowerCase()) return undefined;
  const allCaps = written === written.toUpperCase();
  return allCaps
    ? { text: withPortfolioCapitals(written.toLowerCase()), misspelt: false, wrong: 'allCaps' }
    : { text: first.toLowerCase() + written.slice(1), misspelt: false, wrong: 'initial' };
}

/**
 * A minister's portfolio in a formula written in capitals keeps its capitals: "ROEPT DE MINISTER VAN VOLKSGEZONDHEID,
 * WELZIJN EN SPORT OP" → "roept de minister van Volksgezondheid, Welzijn en Sport op" (every word of a ministry's name
 * begins with a capital but "en"; the formula's words are lower case).
 */
function withPortfolioCapitals(lowered: string): string {
  return lowered.replace(PORTFOLIO, (_, head: string, name: string) => head + name.replace(/\p{L}[\p{L}-]*/gu, (w) => (SMALL_IN_NAMES.has(w) ? w : w[0]!.toUpperCase() + w.slice(1))));
}

/** The words of a ministry's name in lower case ("Justitie en Veiligheid"). */
const SMALL_IN_NAMES = new Set(['en']);

const PORTFOLIO = /(\b(?:minister|staatssecretaris)\s+(?:van|voor)\s+)(.+?)(?=\s+(?:op|uit|aan)$|$)/u;

/** Says what is wrong: the slip, or the capitals (‘De Kamer,’ with a capital K; the others in lower case). */
function formulaMessage(wrong: Wrong, said: string, shown: string): Localized {
  switch (wrong) {
    case 'misspelt':
      return { nl: `Verschreven formule “${said}”: de Kamer schrijft ‘${shown}’.`, en: `Misspelt formula “${said}”: the Kamer writes ‘${shown}’.` };
    case 'capitals': {
      // The capitals the aanhef lacks: "De kamer" → K, "de kamer" → D and K.
      const lacking = [...'DK'].filter((c) => !said.slice(0, 'de kamer'.length).includes(c)).join(' en ');
      const lackingEn = lacking.replace(' en ', ' and ');
      return lacking
        ? { nl: `Vaste formule: ‘${shown}’ met hoofdletter ${lacking}.`, en: `Fixed formula: ‘${shown}’ with a capital ${lackingEn}.` }
        : { nl: `Vaste formule: ‘${shown}’, alleen D en K als hoofdletter.`, en: `Fixed formula: ‘${shown}’, with only D and K as capitals.` };
    }
    case 'initial':
      return { nl: `Vaste formule: ‘${shown}’ met kleine letter.`, en: `Fixed formula: ‘${shown}’ in lower case.` };
    case 'allCaps':
      return { nl: `Vaste formule: ‘${shown}’, niet in hoofdletters.`, en: `Fixed formula: ‘${shown}’, not in capitals.` };
  }
}

export const motieFormule: Rule = {
  id: 'motie-formule',
  kinds: ['motie'],
  defaultSeverity: 'warning',
  title: { nl: 'Vaste formule anders geschreven', en: 'Fixed formula written differently' },
  docs: {
    summary: {
      nl: 'De vaste formules van een motie staan er zoals de Kamer ze schrijft: ‘De Kamer,’, en verder met kleine letter (‘constaterende dat’, ‘verzoekt de regering’, ‘en gaat over tot de orde van de dag.’), zonder verschrijving.',
      en: 'The fixed formulas of a motie are written as the Kamer writes them: ‘De Kamer,’, the others in lower case (‘constaterende dat’, ‘verzoekt de regering’, ‘en gaat over tot de orde van de dag.’), without slips.',
    },
    rationale: {
      nl:
        'Een motie is één zin: ‘De Kamer, gehoord de beraadslaging, constaterende dat …; verzoekt de regering …, en gaat over tot de orde van de dag.’ ' +
        'Daarom beginnen de delen na de aanhef met een kleine letter, ook als ze op een eigen regel staan; zo publiceert de Kamer ze. Een ' +
        'verschreven formule (‘en gaat over tot de orde van dag’, ‘speekt uit’) komt ongewijzigd in het Kamerstuk. Akkoordwijzer herkent zo’n ' +
        'variant als het deel dat bedoeld is (er komt dus geen tweede slotregel bij) en stelt voor haar te vervangen. Hoofdletters in de ' +
        'aanspreekvorm (‘de Minister’) laat de regel met rust: de Kamer schrijft die zelf zo. Een verschrijving weegt zwaarder (de ingestelde ' +
        'ernst) dan een hoofdletter (één stap lager).',
      en:
        'A motie is one sentence: ‘De Kamer, gehoord de beraadslaging, constaterende dat …; verzoekt de regering …, en gaat over tot de orde van de dag.’ ' +
        'So the parts after the aanhef start in lower case, also on a line of their own, as the Kamer publishes them. A misspelt formula (‘en gaat ' +
        'over tot de orde van dag’, ‘speekt uit’) ends up in the Kamerstuk as written. Akkoordwijzer recognises such a variant as the part it means ' +
        '(so no second closing line is added) and offers to replace it. Capitals in the addressee (‘de Minister’) are left alone: the Kamer writes ' +
        'them that way itself. A slip weighs more (the configured severity) than a capital (one step lower).',
    },
    bad: 'De kamer,\n\nGehoord de beraadslaging,\n\nConstaterende dat …;\n\nVerzoekt de regering …,\n\nen gaat over tot de orde van dag.',
    good: 'De Kamer,\n\ngehoord de beraadslaging,\n\nconstaterende dat …;\n\nverzoekt de regering …,\n\nen gaat over tot de orde van de dag.',
    fixes: { nl: 'Vervangt de formule door de vaste schrijfwijze (alleen de formule; de rest van de zin blijft staan).', en: 'Replaces the formula with its fixed spelling (only the formula; the rest of the sentence stays).' },
  },
  check(ctx) {
    const { draft } = ctx;
    for (const part of draft.parts) {
      const opener = part.opener;
      // A slot or aanhef misspelt beyond the table is `motie-slot`'s and `motie-aanhef`'s: they replace the whole line.
      if (!opener || opener.end <= opener.start || part.kind === 'kop' || part.kind === 'indiener' || part.slip) continue;
      const written = draft.text.slice(opener.start, opener.end);
      const want = expected(part, written);
      if (!want || want.text === written) continue;
      const severity: Severity = want.misspelt ? ctx.severity : lowerSeverity(ctx.severity);
      const shown = want.text.replace(/\s+/g, ' ').trim();
      const said = written.replace(/\s+/g, ' ').trim();
      ctx.report({
        start: opener.start,
        end: opener.end,
        severity,
        message: formulaMessage(want.wrong, said, shown),
        fixes: [{ title: { nl: `Vervang door ‘${shown}’`, en: `Replace with ‘${shown}’` }, edits: [{ start: opener.start, end: opener.end, newText: want.text }], isPreferred: true }],
        data: { formula: part.kind },
      });
    }
  },
};
