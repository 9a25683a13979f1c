import { verifyQuotes } from '../citation/quoteChecks';
import { commitmentWords, footnoteInsertion, footnoteText, keyInsertion, overwegingFor, overwegingInsertion, quotedVia, relatedCommitments } from '../citation/format';
import { ATTRIBUTES_TO_AGREEMENT, suggestCitations, type CitationUnit } from '../citation/suggest';
import type { Commitment } from '../corpus/types';
import { openCitationKeys } from '../draft/citationKeys';
import type { Quote } from '../draft/types';
import { startingIn } from '../text/positions';
import { fittingTitle, titleWith } from './fixTitle';
import type { FixSpec, Rule } from './types';

const quoteStart = (q: Quote) => q.start;

export const citeerToezegging: Rule = {
  id: 'citeer-toezegging',
  kinds: ['motie', 'kamervragen'],
  defaultSeverity: 'info',
  title: { nl: 'Citeer de toezegging', en: 'Cite the commitment' },
  docs: {
    summary: {
      nl: 'Een overweging, dictum of vraag die over een toezegging uit het coalitieakkoord gaat en die niet citeert, krijgt een voorstel om haar te citeren.',
      en: 'A consideration, dictum or question that is about a commitment of the coalition agreement and does not cite it gets a suggestion to cite it.',
    },
    rationale: {
      nl: 'Wie het kabinet aan het akkoord houdt, wint met de precieze woorden: de bewindspersoon kan een letterlijk citaat niet wegpoetsen. Akkoordwijzer herkent over welke toezegging een zin gaat, ook als u andere woorden, vervoegingen, samenstellingen of afkortingen gebruikt, en biedt drie oplossingen: een citeersleutel `[@…]`, een voetnoot met de volledige vindplaats (gebruikelijk in Kamervragen), of in een motie een overweging die de woorden van het akkoord letterlijk aanhaalt — geformuleerd naar hoe stellig de toezegging is. Het akkoord dat geldt (2026) gaat voor, tenzij de tekst een ander akkoord noemt of van vóór 2026 is.',
      en: 'Holding the cabinet to the agreement works best with its exact words. Akkoordwijzer recognises which commitment a sentence is about, also in other words, inflections, compounds or abbreviations, and offers a `[@…]` key, a footnote with the full citation, or in a motie an overweging quoting the agreement, worded by how firm the promise is. The agreement in force (2026) is preferred unless the text names another or predates it.',
    },
    bad: 'constaterende dat het kabinet een Nederlandse Digitale Dienst met doorzettingsmacht wil oprichten;',
    good: 'constaterende dat het kabinet een Nederlandse Digitale Dienst met doorzettingsmacht wil oprichten [@ca2026:nederlandse-digitale-dienst];',
    fixes: {
      nl: 'Voegt `[@sleutel]` in, en in Kamervragen een voetnoot met de volledige vindplaats en de exacte woorden, in een motie (die geen voetnoten heeft) een overweging die het akkoord citeert.',
      en: 'Inserts `[@key]`, and in Kamervragen a footnote with the full citation and exact words, in a motie (which has no footnotes) an overweging quoting the agreement.',
    },
  },
  check(ctx) {
    const { draft, engine, corpus } = ctx;
    if (!engine) return;
    const offers = new Map<number, { unit: CitationUnit; commitments: Commitment[]; verbatim?: boolean }>();
    for (const s of suggestCitations(draft, engine)) offers.set(s.unit.start, { unit: s.unit, commitments: s.commitments });
    // A verbatim quotation of the agreement is about that commitment for certain: offer its citation, unless the
    // document cites it already (one citation per commitment per document, as for suggestions).
    const citedInDocument = new Set(draft.citations.map((c) => c.key));
    for (const v of verifyQuotes(draft, engine)) {
      if (v.verdict !== 'verbatim' || !v.key || !v.unit || v.unit.cited.has(v.key) || citedInDocument.has(v.key)) continue;
      const c = corpus.get(v.key);
      if (c) offers.set(v.unit.start, { unit: v.unit, commitments: [c], verbatim: true });
    }
    // A key in a group not closed yet ("[@ca2026:…," while typing) is a citation on its way: its "Citeer" fix put a
    // second key beside it (a staffer's trial). onbekende-toezegging asks for the "]".
    const open = openCitationKeys(draft);
    for (const { unit, commitments, verbatim } of offers.values()) {
      if (open.some((k) => k.start >= unit.start && k.start < unit.end)) continue;
      const best = commitments[0]!;
      const quotedWords = commitments.map((c) => `“${commitmentWords(corpus, c, 70)}”`);
      const keys = commitments.map((c) => c.key);
      const fixes: FixSpec[] = commitments.flatMap((c): FixSpec[] => {
        const list: FixSpec[] = [{ title: { nl: `Citeer ${c.key}`, en: `Cite ${c.key}` }, edits: [keyInsertion(draft, unit, [c.key])] }];
        // A motie has no footnotes (none of the published ones in test/eval/real/; the Griffie's form has none): its
        // source goes in an overweging. A footnote there went out with the motie (a staffer's trial).
        const footnoteTitle = { nl: titleWith((key) => `Voeg een voetnoot met het citaat van ${key} toe`, c.key), en: titleWith((key) => `Add a footnote quoting ${key}`, c.key) };
        if (draft.kind !== 'motie') list.push({ title: footnoteTitle, edits: footnoteInsertion(draft, unit, footnoteText(corpus, c)) });
        // A sentence that quotes the agreement word for word needs its source, not a second overweging with the same words.
        const overweging = draft.kind === 'motie' && !verbatim ? overwegingInsertion(draft, overwegingFor(corpus, c)) : undefined;
        if (overweging) list.push({ title: overwegingTitle(c), edits: [overweging] });
        return list;
      });
      // A sentence that says what the agreement says, in its own words: put the agreement's exact words beside it.
      // (The quotations that start in the sentence, by binary search: a long draft has thousands of them.)
      const quotes = startingIn(draft.quotes, quoteStart, unit.start, unit.end + 1).some((q) => q.end <= unit.end + 1 && q.text.trim().split(/\s+/).length >= 3);
      const paraphrase = ATTRIBUTES_TO_AGREEMENT.test(unit.text) && !quotes;
      const exact = `‘${best.text.replace(/\s+/g, ' ').trim()}’`;
      ctx.report({
        start: unit.start,
        end: unit.end,
        message: paraphrase
          ? {
              nl: `Deze zin geeft weer wat het akkoord zegt; daar staat letterlijk: ${exact} (${best.key}). Controleer of uw weergave klopt en citeer de toezegging.`,
              en: `This sentence renders what the agreement says; its exact words are: ${exact} (${best.key}). Check your rendering and cite the commitment.`,
            }
          : {
              nl: `Deze zin gaat over ${quotedWords.join(' of ')} (${keys.join(', ')}): citeer de toezegging.`,
              en: `This sentence is about ${quotedWords.join(' or ')} (${keys.join(', ')}): cite the commitment.`,
            },
        commitments: keys,
        related: relatedCommitments(corpus, commitments),
        fixes,
        data: { key: best.key },
      });
    }
  },
};

/**
 * The overweging fix's title. Words the corpus has only as a publication quoted them are not the agreement's word for
 * word: the title says where they come from, as the footnote does (a staffer's trial: the fix presented them as the
 * agreement's own, "letterlijk").
 */
function overwegingTitle(c: Commitment): { nl: string; en: string } {
  const quoter = quotedVia(c)?.publication;
  // Within a menu's width: "zoals … het citeert" shortened to "(via …)", the key cut short where it is long (up to 66
  // characters); the inserted overweging, not the title, gives it whole.
  return quoter
    ? fittingTitle(
        { nl: `Voeg een overweging in met ${c.key} zoals ${quoter} het citeert`, en: `Insert an overweging with ${c.key} as ${quoter} quotes it` },
        { nl: titleWith((key) => `Voeg een overweging in met ${key} (via ${quoter})`, c.key), en: titleWith((key) => `Insert an overweging with ${key} (via ${quoter})`, c.key) },
      )
    : { nl: titleWith((key) => `Voeg een overweging in die ${key} letterlijk citeert`, c.key), en: titleWith((key) => `Insert an overweging quoting ${key}`, c.key) };
}
