import type { Draft } from '../draft/types';
import type { Report, Rule } from './types';
import { partsOf } from './util';

/**
 * The ministries (departments) of 2007–2026 by their official names: a minister or staatssecretaris "van" one of them.
 * A minister without a department of his own takes "voor" ("de minister voor Klimaat en Energie", "voor Buitenlandse
 * Handel en Ontwikkelingssamenwerking", "voor Volkshuisvesting en Ruimtelijke Ordening" in 2022–2024, "voor Asiel en
 * Migratie" beside the minister "van Asiel en Migratie" in 2025–2026): names that were both a department and a
 * portfolio are not here, so only a certain slip is flagged.
 */
const DEPARTMENTS = [
  'Algemene Zaken', 'Binnenlandse Zaken', 'Buitenlandse Zaken', 'Defensie', 'Economische Zaken', 'Financiën',
  'Infrastructuur en Milieu', 'Infrastructuur en Waterstaat', 'Verkeer en Waterstaat', 'Justitie', 'Veiligheid en Justitie',
  'Landbouw', 'Onderwijs, Cultuur en Wetenschap', 'Sociale Zaken', 'Volksgezondheid',
  'Volkshuisvesting, Ruimtelijke Ordening en Milieubeheer', 'Klimaat en Groene Groei',
];
const DEPARTMENT = DEPARTMENTS.map((d) => d.replace(/[ ,]+/g, (gap) => (gap.includes(',') ? ',\\s+' : '\\s+'))).join('|');
/** "staatssecretaris voor Justitie", "minister voor Financiën", "minister Justitie en Veiligheid": the word before the department. */
const TITLE_BEFORE_DEPARTMENT = new RegExp(`\\b(minister|staatssecretaris)(\\s+voor)?\\s+(?=(?:${DEPARTMENT})\\b)`, 'giu');
/** "Vragen van lid Hagen", "Vragen van leden A en B": the Kamer writes "van het lid", "van de leden". */
const VAN_LID = /^(\s*vragen\s+van)(\s+)(lid|leden)\b/iu;
/** The members in the header: up to " aan " (the addressee). A comma or " en " there names a second one. */
const MEMBERS_END = /\s+aan\s/i;
const SECOND_MEMBER = /(?:,|\s+en)\s+\S/i;

export const vragenAdressaat: Rule = {
  id: 'vragen-adressaat',
  kinds: ['kamervragen'],
  defaultSeverity: 'warning',
  title: { nl: 'Adressaat van de vragen', en: 'Addressee of the questions' },
  docs: {
    summary: {
      nl: 'De kop noemt aan wie de vragen gericht zijn, zoals de Kamer het schrijft: ‘Vragen van het lid … aan de minister van …’ of ‘aan de staatssecretaris van …’.',
      en: 'The header names who the questions are for, as the Kamer writes it: ‘Vragen van het lid … aan de minister van …’ or ‘aan de staatssecretaris van …’.',
    },
    rationale: {
      nl:
        'Schriftelijke vragen worden gesteld aan een bewindspersoon, die binnen drie weken antwoordt. Zonder adressaat weet de Griffie niet naar wie de vragen gaan. ' +
        'De kop wordt gepubliceerd zoals hij is ingediend; de regel meldt daarom ook een verschreven vaste vorm: ‘Vragen van lid …’ (‘van het lid’, bij twee leden ‘van de leden’), ' +
        '‘staatssecretaris voor Justitie en Veiligheid’ en ‘minister voor Financiën’ (een bewindspersoon is ‘van’ een ministerie), ‘staatssecretaris ' +
        'Justitie en Veiligheid’ (‘van’ ontbreekt). ‘Voor’ blijft staan bij een portefeuille zonder eigen ministerie (‘minister voor Klimaat en ' +
        'Energie’, ‘minister voor Buitenlandse Handel en Ontwikkelingssamenwerking’); namen die zowel een ministerie als een portefeuille waren ' +
        '(‘Volkshuisvesting en Ruimtelijke Ordening’; in 2025–2026 de minister ‘van’ én de minister ‘voor’ Asiel en Migratie) worden niet gemeld.',
      en:
        'Written questions are put to a minister, who answers within three weeks. Without an addressee the clerk does not know where to send them. ' +
        'The header is published as submitted, so the rule also flags a slip in its fixed form: ‘Vragen van lid …’ (‘van het lid’, for two members ‘van de leden’), ‘staatssecretaris ' +
        'voor Justitie en Veiligheid’ and ‘minister voor Financiën’ (a minister or state secretary is ‘van’ a ministry), ‘staatssecretaris Justitie ' +
        'en Veiligheid’ (‘van’ missing). ‘Voor’ stays for a portfolio without a ministry of its own (‘minister voor Klimaat en Energie’, ‘minister ' +
        'voor Buitenlandse Handel en Ontwikkelingssamenwerking’); names that were both a ministry and a portfolio (‘Volkshuisvesting en Ruimtelijke ' +
        'Ordening’; in 2025–2026 both a minister ‘van’ and a minister ‘voor’ Asiel en Migratie) are not flagged.',
    },
    bad: 'Vragen van het lid Kathmann (GL-PvdA) over afhankelijkheid van Amerikaanse techbedrijven (ingezonden 23 mei 2025)',
    good: 'Vragen van het lid Kathmann (GL-PvdA) aan de staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties over afhankelijkheid van Amerikaanse techbedrijven (ingezonden 23 mei 2025)',
    fixes: {
      nl: 'Een ontbrekende adressaat vult u zelf in (alleen u weet aan wie de vragen gericht zijn); een verschreven vaste vorm wordt hersteld (‘van het lid’, ‘staatssecretaris van’).',
      en: 'A missing addressee is yours to fill in (only you know who the questions are for); a slip in the fixed form is mended (‘van het lid’, ‘staatssecretaris van’).',
    },
  },
  check(ctx) {
    const { draft } = ctx;
    if (draft.adressaat) {
      for (const r of formulaSlips(draft)) ctx.report(r);
      return;
    }
    const header = partsOf(draft, 'header')[0];
    // The title block of the open data ("Kamervraag 2022Z11776", subject, "Ingediend …", "Indiener …") carries the
    // addressee elsewhere: it is a copy of published questions, not a draft header to complete.
    if (header && /^kamervraag\s+\d{4}Z\d+/i.test(draft.lines.masked.slice(header.start, header.end))) return;
    if (header) {
      ctx.report({
        start: header.start,
        end: header.wordsEnd,
        message: {
          nl: 'De kop noemt geen adressaat: voeg ‘aan de minister van …’ of ‘aan de staatssecretaris van …’ toe.',
          en: 'The header names no addressee: add ‘aan de minister van …’ or ‘aan de staatssecretaris van …’.',
        },
      });
      return;
    }
    const first = partsOf(draft, 'vraag')[0] ?? draft.parts[0];
    if (!first) return;
    ctx.report({
      start: first.start,
      end: first.opener?.end ?? first.wordsEnd,
      message: {
        nl: 'De kop ‘Vragen van het lid … aan de minister van … over …’ ontbreekt: zonder adressaat weet de Griffie niet naar wie de vragen gaan.',
        en: 'The header ‘Vragen van het lid … aan de minister van … over …’ is missing: without an addressee the clerk does not know where to send the questions.',
      },
    });
  },
};

/** The header's formula as the Kamer writes it: "van het lid", "de staatssecretaris van <ministerie>". */
function formulaSlips(draft: Draft): Report[] {
  const out: Report[] = [];
  const header = partsOf(draft, 'header')[0];
  const text = draft.text;
  if (header) {
    const written = text.slice(header.start, header.end);
    const lid = VAN_LID.exec(written);
    if (lid) {
      const word = lid[3]!;
      const at = header.start + lid[1]!.length + lid[2]!.length;
      const rest = written.slice(lid[0].length);
      const members = rest.slice(0, Math.max(0, rest.search(MEMBERS_END)));
      const plural = word.toLowerCase() === 'leden' || SECOND_MEMBER.test(members);
      const right = plural ? 'de leden' : 'het lid';
      out.push({
        start: header.start + lid[1]!.length - lid[1]!.trimStart().length,
        end: at + word.length,
        message: { nl: `De Kamer schrijft ‘Vragen van ${right} …’.`, en: `The Kamer writes ‘Vragen van ${right} …’.` },
        fixes: [
          {
            title: { nl: `Vervang door ‘${right}’`, en: `Replace with ‘${right}’` },
            edits: [{ start: at, end: at + word.length, newText: inCaseOf(word, right) }],
            isPreferred: true,
          },
        ],
      });
    }
  }
  const { start, end } = draft.adressaat!.span;
  for (const m of text.slice(start, end).replace(/[\r\n]/g, ' ').matchAll(TITLE_BEFORE_DEPARTMENT)) {
    const title = m[1]!;
    const at = start + m.index;
    const afterTitle = at + title.length;
    const written = text.slice(at, at + m[0].length).replace(/\s+/g, ' ').trim();
    if (m[2]) {
      const voor = afterTitle + m[2].length - 'voor'.length;
      out.push({
        start: at,
        end: voor + 'voor'.length,
        message: {
          nl: `“${written}”: vóór de naam van een ministerie schrijft de Kamer ‘${title.toLowerCase()} van’; ‘voor’ staat bij een minister zonder eigen ministerie (‘minister voor Klimaat en Energie’).`,
          en: `“${written}”: before the name of a ministry the Kamer writes ‘${title.toLowerCase()} van’; ‘voor’ is for a minister without a ministry of his own (‘minister voor Klimaat en Energie’).`,
        },
        fixes: [{ title: { nl: 'Vervang door ‘van’', en: 'Replace with ‘van’' }, edits: [{ start: voor, end: voor + 'voor'.length, newText: inCaseOf(title, 'van') }], isPreferred: true }],
      });
    } else {
      out.push({
        start: at,
        end: afterTitle,
        message: { nl: `De Kamer schrijft ‘${title} van …’.`, en: `The Kamer writes ‘${title} van …’.` },
        fixes: [{ title: { nl: 'Voeg ‘van’ in', en: 'Insert ‘van’' }, edits: [{ start: afterTitle, end: afterTitle, newText: ` ${inCaseOf(title, 'van')}` }], isPreferred: true }],
      });
    }
  }
  return out;
}

/** Words inserted into a header written in capitals are capitals too ("VRAGEN VAN HET LID"). */
function inCaseOf(written: string, words: string): string {
  return written.length > 1 && written === written.toUpperCase() ? words.toUpperCase() : words;
}
