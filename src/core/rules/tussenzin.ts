import { REQUEST_BEFORE_OM } from '../draft/formulas';
import type { Draft, Part } from '../draft/types';
import type { FixSpec, Report, Rule } from './types';
import { oneLine, proseParts, textBack } from './util';

/**
 * "om," followed by what it opens: the comma that starts an aside ("verzoekt de regering om, samen met …, …"). Not "OM,"
 * (the Openbaar Ministerie in a list).
 */
const OM_COMMA = /(?<![\p{L}\p{N}])[oO]m[ \t]*,/gu;
/**
 * Only after the words that make "om" open a request (`REQUEST_BEFORE_OM`): elsewhere "om," may end a clause of its
 * own, as the particle of a verb ("Hoe gaat u hiermee om, en …", "Hoeveel mensen kwamen om, …"). A verb whose particle
 * "om" may be ("gaat … om", "zet … om", "kwam … om") earlier in the clause: then nothing is said.
 */
const PARTICLE_VERB = /(?<![\p{L}\p{N}])(?:gaat|gaan|ging|gingen|zet|zetten|komt|komen|kwam|kwamen|buigt|buigen|draait|draaien|schakelt|schakelen|vormt|vormen)(?![\p{L}\p{N}])/iu;
/** How far after "om," the infinitive is looked for: an aside is a phrase, not a page. */
const REACH = 600;
/**
 * The "te" of the infinitive that "om" opens ("te maken", "te onderzoeken", "in kaart te brengen"): a verb, which ends
 * in n; not "te" with an adjective or adverb ("de te hoge kosten", "te weinig").
 */
const TE = /(?<![\p{L}\p{N}])te\s+(\p{L}+n)(?![\p{L}\p{N}])/u;
/** A mark that closes the aside (or ends the sentence before any infinitive). */
const CLOSES = /[,;:.?!()]/;
/**
 * A clause of its own inside the aside may hold a "te" that is not the request's ("om, waar dat te verwachten is, …"):
 * then the rule cannot tell where the aside ends, and says nothing.
 */
const CLAUSE = /(?<![\p{L}\p{N}])(?:waar|indien|als|wanneer|zodra|nu|omdat|dat|die|wat|zoals|mits|tenzij|voordat|nadat|zolang|terwijl|waarbij|waarin|welke|hoe|of)(?![\p{L}\p{N}])/iu;

export const tussenzin: Rule = {
  id: 'tussenzin',
  scope: 'part',
  kinds: ['motie', 'kamervragen'],
  overBudget: true,
  defaultSeverity: 'warning',
  title: { nl: 'Tussenzin niet gesloten', en: 'Aside not closed' },
  docs: {
    summary: {
      nl: 'Signaleert een komma na ‘om’ die een tussenzin opent zonder die vóór het werkwoord te sluiten: ‘verzoekt de regering om, in samenwerking met provincies te onderzoeken …’.',
      en: 'Flags a comma after ‘om’ that opens an aside not closed before the verb: ‘verzoekt de regering om, in samenwerking met provincies te onderzoeken …’.',
    },
    rationale: {
      nl:
        'Na ‘om’ volgt het verzoek zelf (‘verzoekt de regering om … te onderzoeken’). Een komma direct na ‘om’ kan alleen een ' +
        'tussenzin openen, en die moet vóór het werkwoord weer gesloten worden: ‘verzoekt de regering om, samen met de ' +
        'provincies, de kennislacunes in te vullen’. Staat er geen tweede komma vóór ‘te …’, dan hangt de eerste los ' +
        '(‘verzoekt de regering om, het mogelijk te maken …’) of is de tweede vergeten (‘om, in samenwerking met provincies en ' +
        'gemeenten te onderzoeken …’). De oplossing schrapt de komma; wie een tussenzin bedoelde, zet de tweede komma zelf. ' +
        'De regel kijkt alleen na een woord dat een verzoek inleidt (‘verzoekt de regering om’, ‘bereid om’, ‘van plan om’). ' +
        'Niet gemeld worden ‘om’ als deel van een werkwoord (‘Hoe gaat u hiermee om, en …’), ‘OM,’ (het Openbaar ' +
        'Ministerie), een tussenzin met een eigen bijzin (‘om, waar dat te verwachten is, …’), omdat de regel dan niet kan ' +
        'zien waar de tussenzin eindigt, en citaten.',
      en:
        'After ‘om’ comes the request itself (‘verzoekt de regering om … te onderzoeken’). A comma right after ‘om’ can only open ' +
        'an aside, which must close before the verb: ‘verzoekt de regering om, samen met de provincies, de kennislacunes in ' +
        'te vullen’. Without a second comma before ‘te …’ the first one dangles (‘verzoekt de regering om, het mogelijk te ' +
        'maken …’) or the second was forgotten (‘om, in samenwerking met provincies en gemeenten te onderzoeken …’). The fix ' +
        'removes the comma; whoever meant an aside adds the second comma. Only after a word that opens a request (‘verzoekt de ' +
        'regering om’, ‘bereid om’, ‘van plan om’); not flagged: ‘om’ as part of a verb (‘Hoe gaat u hiermee om, en …’), ' +
        '‘OM,’ (the Openbaar Ministerie), an aside with a clause of its own (‘om, waar dat te verwachten is, …’), where the ' +
        'rule cannot see where it ends, and quotations.',
    },
    bad: 'verzoekt de regering om, in samenwerking met provincies en gemeenten vóór 1 juli een plan op te stellen,',
    good: 'verzoekt de regering om, in samenwerking met provincies en gemeenten, vóór 1 juli een plan op te stellen,',
    fixes: { nl: 'Schrapt de komma na ‘om’.', en: 'Removes the comma after ‘om’.' },
  },
  check(ctx) {
    const { draft } = ctx;
    for (const part of proseParts(draft)) {
      for (const report of unclosedAsides(draft, part)) ctx.report(report);
    }
  },
};

/** Every "om," in a part's own words whose aside runs into the request's "te …" without a closing mark. */
function unclosedAsides(draft: Draft, part: Part): Report[] {
  const own = draft.ownWords;
  const out: Report[] = [];
  const text = own.slice(part.start, part.end);
  for (const m of text.matchAll(OM_COMMA)) {
    const lead = textBack(text, m.index, ',;:.?!', REACH);
    if (!REQUEST_BEFORE_OM.test(lead) || PARTICLE_VERB.test(lead)) continue;
    const after = part.start + m.index + m[0].length;
    const rest = own.slice(after, Math.min(part.end, after + REACH));
    const te = TE.exec(rest);
    if (!te) continue;
    const aside = rest.slice(0, te.index);
    if (CLOSES.test(aside) || CLAUSE.test(aside)) continue;
    const start = part.start + m.index;
    const verb = `te ${te[1]}`;
    out.push({
      start,
      end: after,
      message: {
        nl: `De komma na ‘om’ opent een tussenzin die niet gesloten wordt vóór ‘${verb}’: schrap de komma, of sluit de tussenzin met een tweede komma.`,
        en: `The comma after ‘om’ opens an aside that is not closed before ‘${verb}’: remove the comma, or close the aside with a second comma.`,
      },
      fixes: commaFix(draft.text, start, after),
      data: { written: oneLine(draft.text.slice(start, after)) },
    });
  }
  return out;
}

/**
 * The fix: the comma and the blanks around it become one space ("om,in" → "om in"; before a line break, none). Read in
 * the text as written: a comment between "om" and the comma, or right after it, is kept, and then no fix is offered.
 */
function commaFix(text: string, start: number, after: number): FixSpec[] {
  const omEnd = start + 2;
  if (!/^[ \t]*,$/.test(text.slice(omEnd, after))) return [];
  const gapEnd = after + /^[ \t]*/.exec(text.slice(after, after + REACH))![0].length;
  if (text.startsWith('<!--', gapEnd)) return [];
  const newText = gapEnd >= text.length || text[gapEnd] === '\r' || text[gapEnd] === '\n' ? '' : ' ';
  return [{ title: { nl: 'Schrap de komma', en: 'Remove the comma' }, edits: [{ start: omEnd, end: gapEnd, newText }], isPreferred: true }];
}
