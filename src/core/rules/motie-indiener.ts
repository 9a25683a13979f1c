import type { Draft, Part } from '../draft/types';
import { distance } from '../text/distance';
import { titleWith } from './fixTitle';
import type { FixSpec, Report, Rule } from './types';
import { doubledSignatures, kopMembers, kopWords, rosterReports } from './motie-leden';
import { replacedNumber } from './motie-vervanging';
import { signatureLines } from '../draft/signatures';
import { blockInsertAfter, isAllCaps, oneLine, partsOf, sameCase, trimEndMarks } from './util';

/** How far a name in the kop may be from a signature's and still mean it: one letter for a short name, two for a longer one. */
const slipFor = (name: string) => (name.length >= 7 ? 2 : 1);
/** An initial ("J. de Jong"): a namesake told apart, left alone. */
const INITIAL = /(?:^|\s)\p{L}\./u;

export const motieIndiener: Rule = {
  id: 'motie-indiener',
  kinds: ['motie'],
  defaultSeverity: 'warning',
  title: { nl: 'Kop en ondertekening', en: 'Heading and signature' },
  docs: {
    summary: {
      nl: 'De kop (‘Motie van het lid Boulakjar c.s.’) noemt de leden die de motie ondertekenen, gespeld als in de ondertekening, een motie met haar slot heeft een ondertekening en een gewijzigde motie noemt het nummer van de motie die zij vervangt.',
      en: 'The heading (‘Motie van het lid Boulakjar c.s.’) names the members who sign the motie, spelled as in the signature, a motie with its closing line has a signature, and a gewijzigde motie names the number of the motie it replaces.',
    },
    rationale: {
      nl:
        'De kop en de ondertekening van een motie noemen dezelfde leden, en beide worden zo gepubliceerd; een verschrijving in de kop ' +
        '(‘MOTIE VAN HET LID BOULKAJAR’ onder een motie van Boulakjar, ‘KRÓGER’ voor Kröger) staat dan voorgoed in het Kamerstuk. De regel ' +
        'meldt een naam in de kop die geen ondertekenaar heeft, terwijl één ondertekening er op één of twee letters na (ook een accent) mee ' +
        'eindigt (bij een korte naam: één letter). Zoals de Griffie een motie leest voordat die wordt ingediend, meldt de regel ook: een lid ' +
        'in de kop dat niet tekent (‘Motie van de leden De Hoop en Bikker’, getekend De Hoop) en een naam die twee keer tekent; en, als informatie, ' +
        'ondertekenaars die de kop niet noemt zonder ‘c.s.’ (‘Motie van het lid Kathmann’ onder drie namen), ‘c.s.’ zonder ' +
        'medeondertekenaar (die zet de Griffie recht; gepubliceerde moties hebben ze allebei) en een eerste ondertekenaar die niet het ' +
        'eerste lid van de kop is (de indiener tekent bovenaan). Namen worden vergeleken ' +
        'zonder hoofdletters en voorletters (‘R.M. de Vries’ is De Vries; ‘J. de Jong’ wordt niet voor een verschrijving van een naamgenoot ' +
        'gehouden); een voornaam in de ondertekening mag (‘Inge van Dijk’ tekent voor ‘Van Dijk’), maar ‘Dijkstra’ tekent niet voor ‘Six ' +
        'Dijkstra’. Namen op één regel tellen gescheiden door een komma of ‘en’; een regel die geen naam is (‘Ondersteund door …’) telt ' +
        'niet, en namen met alleen spaties ertussen worden niet geteld. De titel van het dossier boven de motie blijft ongemoeid. Een gewijzigde ' +
        'motie (ook ‘Tweede’ of ‘Nader gewijzigde motie’) noemt in de kop de motie die zij vervangt, met haar nummer (‘ter vervanging van die ' +
        'gedrukt onder nr. 31’); de regel meldt een kop zonder die woorden of zonder het nummer. Een kop die ‘lid’ overslaat ' +
        '(‘MOTIE VAN HET KRUL C.S.’) krijgt het ingevoegd; ‘van de’ blijft staan, want dat kan het begin van een naam zijn (‘Motie van de ' +
        'Jong’).',
      en:
        'The heading and the signature of a motie name the same members, and both are published as they are; a slip in the heading ' +
        '(‘MOTIE VAN HET LID BOULKAJAR’ above a motie by Boulakjar, ‘KRÓGER’ for Kröger) stays in the Kamerstuk for good. The rule flags ' +
        'a name in the heading that no signature has, while exactly one signature ends in it but for one or two letters (an accent too) ' +
        '(for a short name: one letter). As the Griffie reads a motie before it is tabled, the rule also flags: a member in the heading who ' +
        'does not sign (‘Motie van de leden De Hoop en Bikker’, signed De Hoop) and a name that signs twice; and, as information, signers the ' +
        'heading does not name without ‘c.s.’ (‘Motie van het lid Kathmann’ above three names), ‘c.s.’ without a co-signer (the Griffie ' +
        'sets those right; published moties have both) and a first signer who is not the heading’s first member (the member tabling it ' +
        'signs at the top). Names are compared without capitals and ' +
        'initials (‘R.M. de Vries’ is De Vries; ‘J. de Jong’ is not taken for a slip of a namesake); a first name in the signature is fine ' +
        '(‘Inge van Dijk’ signs for ‘Van Dijk’), but ‘Dijkstra’ does not sign for ‘Six Dijkstra’. Names on one line count when a comma or ' +
        '‘en’ separates them; a line that is no name (‘Ondersteund door …’) does not count, and names with only spaces between them are ' +
        'not counted. The title of the dossier above the motie is left alone. A gewijzigde ' +
        'motie (also ‘Tweede’ or ‘Nader gewijzigde motie’) names in its heading the motie it replaces, with its number (‘ter vervanging van ' +
        'die gedrukt onder nr. 31’); the rule flags a heading without those words or without the number. A heading that skips ‘lid’ ' +
        '(‘MOTIE VAN HET KRUL C.S.’) gets it inserted; ‘van de’ is left alone, since it may begin a name (‘Motie van de Jong’).',
    },
    bad: 'Motie van het lid Boulkajar over studentenwoningen\n\nDe Kamer,\n\ngehoord de beraadslaging,\n\nverzoekt de regering vóór 1 juli 2027 kantoren om te bouwen tot studentenwoningen,\n\nen gaat over tot de orde van de dag.\n\nBoulakjar',
    good: 'Motie van het lid Boulakjar over studentenwoningen\n\nDe Kamer,\n\ngehoord de beraadslaging,\n\nverzoekt de regering vóór 1 juli 2027 kantoren om te bouwen tot studentenwoningen,\n\nen gaat over tot de orde van de dag.\n\nBoulakjar',
    fixes: {
      nl: 'Schrijft de naam in de kop zoals in de ondertekening (in hoofdletters als de kop die heeft); naar keuze de ondertekening zoals de kop, als die de vergissing is. Zonder ondertekening: zet de leden die de kop noemt onder het slot. Zet ‘c.s.’ achter het lid van de kop als anderen meetekenen (bij ‘de leden …’ naar keuze ‘het lid … c.s.’) en haalt een naam die twee keer tekent de tweede keer weg. Voegt ‘lid’ in een kop zonder in.',
      en: 'Writes the name in the heading as in the signature (in capitals if the heading has them); or, as you choose, the signature as the heading, when that is the slip. Without a signature: puts the members the heading names under the closing line. Adds ‘c.s.’ after the heading’s member when others sign too (for ‘de leden …’, as you choose, ‘het lid … c.s.’) and takes out the second of a name signed twice. Inserts ‘lid’ in a heading without it.',
    },
  },
  check(ctx) {
    const { draft } = ctx;
    for (const r of replacedNumber(draft)) ctx.report(r);
    for (const kop of partsOf(draft, 'kop')) {
      const r = missingLid(draft, kop);
      if (r) ctx.report(r);
    }
    const signed = signaturesOf(draft);
    if (signed.length === 0) {
      unsigned(ctx);
      return;
    }
    for (const r of doubledSignatures(draft)) ctx.report(r);
    // The kop may be several lines (the dossier, "Nr. 57 MOTIE VAN …", "Voorgesteld …"): the one that names the members.
    for (const kop of partsOf(draft, 'kop')) {
      const found = nameSlips(draft, kop, signed);
      if (!found) continue;
      for (const r of found) ctx.report(r);
      for (const r of rosterReports(draft, kop, new Set(found.map((r) => r.start)), ctx.severity)) ctx.report(r);
      return;
    }
  },
};

/**
 * A motie closed with its slot and no name under it: it cannot be submitted, and the export sent it out so (a staffer's
 * trial). Only once the slot is there: a motie still being written has no names yet. The fix writes the members the kop
 * names under the slot, one per line, as the Kamer publishes them.
 */
function unsigned(ctx: Parameters<Rule['check']>[0]): void {
  const { draft } = ctx;
  const slot = partsOf(draft, 'slot').at(-1);
  if (!slot || draft.parts.some((p) => p.start > slot.start && p.kind !== 'indiener')) return;
  const members = partsOf(draft, 'kop')
    .map((p) => kopMembers(draft, p)?.members)
    .find((m) => m !== undefined);
  // A kop in capitals does not say how a name is written ("VAN DER LEE"): no names then.
  const names = members && !isAllCaps(members.map((m) => m.written).join('')) ? members.map((m) => trimEndMarks(m.written)).filter((n) => n !== '') : [];
  ctx.report({
    start: slot.start,
    end: slot.wordsEnd,
    message: {
      nl: 'Onder de motie staat geen naam: zet de indiener(s) onder het slot, elk op een eigen regel.',
      en: 'No name stands under the motie: put the member(s) tabling it under the closing line, each on a line of its own.',
    },
    fixes:
      names.length > 0
        ? // Each a paragraph of its own: names on lines of one paragraph show as one line (a reviewer). After "c.s." the
          // co-signers are the member's to add.
          [{ title: { nl: titleWith((list) => `Zet ${list} eronder`, names.join(', '), ', '), en: titleWith((list) => `Put ${list} under it`, names.join(', '), ', ') }, edits: [blockInsertAfter(draft.text, slot.end, names.join('\n\n'))], isPreferred: true }]
        : [],
  });
}

/** A signature as written, and where its name ends in the text (for the fix that writes it as the kop does). */
interface Signature {
  name: string;
  /** Where the signature's last word ends: a fix replaces its ending up to here. */
  end: number;
}

/**
 * The signatures as whole lines (a block of names without blank lines is several), without a mark at the end
 * ("Grinwis,"): the slip check reads a line's ending, whatever else the line holds.
 */
function signaturesOf(draft: Draft): Signature[] {
  return signatureLines(draft)
    .map((line) => ({ name: trimEndMarks(line.text).normalize('NFC'), end: line.end }))
    .filter((s) => s.name !== '');
}

/** Every name in the kop part that is a slip of one signature's ending; undefined when the part names no members. */
function nameSlips(draft: Draft, kop: Part, signatures: Signature[]): Report[] | undefined {
  const signed = signatures.map((s) => s.name);
  const text = draft.text;
  const found = kopMembers(draft, kop);
  if (!found) return undefined;
  const out: Report[] = [];
  const names = found.members.map((m) => m.written.normalize('NFC'));
  const taken = new Set<string>();
  found.members.forEach((member) => {
    const name = member.written;
    if (name.length < 3) return;
    const compared = name.normalize('NFC');
    const signature = signatureFor(compared, signed, names.filter((n) => n !== compared));
    if (!signature || taken.has(signature)) return;
    taken.add(signature);
    // "Van Dyk" signed "Inge van Dijk": without a first name before it the tussenvoegsel keeps its capital.
    const shown = sameCase(name, signature);
    const start = member.start;
    out.push({
      start,
      end: start + name.length,
      message: {
        nl: `De kop noemt ‘${oneLine(name)}’, de ondertekening ‘${signature}’.`,
        en: `The heading names ‘${oneLine(name)}’, the signature ‘${signature}’.`,
      },
      fixes: [
        { title: { nl: `Vervang door ‘${shown}’`, en: `Replace with ‘${shown}’` }, edits: [{ start, end: start + name.length, newText: shown }], isPreferred: true },
        // The kop is the slip in the published cases, but a signature may be (a user's trial: "Bakkr" under "Bakker").
        ...signatureFix(text, signatures, signature, oneLine(name)),
      ],
    });
  });
  return out;
}

/** The fix that writes the signature's ending as the kop has it ("Bakkr" → "Bakker"; "Inge van Dyk" → "Inge van Dijk"). */
function signatureFix(text: string, signatures: Signature[], ending: string, name: string): FixSpec[] {
  const signer = signatures.find((s) => s.name === ending || s.name.endsWith(` ${ending}`));
  const start = signer ? signer.end - ending.length : 0;
  // Only where the ending stands as compared (not in another Unicode form, not with doubled spaces), and not from a kop in
  // capitals (its case says nothing of the name's).
  if (!signer || text.slice(start, signer.end) !== ending || isAllCaps(name)) return [];
  const written = /^\p{Ll}/u.test(ending) ? name.charAt(0).toLowerCase() + name.slice(1) : name;
  return [{ title: { nl: `Vervang in de ondertekening ‘${ending}’ door ‘${written}’`, en: `Replace ‘${ending}’ in the signature with ‘${written}’` }, edits: [{ start, end: signer.end, newText: written }] }];
}

/** The signature's ending a kop name is a slip of: none when a signature ends in it, or when not exactly one is near. */
function signatureFor(name: string, signed: string[], others: readonly string[]): string | undefined {
  const lower = name.toLowerCase();
  if (INITIAL.test(name) || signed.some((s) => endsWithWord(s.toLowerCase(), lower))) return undefined;
  // A signer the kop names already is not this name too ("Motie van de leden Bikker en Becker", signed Bikker).
  const free = signed.filter((s) => !others.some((o) => endsWithWord(s.toLowerCase(), o.toLowerCase())));
  const near = free.map((s) => endingLike(s, lower)).filter((e): e is string => e !== undefined);
  return near.length === 1 ? near[0] : undefined;
}

function endsWithWord(signature: string, name: string): boolean {
  return signature === name || signature.endsWith(` ${name}`);
}

/** The words at the end of a signature, as many as the kop name has, when they are a slip or two from it. */
function endingLike(signature: string, lower: string): string | undefined {
  const words = signature.split(' ');
  const ending = words.slice(-lower.split(' ').length).join(' ');
  const d = distance(ending.toLowerCase(), lower, 2);
  return d > 0 && d <= slipFor(lower) && lower.length >= 4 ? ending : undefined;
}

/**
 * "MOTIE VAN HET KRUL C.S." (kst-27625-611): "van het" before a member's name without "lid". Not "van de", which may be
 * the start of a name ("Motie van de Jong"), nor a body that tables a motie of its own ("van het Presidium").
 */
const MISSING_LID = /\bmotie\s+(van\s+het)\s+(?!lid\b|presidium\b|kabinet\b)(\S)/iu;

function missingLid(draft: Draft, kop: Part): Report | undefined {
  const m = MISSING_LID.exec(kopWords(draft, kop));
  if (!m || !/\p{Lu}/u.test(m[2]!)) return undefined;
  const start = kop.start + m.index + m[0].indexOf(m[1]!);
  const end = start + m[1]!.length;
  const said = oneLine(m[1]!);
  const lid = /\p{Ll}/u.test(said) ? 'lid' : 'LID';
  return {
    start,
    end,
    message: { nl: `De kop mist ‘${lid}’: ‘${said} ${lid} …’.`, en: `The heading lacks ‘${lid}’ (member): ‘${said} ${lid} …’.` },
    fixes: [{ title: { nl: `Voeg ‘${lid}’ in`, en: `Insert ‘${lid}’` }, edits: [{ start: end, end, newText: ` ${lid}` }], isPreferred: true }],
  };
}
