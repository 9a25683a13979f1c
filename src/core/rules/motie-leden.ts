import type { Draft, Part } from '../draft/types';
import { lowerSeverity, type Severity } from '../types';
import type { FixSpec, Report } from './types';
import { signatureLines } from '../draft/signatures';
import { isAllCaps, lineWithBreakBefore, oneLine, sameCase } from './util';

/*
 * The members the motie's kop names against those who sign it, as a clerk of the Griffie reads them before the motie is
 * tabled (a staffer's trial): a member of the kop who does not sign, signers the kop leaves out without "c.s.", "c.s."
 * without a co-signer, another first signer than the kop's first member, and a name signed twice. Part of
 * `motie-indiener`.
 */

/**
 * The kop's formula, its members and its "c.s.": up to "over", "ter vervanging van die gedrukt onder nr. …", a bracket
 * ("Kathmann c.s. (t.v.v. nr. 995)") or the end of the line.
 */
const KOP = /\bmotie\s+van\s+(het\s+lid|de\s+leden)\s+([^\n(]+?)(\s+c\.\s?s\b\.?)?(?=\s+over\s|\s+ter\s+vervanging\b|\s*\(|\s*$)/imu;
/** How much of a kop line is read, and how many names at most (a kop is one short line). */
const KOP_REACH = 400;
const MAX_NAMES = 30;

/** A name in the kop or under the motie, and its key: without initials, in lower case, single spaces. */
interface Name {
  written: string;
  key: string;
  start: number;
  end: number;
}

/** A signature, and whether it stands alone on its line (a fix may take the line out). */
interface Signer extends Name {
  alone: boolean;
}

/** "R.M. de Vries" is compared as "de vries"; "Van Baarle" as "van baarle". */
function keyOf(name: string): string {
  return name
    .normalize('NFC')
    .replace(/(?:\p{Lu}\.\s*)+(?=\p{L})/gu, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** The signature holds the name as whole words: "Inge van Dijk" holds "van Dijk", "Six Dijkstra" holds "Dijkstra" (not the other way). */
function holds(signature: string, name: string): boolean {
  return ` ${signature} `.includes(` ${name} `);
}

/**
 * The names under the motie (the draft model's `signatureLines`), each with its key; one that stands alone on its line
 * may be taken out with the line.
 */
function signersOf(draft: Draft): Signer[] {
  return signatureLines(draft).flatMap((line) => line.names.map((n) => ({ written: n.written, key: keyOf(n.written), start: n.start, end: n.end, alone: line.names.length === 1 })));
}

/** The kop's members as written, with where each stands; undefined when this part names none. */
/** The words of a kop part as written, as far as a kop is read (`KOP_REACH`): the line that names the members. */
export function kopWords(draft: Draft, kop: Part): string {
  return draft.text.slice(kop.start, Math.min(kop.end, kop.start + KOP_REACH));
}

export function kopMembers(draft: Draft, kop: Part): { members: Name[]; plural: boolean; form: { start: number; end: number }; cs?: { start: number; end: number } } | undefined {
  const written = kopWords(draft, kop);
  const m = KOP.exec(written);
  if (!m) return undefined;
  const members: Name[] = [];
  let at = kop.start + m.index + m[0].length - (m[3]?.length ?? 0) - m[2]!.length;
  for (const piece of m[2]!.split(/(\s*,\s*|\s+en\s+)/iu)) {
    const name = piece.trim();
    const start = at + piece.indexOf(name);
    at += piece.length;
    if (name.length < 2 || /^(?:,|en)$/iu.test(name)) continue;
    members.push({ written: name, key: keyOf(name), start, end: start + name.length });
  }
  if (members.length === 0 || members.length > MAX_NAMES) return undefined;
  const base = kop.start + m.index;
  const csStart = base + m[0].length - (m[3]?.length ?? 0);
  return {
    members,
    plural: /leden/iu.test(m[1]!),
    form: { start: base + m[0].search(/het\s+lid|de\s+leden/iu), end: members.at(-1)!.end },
    ...(m[3] ? { cs: { start: csStart + m[3].length - m[3].trimStart().length, end: csStart + m[3].length } } : {}),
  };
}

/** A name signed twice ("Kathmann" under and above "Van Baarle"): the second is taken out with its line. */
export function doubledSignatures(draft: Draft): Report[] {
  const signers = signersOf(draft);
  const out: Report[] = [];
  const seen = new Set<string>();
  for (const s of signers) {
    // As written, initials kept: "A. Mulder" and "E. Mulder" are two members (a reviewer: the fix took one out).
    const written = s.written.replace(/\s+/g, ' ').toLowerCase();
    if (!seen.has(written)) {
      seen.add(written);
      continue;
    }
    // Its whole line, party and title with it ("Kathmann (GL-PvdA)": the party stayed behind on the line above; a reviewer).
    const line = s.alone ? lineWithBreakBefore(draft.text, s) : undefined;
    out.push({
      start: s.start,
      end: s.end,
      message: { nl: `‘${s.written}’ tekent de motie twee keer.`, en: `‘${s.written}’ signs the motie twice.` },
      fixes: line ? [{ title: { nl: `Haal de tweede ‘${s.written}’ weg`, en: `Take out the second ‘${s.written}’` }, edits: [{ ...line, newText: '' }], isPreferred: true }] : [],
    });
  }
  return out;
}


/**
 * The kop's members against the signatures. `slipped`: the members `motie-indiener` already reports as a slip of a
 * signature ("Boulkajar" signed Boulakjar); the counts and the order are not read then.
 */
export function rosterReports(draft: Draft, kop: Part, slipped: ReadonlySet<number>, severity: Severity): Report[] {
  const found = kopMembers(draft, kop);
  const signers = signersOf(draft);
  if (!found || signers.length === 0) return [];
  const { members } = found;
  // "MOTIE VAN DE LEDEN THIJSSEN BROMET" (published without "en"): a name that holds two signers or more is theirs (one
  // does not do: "Six Dijkstra" is not signed by "Dijkstra").
  const gluedNames = new Set(members.filter((m) => signers.filter((s) => holds(m.key, s.key)).length >= 2));
  const glued = (m: Name) => gluedNames.has(m);
  const signs = (m: Name) => glued(m) || signers.some((s) => holds(s.key, m.key));
  const missing = members.filter((m) => !slipped.has(m.start) && !signs(m));
  if (missing.length > 0) return missing.map(notSigning);
  if (members.some((m) => slipped.has(m.start))) return [];
  const named = (s: Signer) => members.some((m) => holds(s.key, m.key) || (glued(m) && holds(m.key, s.key)));
  const others = signers.filter((s) => !named(s));
  const out: Report[] = [];
  // "c.s." is the Griffie's to set right when it prints the motie, and published moties carry both slips (kst-36100-5
  // "LID HEINEN" under twelve names, kst-34000-XII-28 "DE ROUWE C.S." signed De Rouwe alone): information, not a warning.
  const lower = lowerSeverity(severity);
  if (found.cs && others.length === 0 && signers.every((s) => members.some((m) => m.key === s.key))) out.push({ ...csAlone(found.cs, signers), severity: lower });
  if (!found.cs && others.length > 0) out.push({ ...unnamedSigners(draft, found, others), severity: lower });
  const first = members[0]!;
  if (!holds(signers[0]!.key, first.key) && !holds(first.key, signers[0]!.key)) {
    out.push({
      start: first.start,
      end: first.end,
      severity: lower,
      message: {
        nl: `De kop noemt ‘${oneLine(first.written)}’ als eerste, maar ‘${signers[0]!.written}’ tekent bovenaan: de eerste ondertekenaar is de indiener.`,
        en: `The heading names ‘${oneLine(first.written)}’ first, but ‘${signers[0]!.written}’ signs at the top: the first signer is the one tabling the motie.`,
      },
    });
  }
  return out;
}

function notSigning(m: Name): Report {
  const name = oneLine(m.written);
  return {
    start: m.start,
    end: m.end,
    message: {
      nl: `‘${name}’ staat in de kop, maar tekent de motie niet: zet de naam onder de motie of haal hem uit de kop.`,
      en: `‘${name}’ is in the heading but does not sign the motie: put the name under the motie or take it out of the heading.`,
    },
  };
}

function csAlone(cs: { start: number; end: number }, signers: Signer[]): Report {
  const who = signers.map((s) => s.written).join(', ');
  return {
    ...cs,
    message: {
      nl: `‘c.s.’ betekent ‘met medeondertekenaars’, maar alleen ${who} ${signers.length === 1 ? 'tekent' : 'tekenen'}: zet de medeondertekenaars onder de motie of haal ‘c.s.’ weg.`,
      en: `‘c.s.’ means ‘with co-signers’, but only ${who} ${signers.length === 1 ? 'signs' : 'sign'}: put the co-signers under the motie or take out ‘c.s.’.`,
    },
  };
}

/**
 * Signers the kop does not name, and no "c.s.": "Motie van het lid Kathmann" takes "c.s." (certain); "Motie van de leden
 * Kathmann en Van Baarle" under four names is "het lid Kathmann c.s." or all four by name (the member's choice).
 */
function unnamedSigners(draft: Draft, found: NonNullable<ReturnType<typeof kopMembers>>, others: Signer[]): Report {
  const { members } = found;
  const first = members[0]!;
  const last = members.at(-1)!;
  const caps = isAllCaps(draft.text.slice(first.start, last.end).replace(/[^\p{L}]/gu, ''));
  const cs = caps ? ' C.S.' : ' c.s.';
  // A long list is cut short: the heading's point is made by the first few.
  const shown = others.slice(0, 3).map((s) => s.written);
  const more = others.length - shown.length;
  const also = { nl: shown.join(', ') + (more > 0 ? ` en ${more} anderen` : ''), en: shown.join(', ') + (more > 0 ? ` and ${more} others` : '') };
  const one = others.length === 1;
  let fix: FixSpec;
  if (!found.plural) {
    fix = { title: { nl: 'Voeg ‘c.s.’ toe', en: 'Add ‘c.s.’' }, edits: [{ start: last.end, end: last.end, newText: cs }], isPreferred: true };
  } else {
    const right = sameCase(draft.text.slice(found.form.start, found.form.end), `het lid ${first.written}`) + cs;
    fix = { title: { nl: `Vervang door ‘${oneLine(right.trim())}’`, en: `Replace with ‘${oneLine(right.trim())}’` }, edits: [{ start: found.form.start, end: found.form.end, newText: right }] };
  }
  const kop = oneLine(draft.text.slice(first.start, last.end));
  return {
    start: first.start,
    end: last.end,
    message: found.plural
      ? {
          nl: `Onder de motie ${one ? 'tekent' : 'tekenen'} ook ${also.nl}; de kop noemt alleen ${kop}: schrijf ‘het lid ${oneLine(first.written)} c.s.’ of noem alle ondertekenaars.`,
          en: `${also.en} ${one ? 'signs' : 'sign'} the motie too; the heading names only ${kop}: write ‘het lid ${oneLine(first.written)} c.s.’ or name all signers.`,
        }
      : {
          nl: `Onder de motie ${one ? 'tekent' : 'tekenen'} ook ${also.nl}; de kop noemt alleen ${kop}: schrijf ‘${kop}${cs}’.`,
          en: `${also.en} ${one ? 'signs' : 'sign'} the motie too; the heading names only ${kop}: write ‘${kop}${cs}’.`,
        },
    fixes: [fix],
  };
}
