import type { Part, PartKind } from '../draft/types';
import type { VagueMatch } from '../lexicon/vague';
import { lowerSeverity, type Localized, type Severity, type TextEdit } from '../types';
import type { FixSpec, Rule } from './types';
import { matchCase } from './util';

/** Where the Kamer asks something, vagueness counts fully; elsewhere one step lower; in answers and names not at all. */
const FULL: ReadonlySet<PartKind> = new Set(['dictum', 'vraag']);
const LOWER: ReadonlySet<PartKind> = new Set(['overweging', 'kop', 'header', 'toelichting', 'beraadslaging']);

function placeSeverity(part: Part, configured: Severity): Severity | undefined {
  if (part.note) return undefined; // the list of sources quotes titles: someone else's words
  return FULL.has(part.kind) ? configured : LOWER.has(part.kind) ? lowerSeverity(configured) : undefined;
}

/** Strike a hedge ("waar mogelijk") with the space or comma around it, so the sentence stays whole. */
function strike(text: string, m: VagueMatch): TextEdit | undefined {
  if (/^\p{Lu}/u.test(text.slice(m.start, m.end))) return undefined; // a sentence would start in lower case
  const before = text.slice(Math.max(0, m.start - 40), m.start);
  const after = text.slice(m.end, m.end + 2);
  const commaBefore = /,[ \t]*$/.exec(before);
  if (commaBefore && after.startsWith(',')) return { start: m.start - commaBefore[0].length, end: m.end, newText: '' };
  if (/[ \t]$/.test(before) && /^[ \t]\S/.test(after)) return { start: m.start, end: m.end + 1, newText: '' };
  if (/[ \t]$/.test(before) && /^[,.;:?!]/.test(after)) return { start: m.start - 1, end: m.end, newText: '' };
  return undefined;
}

function message(text: string, m: VagueMatch, lang: keyof Localized): string {
  const c = m.term.compare;
  const head = lang === 'nl' ? `Vaag begrip “${text}”` : `Vague term “${text}”`;
  // The flagship shows the two side by side: "regie coördineert en kan zonder gevolg mislukken, doorzettingsmacht kan …".
  const vs = c ? ` ${c.term[lang]} ${c.termMeans[lang]}, ${c.firm[lang]} ${c.firmMeans[lang]};` : '';
  return `${head}:${vs} ${m.term.instead[lang]}`;
}

export const vaagBegrip: Rule = {
  id: 'vaag-begrip',
  kinds: ['motie', 'kamervragen'],
  defaultSeverity: 'warning',
  title: { nl: 'Vaag beleidsbegrip', en: 'Vague policy term' },
  docs: {
    summary: {
      nl: 'Signaleert vage beleidstaal (‘regie’, ‘inzetten op’, ‘bezien’, ‘waar mogelijk’ …) en zegt wat steviger is.',
      en: 'Flags vague policy language (‘regie’, ‘inzetten op’, ‘bezien’, ‘waar mogelijk’ …) and says what is firmer.',
    },
    rationale: {
      nl:
        'Een motie of Kamervraag is pas toetsbaar als duidelijk is wie wat vóór wanneer doet. Woorden als ‘regie’ en ' +
        '‘inzetten op’ beloven een inspanning, geen resultaat: regie coördineert en kan zonder gevolg mislukken, ' +
        'doorzettingsmacht kan besluiten en afdwingen. De ernst hangt af van de plek: in het dictum en in een ' +
        'vraag geldt de ingestelde ernst, in overwegingen en de kop één stap lager, en binnen een citaat (tussen ' +
        'aanhalingstekens of in een blokcitaat, bijvoorbeeld de woorden van het coalitieakkoord zelf) en in de lijst ' +
        'met bronnen niet: dat is niet uw vaagheid. De lijst staat in `lexicon/vague-terms.yaml` ' +
        'en is uit te breiden met de instelling `akkoordwijzer.lexicon.extra` of `.akkoordwijzer.yaml`.',
      en:
        'A motie or question can only be checked when it says who does what by when. Words like ‘regie’ and ‘inzetten ' +
        'op’ promise effort, not results: regie coordinates and can fail without consequence, doorzettingsmacht can ' +
        'decide and enforce. Severity depends on the place: the configured severity in the dictum and in a ' +
        'question, one step lower in overwegingen and the heading, and none inside a quotation (quotation marks or a ' +
        'blockquote, e.g. the agreement\'s own words) or in the list of sources. The list is `lexicon/vague-terms.yaml`, ' +
        'extendable through `akkoordwijzer.lexicon.extra` or `.akkoordwijzer.yaml`.',
    },
    bad: 'verzoekt de regering de Nederlandse Digitale Dienst de regie te geven over de digitale overheid,',
    good: 'verzoekt de regering de Nederlandse Digitale Dienst doorzettingsmacht te geven over ICT-besluiten van alle ministeries,',
    fixes: {
      nl: 'Vervangt het begrip door een stevigere term waar een directe vervanging bestaat (‘regie’ → ‘doorzettingsmacht’); in het dictum is dat de voorkeursoplossing, elders wordt ze alleen aangeboden (in een overweging of vraag beschrijft u vaak wat anderen ‘regie’ noemen). Biedt bij voorbehouden als ‘waar mogelijk’ aan ze te schrappen (nooit de voorkeur: het verandert wat er gevraagd wordt).',
      en: 'Replaces the term with a firmer one where a drop-in replacement exists (‘regie’ → ‘doorzettingsmacht’); preferred in the dictum, only offered elsewhere (in an overweging or question you often describe what others call ‘regie’). Offers to strike hedges such as ‘waar mogelijk’ (never preferred: it changes what is asked).',
    },
  },
  check(ctx) {
    const { draft, lexicon } = ctx;
    for (const part of draft.parts) {
      const severity = placeSeverity(part, ctx.severity);
      if (!severity) continue;
      // Matched in the member's own words: quotations and blockquotes are someone else's vagueness.
      for (const m of lexicon.match(draft.ownWords, part.start, part.end)) {
        if (m.term.places && !m.term.places.includes(part.kind)) continue;
        // A form may run over a line break; messages show it on one line.
        const text = draft.text.slice(m.start, m.end).replace(/\s+/g, ' ');
        const replacement = m.term.replacements[m.form];
        const fixes: FixSpec[] = [];
        if (replacement) {
          const r = matchCase(text, replacement);
          // Preferred only in the dictum, where the firm word makes the request firm. In an overweging or a question the
          // member often describes what others call "regie"; swapping the word there would change a statement of fact.
          const fix: FixSpec = { title: { nl: `Vervang “${text}” door “${r}”`, en: `Replace “${text}” with “${r}”` }, edits: [{ start: m.start, end: m.end, newText: r }] };
          if (part.kind === 'dictum') fix.isPreferred = true;
          fixes.push(fix);
        } else if (replacement === '') {
          const edit = strike(draft.text, m);
          if (edit) fixes.push({ title: { nl: `Schrap “${text}”`, en: `Strike “${text}”` }, edits: [edit] });
        }
        const firm = replacement || m.term.compare?.firm.nl;
        ctx.report({
          start: m.start,
          end: m.end,
          severity,
          message: { nl: message(text, m, 'nl'), en: message(text, m, 'en') },
          fixes,
          data: { term: m.term.id, form: m.form, place: part.kind, ...(firm ? { firm } : {}) },
        });
      }
    }
  },
};
