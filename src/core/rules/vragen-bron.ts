import { footnoteInsertion } from '../citation/format';
import type { Rule } from './types';
import { danglingMarkers } from '../draft/footnotes';
import { sourceOpening } from '../draft/formulas';
import { perPart } from '../draft/prior';
import { startingIn } from '../text/positions';
import { partsOf } from './util';

const URL = /\bhttps?:\/\/\S+|\bwww\.\S+/i;
/** A question that names its source in its own words: a date, a Kamerstuk, a programme with its broadcast date. */
const NAMES_SOURCE = /\b\d{1,2}\s+(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\s+\d{4}\b|\bkamerstuk|\baanhangsel|\bd\.d\.\s*\d/i;

/** The published form of a note reference: the number glued to the mark, "bericht?1", "Kamer»1?", or ¹. */
const GLUED_NOTE = /(?:(?:[?!;:”"’»)]|(?<!\d)[.,])\s?(\d{1,2})\)?(?=[\s?.!,;:]|$))|[¹²³⁴⁵⁶⁷⁸⁹⁰]/;

/**
 * What a question says of its source in its own words: the opening that refers to a news item (`sourceOpening`), and
 * whether its words give the source (a URL, a note number glued to a mark, a date or Kamerstuk named after the
 * opening). Per question: after a keystroke only the edited one is read again. Markers and links are looked up per
 * version (whether `[^1]` is a footnote depends on the notes elsewhere).
 */
const ownSource = perPart((draft, vraag) => {
  const m = sourceOpening(draft, vraag);
  if (!m) return undefined;
  const words = draft.lines.masked.slice(vraag.start, vraag.end);
  const named =
    URL.test(words) ||
    GLUED_NOTE.test(words) ||
    // The source named in the question itself: "… in Trouw d.d. 6 januari 2025", "(Kamerstuk 29 665, nr. 353)".
    NAMES_SOURCE.test(words.slice(m.index).split(/[?]/)[0] ?? '');
  return { opening: m, named };
});

export const vragenBron: Rule = {
  id: 'vragen-bron',
  kinds: ['kamervragen'],
  defaultSeverity: 'warning',
  title: { nl: 'Bron bij ‘Bent u bekend met het bericht …’', en: 'Source for ‘Bent u bekend met het bericht …’' },
  docs: {
    summary: {
      nl: '‘Bent u bekend met het bericht …’ (ook ‘Kent u het artikel …’, ‘Heeft u kennisgenomen van het rapport …’) verwijst naar het bericht: een voetnoot, link of URL.',
      en: '‘Bent u bekend met het bericht …’ (also ‘Kent u het artikel …’, ‘Heeft u kennisgenomen van het rapport …’) refers to the article: a footnote, link or URL.',
    },
    rationale: {
      nl: 'Kamervragen noemen hun bron in een voetnoot (titel, medium, datum, link). Zonder bron moet het ministerie raden welk bericht bedoeld is, en kan het de vraag makkelijker ontwijken. Als verwijzing telt een Markdown-voetnoot (`[^1]`), een link, een URL, of zoals in gepubliceerde Kamervragen een notennummer aan het leesteken geplakt (‘bericht?1’, ‘Kamer»1?’) met de noten aan het eind. Noemt de vraag de bron zelf (‘… in Trouw van 6 januari 2025’, ‘(Kamerstuk 29 665, nr. 353)’), dan is er geen melding.',
      en: 'Kamervragen give their source in a footnote (title, outlet, date, link). Without it the ministry must guess which article is meant. A Markdown footnote (`[^1]`), a link, a URL, or as in published Kamervragen a note number glued to the mark (‘bericht?1’) with the notes at the end, all count as a reference. A question that names the source itself (‘… in Trouw of 6 January 2025’, ‘(Kamerstuk 29 665, nr. 353)’) gets no finding.',
    },
    bad: '1. Bent u bekend met het bericht ‘2,2 miljoen mensen getroffen door cybercriminaliteit’?',
    good: '1. Bent u bekend met het bericht ‘2,2 miljoen mensen getroffen door cybercriminaliteit’?[^1]\n\n[^1]: CBS, 12 mei 2023, https://www.cbs.nl/…',
    fixes: {
      nl: 'Voegt na de vraag een voetnootverwijzing toe en aan het eind een voetnoot met invulvelden voor de bron (geen voorkeursoplossing: u vult de bron zelf in).',
      en: 'Adds a footnote reference after the question and a footnote with placeholders for the source at the end (not preferred: you fill in the source).',
    },
  },
  check(ctx) {
    const { draft } = ctx;
    for (const vraag of partsOf(draft, 'vraag')) {
      const own = ownSource(draft, vraag);
      if (!own) continue;
      const m = own.opening;
      // A marker without its footnote is a reference too: `voetnoten` reports it and fills it in.
      const inVraag = <T extends { span: { start: number } }>(list: readonly T[]) => startingIn(list, (x) => x.span.start, vraag.start, vraag.end).length > 0;
      const hasRef = own.named || inVraag(draft.lines.footnoteReferences) || inVraag(danglingMarkers(draft)) || inVraag(draft.lines.links);
      if (hasRef) continue;
      const at = vraag.start + m.index;
      const said = m[0].replace(/\s+/g, ' ');
      // The reference goes right after the sentence that names the source (not after a "?" inside its quoted title),
      // not after the last follow-up question.
      const q = draft.ownWords.indexOf('?', at + m[0].length);
      const refAt = q >= 0 && q < vraag.wordsEnd ? q + 1 : vraag.wordsEnd;
      ctx.report({
        start: at,
        end: at + m[0].length,
        message: {
          nl: `“${said}” zonder bron: noem de bron in een voetnoot (titel, medium, datum, link).`,
          en: `“${said}” without a source: name the source in a footnote (title, outlet, date, link).`,
        },
        fixes: [
          {
            title: { nl: 'Voeg een voetnoot voor de bron toe', en: 'Add a footnote for the source' },
            edits: footnoteInsertion(draft, { start: refAt, end: refAt }, '<titel van het bericht>, <medium>, <datum>, <link>'),
          },
        ],
      });
    }
  },
};
