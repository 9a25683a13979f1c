import type { KamerReference, ReferenceGap } from '../references/recognise';
import { ownReferences } from '../references/inDraft';
import { lowerSeverity, type Localized } from '../types';
import type { Rule } from './types';
import { oneLine } from './util';

const GAP_TEXT: Record<ReferenceGap, Localized> = {
  kamer: { nl: 'de Kamer (I of II)', en: 'the chamber (I or II)' },
  vergaderjaar: { nl: 'het vergaderjaar (zoals 2025/26)', en: 'the parliamentary year (such as 2025/26)' },
  'vergaderjaar-ongeldig': { nl: 'een geldig vergaderjaar (twee opeenvolgende jaren, zoals 2025/26)', en: 'a valid parliamentary year (two consecutive years, such as 2025/26)' },
};

/** The references whose form the rule judges: written citations, not identifiers or document and zaak numbers. */
function judged(ref: KamerReference): boolean {
  if (ref.kind === 'documentnummer' || ref.kind === 'zaaknummer' || ref.kind === 'bekendmaking') return false;
  // An identifier such as "kst-35300-A" finds its document as it stands: only one with a written form is normalised.
  return !(ref.text.startsWith('kst-') && !ref.canonical);
}

export const verwijzingVorm: Rule = {
  id: 'verwijzing-vorm',
  kinds: ['motie', 'kamervragen'],
  defaultSeverity: 'warning',
  title: { nl: 'Verwijzing naar een Kamerstuk of de Handelingen in een afwijkende vorm', en: 'Reference to a Kamerstuk or the Handelingen in a deviating form' },
  docs: {
    summary: {
      nl: 'Controleert verwijzingen naar Kamerstukken, de Handelingen en het Aanhangsel: de vorm van Aanwijzing 3.43 van de Aanwijzingen voor de regelgeving (‘Kamerstukken II 2009/10, 27858, nr. 88’) of de eigen vorm van de Kamer (‘Kamerstuk 26 643, nr. 1465’).',
      en: 'Checks references to Kamerstukken, the Handelingen and the Aanhangsel: the form of Aanwijzing 3.43 of the ‘Aanwijzingen voor de regelgeving’ (‘Kamerstukken II 2009/10, 27858, nr. 88’) or the Kamer’s own form (‘Kamerstuk 26 643, nr. 1465’).',
    },
    rationale: {
      nl:
        'Een motie en Kamervragen worden gepubliceerd zoals ze zijn ingediend; een lezer moet het stuk waarnaar verwezen wordt kunnen vinden. ' +
        'Twee vormen zijn goed: die van Aanwijzing 3.43 (‘Kamerstukken II 2025/26, 26643, nr. 1465’, ‘Handelingen II 2025/26, nr. 45, item 12’, ' +
        '‘Aanhangsel Handelingen II 2024/25, nr. 1234’, voor de Eerste Kamer ‘Kamerstukken I’ en ‘Handelingen I’) en de eigen vorm van de Kamer ' +
        '(‘Kamerstuk 26 643, nr. 1465’, ook met een toevoeging: ‘Kamerstuk 36 600 VII, nr. 12’, ‘Kamerstuk 21 501-32, nr. 1703’). ' +
        'Zoals de Tweede Kamer zelf in gepubliceerde Kamervragen schrijft, mag bij de Handelingen en het Aanhangsel de Kamer ontbreken als het jaar er staat (‘Aanhangsel Handelingen 2023-2024, nr. 1955’): dat blijft zoals het staat en verwijst naar de Tweede Kamer. ' +
        'Ontbreekt er een deel dat de lezer nodig heeft (de Kamer, het vergaderjaar van de Handelingen) of klopt het vergaderjaar niet (2025/27), ' +
        'dan is het stuk niet terug te vinden: een **waarschuwing**, zonder automatische oplossing, want alleen u weet welk jaar bedoeld is. ' +
        'Is de verwijzing compleet maar anders geschreven (‘Kamerstuk 26643 nr 1465’, ‘2025-2026’, ‘kamerstuk’, ‘kst-26643-1465’ in lopende tekst), ' +
        'dan vindt de lezer het stuk wel: een **informatie**-melding, met de genormaliseerde vorm als oplossing. ' +
        'Document- en zaaknummers van de Kamer (‘2026D06788’, ‘2026Z03112’) krijgen geen melding, alleen een link.',
      en:
        'A motie and written questions are published as submitted; a reader must be able to find the document referred to. ' +
        'Two forms are right: that of Aanwijzing 3.43 (‘Kamerstukken II 2025/26, 26643, nr. 1465’, ‘Handelingen II 2025/26, nr. 45, item 12’, ' +
        '‘Aanhangsel Handelingen II 2024/25, nr. 1234’, for the Eerste Kamer ‘Kamerstukken I’ and ‘Handelingen I’) and the Kamer’s own form ' +
        '(‘Kamerstuk 26 643, nr. 1465’, also with a suffix: ‘Kamerstuk 36 600 VII, nr. 12’, ‘Kamerstuk 21 501-32, nr. 1703’). ' +
        'As the Tweede Kamer itself writes in published Kamervragen, the Handelingen and the Aanhangsel may go without the chamber when the year is there (‘Aanhangsel Handelingen 2023-2024, nr. 1955’): that stays as written and refers to the Tweede Kamer. ' +
        'When a part the reader needs is missing (the chamber, the year of the Handelingen) or the year is wrong (2025/27), the document cannot be ' +
        'found: a **warning**, without an automatic fix, since only you know which year is meant. ' +
        'When the reference is complete but written differently (‘Kamerstuk 26643 nr 1465’, ‘2025-2026’, ‘kamerstuk’, ‘kst-26643-1465’ in running text), ' +
        'the reader still finds it: an **information** note, with the normalised form as the fix. ' +
        'The Kamer’s document and zaak numbers (‘2026D06788’, ‘2026Z03112’) get no finding, only a link.',
    },
    bad: 'constaterende dat de minister dit toezegde (Kamerstukken II 2025-2026, 26643 nr 1465);',
    good: 'constaterende dat de minister dit toezegde (Kamerstukken II 2025/26, 26643, nr. 1465);',
    fixes: {
      nl: 'Schrijft de verwijzing in de vorm waarin ze staat, genormaliseerd (‘2025-2026’ → ‘2025/26’, ‘nr’ → ‘nr.’), alleen als elk deel aanwezig is. Een Kamerstuk zonder vergaderjaar wordt de eigen vorm van de Kamer (‘Kamerstuk 26 643, nr. 1465’): er wordt nooit een jaar bedacht.',
      en: 'Rewrites the reference in its own form, normalised (‘2025-2026’ → ‘2025/26’, ‘nr’ → ‘nr.’), only when every part is present. A Kamerstuk without its year becomes the Kamer’s own form (‘Kamerstuk 26 643, nr. 1465’): a year is never invented.',
    },
  },
  check(ctx) {
    for (const ref of ownReferences(ctx.draft)) {
      if (!judged(ref)) continue;
      const written = oneLine(ctx.draft.text.slice(ref.start, ref.end));
      if (ref.gaps.length > 0) {
        const missing = ref.gaps.map((g) => GAP_TEXT[g]);
        ctx.report({
          start: ref.start,
          end: ref.end,
          message: {
            nl: `Verwijzing “${written}” is niet terug te vinden: vul ${missing.map((m) => m.nl).join(' en ')} aan.`,
            en: `Reference “${written}” cannot be found: add ${missing.map((m) => m.en).join(' and ')}.`,
          },
          data: { gaps: ref.gaps },
        });
        continue;
      }
      if (!ref.canonical || ref.canonical === written) continue;
      const canonical = ref.canonical;
      ctx.report({
        start: ref.start,
        end: ref.end,
        severity: lowerSeverity(ctx.severity),
        message: {
          nl: `Verwijzing “${written}” wijkt af van de vaste vorm: schrijf “${canonical}”.`,
          en: `Reference “${written}” deviates from the standard form: write “${canonical}”.`,
        },
        fixes: [{ title: { nl: `Schrijf ‘${canonical}’`, en: `Write ‘${canonical}’` }, edits: [{ start: ref.start, end: ref.end, newText: canonical }], isPreferred: true }],
        data: { canonical, ...(ref.url && { url: ref.url }) },
      });
    }
  },
};
