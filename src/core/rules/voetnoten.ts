import { footnoteDefinitionInsertion } from '../citation/format';
import { danglingMarkers, unlistedNotes, unreferencedDefinitions } from '../draft/footnotes';
import { SOURCE_OPENING, sourceOpening } from '../draft/formulas';
import type { Draft } from '../draft/types';
import type { Rule } from './types';

/**
 * For every dangling marker (in document order): whether it stands in a question that asks about a news item or
 * publication before it ("Bent u bekend met het bericht …[^1]"), so its footnote should name a source. A part's
 * markers are found by walking the parts once, and a part whose text has no such opening at all (nearly every part)
 * is asked once. In one that has, the answer only turns from no to yes along the part (a marker starts with `[`, so
 * the pattern's closing word boundary holds at the cut as in the whole text), so the first marker after the opening is
 * found by a binary search: the part's length times the logarithm of its markers, not their product.
 */
function sourceQuestions(draft: Draft): boolean[] {
  const markers = danglingMarkers(draft);
  const out = new Array<boolean>(markers.length).fill(false);
  const masked = draft.lines.masked;
  let p = 0;
  for (let i = 0; i < markers.length; ) {
    const at = markers[i]!.span.start;
    while (p < draft.parts.length && draft.parts[p]!.end < at) p++;
    const part = draft.parts[p];
    let j = i + 1;
    if (!part || part.start > at) {
      i = j;
      continue;
    }
    while (j < markers.length && markers[j]!.span.start <= part.end) j++;
    if (part.kind === 'vraag' && sourceOpening(draft, part)) {
      const asks = (k: number) => SOURCE_OPENING.test(masked.slice(part.start, markers[k]!.span.start));
      let lo = i;
      let hi = j;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (asks(mid)) hi = mid;
        else lo = mid + 1;
      }
      for (let k = lo; k < j; k++) out[k] = true;
    }
    i = j;
  }
  return out;
}

export const voetnoten: Rule = {
  id: 'voetnoten',
  kinds: ['motie', 'kamervragen'],
  defaultSeverity: 'warning',
  title: { nl: 'Ontbrekende voetnoot of voetnoot zonder verwijzing', en: 'Missing footnote or footnote without a reference' },
  docs: {
    summary: {
      nl: 'Elke voetnootverwijzing (`[^1]`) heeft een voetnoot (`[^1]: …`), en elke voetnoot wordt ergens aangehaald.',
      en: 'Every footnote marker (`[^1]`) has a footnote (`[^1]: …`), and every footnote is referred to somewhere.',
    },
    rationale: {
      nl:
        'Een verwijzing zonder voetnoot laat de lezer zoeken naar een bron die er niet is; in de gepubliceerde tekst staat dan een los cijfer. ' +
        'Een voetnoot waar niets naar verwijst, hoort bij een zin die is weggehaald of verplaatst. Beide gebeuren bij het schuiven met ' +
        'tekst vlak voor het indienen. Bij ‘Bent u bekend met het bericht …[^1]’ vult de snelle oplossing de ontbrekende voetnoot in met ' +
        'de vorm van een bron (titel, medium, datum, link), in plaats van een tweede verwijzing toe te voegen. Met noten zoals de Kamer ze ' +
        'publiceert (‘bericht «X»?1’, onderaan ‘1 NOS, …’) meldt de regel een nummer dat de lijst niet heeft; ‘?12’ zijn de noten 1 en 2.',
      en:
        'A marker without a footnote sends the reader looking for a source that is not there; the published text shows a stray number. A ' +
        'footnote nothing refers to belongs to a sentence that was removed or moved. Both happen when text is moved just before submission. ' +
        'For ‘Bent u bekend met het bericht …[^1]’ the quick fix fills in the missing footnote with the shape of a source (title, outlet, ' +
        'date, link) instead of adding a second marker. With notes as the Kamer publishes them (‘bericht «X»?1’, with ‘1 NOS, …’ at the ' +
        'end) the rule flags a number the list does not have; ‘?12’ is notes 1 and 2.',
    },
    bad: '1. Bent u bekend met het bericht ‘Datalek bij gemeente’?[^1]',
    good: '1. Bent u bekend met het bericht ‘Datalek bij gemeente’?[^1]\n\n[^1]: NOS, 3 maart 2026, https://nos.nl/…',
    fixes: {
      nl: 'Voegt de ontbrekende voetnoot toe onderaan de tekst (met de vorm van een bron na ‘Bent u bekend met het bericht’). Is er precies één verwijzing zonder voetnoot en één voetnoot zonder verwijzing (de nummers zijn uit de pas geraakt), dan laat de voorkeursoplossing de verwijzing naar die voetnoot wijzen. Een andere voetnoot zonder verwijzing laat ze staan: kies zelf waar ze hoort.',
      en: 'Adds the missing footnote at the end of the text (with the shape of a source after ‘Bent u bekend met het bericht’). With exactly one marker without a footnote and one footnote without a marker (the numbers got out of step), the preferred fix points the marker at that footnote. Any other footnote without a marker is left alone: decide where it belongs.',
    },
  },
  check(ctx) {
    const { draft } = ctx;
    const asksForSource = sourceQuestions(draft);
    const dangling = danglingMarkers(draft);
    const unreferenced = unreferencedDefinitions(draft);
    // One marker without its footnote and one footnote without a marker: the numbers went out of step when text was
    // moved ("[^2]" in the text, only "[^1]:" below). Pointing the marker at that footnote is the fix; a second
    // footnote to fill in was offered (a staffer's trial).
    const renumber = dangling.length === 1 && unreferenced.length === 1 ? { marker: dangling[0]!, def: unreferenced[0]! } : undefined;
    const pointAt = renumber && {
      title: { nl: `Verwijs naar voetnoot [^${renumber.def.label}]`, en: `Refer to footnote [^${renumber.def.label}]` },
      edits: [{ ...renumber.marker.span, newText: `[^${renumber.def.label}]` }],
      isPreferred: true,
    };
    dangling.forEach((marker, i) => {
      const source = asksForSource[i];
      const placeholder = source ? '<titel van het bericht>, <medium>, <datum>, <link>' : '<tekst van de voetnoot>';
      ctx.report({
        ...marker.span,
        message: {
          nl: `Voetnoot [^${marker.label}] ontbreekt: voeg onderaan ‘[^${marker.label}]: …’ toe${source ? ', met de bron van het bericht' : ''}.`,
          en: `Footnote [^${marker.label}] is missing: add ‘[^${marker.label}]: …’ at the end${source ? ', with the source of the item' : ''}.`,
        },
        fixes: [...(pointAt ? [pointAt] : []), { title: { nl: `Voeg voetnoot [^${marker.label}] toe`, en: `Add footnote [^${marker.label}]` }, edits: [footnoteDefinitionInsertion(draft, marker.label, placeholder)] }],
        data: { label: marker.label },
      });
    });
    for (const m of unlistedNotes(draft)) {
      ctx.report({
        start: m.start,
        end: m.end,
        message: {
          nl: `Noot ${m.number} staat niet in de lijst met noten: vul de noot aan, of schrap het nummer.`,
          en: `Note ${m.number} is not in the list of notes: add the note, or remove the number.`,
        },
        data: { label: String(m.number) },
      });
    }
    for (const def of unreferenced) {
      ctx.report({
        ...def.span,
        message: {
          nl: `Voetnoot [^${def.label}] wordt nergens aangehaald: zet de verwijzing [^${def.label}] bij de zin waar ze hoort, of schrap de voetnoot.`,
          en: `Footnote [^${def.label}] is never referred to: put the marker [^${def.label}] after the sentence it belongs to, or remove the footnote.`,
        },
        ...(pointAt ? { fixes: [{ ...pointAt, title: { nl: `Laat [^${renumber!.marker.label}] naar deze voetnoot verwijzen`, en: `Make [^${renumber!.marker.label}] refer to this footnote` } }] } : {}),
        data: { label: def.label },
      });
    }
  },
};
