/**
 * Reading the fields of one YAML map with typed readers that report every problem at its node. Used by the corpus
 * loader; an `EntryReader` remembers whether an error was reported, so the entry can be skipped.
 */

import type { Node, YAMLMap } from 'yaml';
import { isSlug } from '../corpus/types';
import { fieldsOf, isIsoDate, rangeOf, suggest, valueOf } from './yamlNodes';
import type { Field, Range, Reporter, Value } from './yamlNodes';



/** Dutch (and a few English) names people are likely to type, mapped to the real field. */
export const FIELD_ALIASES: Record<string, string> = {
  tekst: 'text', titel: 'title', datum: 'date', soort: 'kind', partijen: 'parties', taal: 'language',
  volledig: 'complete', compleet: 'complete', vervangt: 'replaces', vervangendoor: 'replacedBy',
  gepubliceerd: 'published', bron: 'source', herkomst: 'source', toezeggingen: 'commitments',
  afspraken: 'commitments', hoofdstuk: 'chapter', paragraaf: 'section', subparagraaf: 'subsection',
  alinea: 'paragraph', pagina: 'page', blz: 'page', thema: 'theme', onderwerp: 'theme', labels: 'tags',
  ministerie: 'ministry', ministeries: 'ministry', ministries: 'ministry', hardheid: 'firmness',
  stelligheid: 'firmness', stevigheid: 'firmness', termijn: 'deadline', bedrag: 'amount',
  opmerking: 'note', notitie: 'note', toelichting: 'note', fragmenten: 'fragments', soortpassage: 'kind',
  geverifieerd: 'verified', document: 'document', geciteerdin: 'quotedIn', citaten: 'quotedIn',
  publicatie: 'publication', bronnaam: 'publication', fragment: 'excerpt', commitment: 'commitments',
  tag: 'tags', verkortetitel: 'shortTitle', korttitel: 'shortTitle',
};

export type FieldSet = readonly string[];

/** Reads the fields of one map against an allowed set; unknown keys are warnings with a suggestion. */
export function readFields(
  map: YAMLMap,
  allowed: FieldSet,
  rep: Reporter,
  what: { nl: string; en: string },
): Map<string, Field> {
  const out = new Map<string, Field>();
  for (const f of fieldsOf(map, rep)) {
    if (allowed.includes(f.key)) {
      out.set(f.key, f);
      continue;
    }
    const s = suggest(f.key, allowed, FIELD_ALIASES);
    const hintNl = s !== undefined ? `: bedoelde u "${s}"?` : ` in ${what.nl}.`;
    const hintEn = s !== undefined ? `: did you mean "${s}"?` : ` in ${what.en}.`;
    rep.warning(f.keyRange, 'unknown-field', `Onbekend veld "${f.key}"${hintNl}`, `Unknown field "${f.key}"${hintEn}`);
  }
  return out;
}

/** Per-entry reading state: whether an error was reported while reading it. */
export class EntryReader {
  failed = false;
  constructor(
    readonly rep: Reporter,
    readonly text: string,
  ) {}

  error(range: Range, code: string, nl: string, en: string): void {
    this.failed = true;
    this.rep.error(range, code, nl, en);
  }

  warning(range: Range, code: string, nl: string, en: string): void {
    this.rep.warning(range, code, nl, en);
  }

  private readonly values = new Map<Field, Value>();

  /** The field's value, classified once (an alias is reported once and then reads as missing). */
  value(f: Field | undefined): Value {
    if (!f) return { kind: 'missing' };
    const cached = this.values.get(f);
    if (cached) return cached;
    let v = valueOf(f.value, this.text);
    if (v.kind === 'alias') {
      this.error(rangeOf(v.node), 'alias-not-supported', `Aliassen (*naam) worden niet ondersteund in "${f.key}".`, `Aliases (*name) are not supported in "${f.key}".`);
      v = { kind: 'missing' };
    }
    this.values.set(f, v);
    return v;
  }

  wrongType(f: Field, node: Node | null, nl: string, en: string): void {
    this.error(node ? rangeOf(node) : f.keyRange, 'wrong-type', `"${f.key}" moet ${nl} zijn.`, `"${f.key}" must be ${en}.`);
  }

  /** A text value; numbers and booleans are read as written. */
  string(f: Field | undefined): string | undefined {
    if (!f) return undefined;
    const v = this.value(f);
    if (v.kind === 'missing') return undefined;
    if (v.kind === 'scalar') {
      if (typeof v.value === 'string') return v.value;
      if (typeof v.value === 'number' || typeof v.value === 'boolean') return v.source.trim();
    }
    this.wrongType(f, f.value, 'tekst', 'a string');
    return undefined;
  }

  /** Required, non-empty text. `where` is the range to report a missing value at. */
  requiredString(fields: Map<string, Field>, key: string, where: Range): string | undefined {
    const f = fields.get(key);
    if (!f) {
      this.error(where, 'missing-field', `Verplicht veld "${key}" ontbreekt.`, `Required field "${key}" is missing.`);
      return undefined;
    }
    const present = this.value(f).kind !== 'missing';
    const s = this.string(f);
    if (present && s === undefined) return undefined; // wrong type, already reported
    if (s === undefined || s.trim() === '') {
      const r = f.value?.range && f.value.range[1] > f.value.range[0] ? rangeOf(f.value) : f.keyRange;
      this.error(r, 'missing-field', `Verplicht veld "${key}" is leeg.`, `Required field "${key}" is empty.`);
      return undefined;
    }
    return s;
  }

  slug(f: Field | undefined): string | undefined {
    const s = this.string(f);
    if (s === undefined || !f) return undefined;
    if (!isSlug(s)) {
      this.error(rangeOf(f.value), 'invalid-slug', `"${s}" is geen geldige id: gebruik kleine letters, cijfers en koppeltekens (bijv. "nederlandse-digitale-dienst").`, `"${s}" is not a valid id: use lower-case letters, digits and hyphens (e.g. "nederlandse-digitale-dienst").`);
      return undefined;
    }
    return s;
  }

  positiveInt(f: Field | undefined): number | undefined {
    if (!f) return undefined;
    const v = this.value(f);
    if (v.kind === 'missing') return undefined;
    if (v.kind === 'scalar' && typeof v.value === 'number' && Number.isInteger(v.value) && v.value >= 1) return v.value;
    this.wrongType(f, f.value, 'een positief geheel getal', 'a positive integer');
    return undefined;
  }

  bool(f: Field | undefined): boolean | undefined {
    if (!f) return undefined;
    const v = this.value(f);
    if (v.kind === 'missing') return undefined;
    if (v.kind === 'scalar' && typeof v.value === 'boolean') return v.value;
    this.wrongType(f, f.value, 'true of false', 'true or false');
    return undefined;
  }

  date(f: Field | undefined): string | undefined {
    if (!f) return undefined;
    const v = this.value(f);
    if (v.kind === 'missing') return undefined;
    let s: string | undefined;
    if (v.kind === 'scalar') {
      if (v.value instanceof Date && !Number.isNaN(v.value.getTime())) s = v.value.toISOString().slice(0, 10);
      else if (typeof v.value === 'string') s = v.value.trim();
      else if (typeof v.value === 'number') s = v.source.trim();
    }
    if (s !== undefined && isIsoDate(s)) return s;
    this.error(rangeOf(f.value), 'bad-date', `Ongeldige datum "${v.kind === 'scalar' ? v.source : ''}": gebruik JJJJ-MM-DD (of JJJJ-MM, JJJJ).`, `Invalid date "${v.kind === 'scalar' ? v.source : ''}": use YYYY-MM-DD (or YYYY-MM, YYYY).`);
    return undefined;
  }

  /** A list of strings; a single string is accepted as a list of one. */
  stringList(f: Field | undefined, each?: (s: string, node: Node) => string | undefined): string[] | undefined {
    if (!f) return undefined;
    const v = this.value(f);
    if (v.kind === 'missing') return [];
    const nodes: Node[] = v.kind === 'seq' ? (v.node.items as Node[]) : v.kind === 'scalar' ? [v.node] : [];
    if (v.kind !== 'seq' && v.kind !== 'scalar') {
      this.wrongType(f, f.value, 'een lijst met teksten', 'a list of strings');
      return undefined;
    }
    const out: string[] = [];
    for (const n of nodes) {
      const item = valueOf(n, this.text);
      if (item.kind === 'scalar' && (typeof item.value === 'string' || typeof item.value === 'number')) {
        const s = typeof item.value === 'string' ? item.value : item.source.trim();
        const checked = each ? each(s, n) : s;
        if (checked !== undefined) out.push(checked);
      } else if (item.kind !== 'missing') {
        this.error(rangeOf(n), 'wrong-type', `Elk item van "${f.key}" moet tekst zijn.`, `Every item of "${f.key}" must be a string.`);
      }
    }
    return out;
  }

  enumValue<T extends string>(f: Field | undefined, values: readonly T[], code: string, label: { nl: string; en: string }): T | undefined {
    const s = this.string(f);
    if (s === undefined || !f) return undefined;
    if ((values as readonly string[]).includes(s)) return s as T;
    const sug = suggest(s, values);
    const list = values.join(', ');
    this.error(
      rangeOf(f.value),
      code,
      `Onbekende ${label.nl} "${s}"${sug ? `: bedoelde u "${sug}"?` : '.'} Toegestaan: ${list}.`,
      `Unknown ${label.en} "${s}"${sug ? `: did you mean "${sug}"?` : '.'} Allowed: ${list}.`,
    );
    return undefined;
  }
}
