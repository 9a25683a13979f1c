import { isMap, isScalar, isSeq, type Node as YamlNode } from 'yaml';
import { isSlug } from '../corpus/types';
import { parseYaml, rangeOf } from '../data/yaml';
import type { DataProblem } from '../types';

/**
 * The domain synonym and abbreviation lexicon (`lexicon/synonyms.yaml`) as data. Each group lists words and phrases
 * that mean the same thing for matching (AI ↔ kunstmatige intelligentie, NIS2 ↔ Cyberbeveiligingswet); a match on
 * any of them adds the group's concept term, in both directions. The loader takes the YAML text and returns the
 * value plus problems with positions; it never throws.
 */

export interface SynonymGroup {
  /** Kebab-case id; the concept term is `=<id>`. */
  id: string;
  /** Words and phrases as written (case matters only for acronyms that are also function words: OM ≠ om). */
  terms: string[];
  /** Why these belong together (shown to maintainers; required so every group is argued). */
  note: string;
  /** 0-based line of the group in the file. */
  line: number;
}

export interface Lexicon {
  groups: SynonymGroup[];
}

export const emptyLexicon: Lexicon = { groups: [] };

export interface LexiconResult {
  value: Lexicon;
  problems: DataProblem[];
}

const GROUP_FIELDS = new Set(['id', 'terms', 'note']);


/** Parse `synonyms.yaml`. Invalid groups are skipped and reported; the rest is returned. */
export function parseLexicon(text: string): LexiconResult {
  const { doc, reporter } = parseYaml(typeof text === 'string' ? text : '');
  const problems = reporter.problems;
  const at = (node: YamlNode | undefined | null, severity: DataProblem['severity'], code: string, nl: string, en: string) =>
    reporter.report(rangeOf(node), severity, code, nl, en);
  const groups: SynonymGroup[] = [];
  if (doc.errors.length > 0) return { value: { groups }, problems };
  const root = doc.contents;
  if (root === null || root === undefined) return { value: { groups }, problems };
  if (!isMap(root)) {
    at(root as YamlNode, 'error', 'invalid-root', 'De synoniemenlijst moet een map zijn met een lijst `groups`.', 'The lexicon must be a mapping with a `groups` list.');
    return { value: { groups }, problems };
  }
  for (const pair of root.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    if (key !== 'groups') at(pair.key as YamlNode, 'warning', 'unknown-field', `Onbekend veld \`${key}\` (verwacht: \`groups\`).`, `Unknown field \`${key}\` (expected \`groups\`).`);
  }
  const list = root.get('groups', true) as YamlNode | undefined;
  if (!isSeq(list)) {
    at(list ?? (root as YamlNode), 'error', 'missing-groups', '`groups` moet een lijst van synoniemgroepen zijn.', '`groups` must be a list of synonym groups.');
    return { value: { groups }, problems };
  }
  const ids = new Set<string>();
  const termOwner = new Map<string, string>();
  for (const item of list.items) {
    const node = item as YamlNode;
    if (!isMap(node)) {
      at(node, 'error', 'invalid-group', 'Een groep moet een map zijn met `id`, `terms` en `note`.', 'A group must be a mapping with `id`, `terms` and `note`.');
      continue;
    }
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      if (!GROUP_FIELDS.has(key)) at(pair.key as YamlNode, 'warning', 'unknown-field', `Onbekend veld \`${key}\` in een synoniemgroep.`, `Unknown field \`${key}\` in a synonym group.`);
    }
    const idNode = node.get('id', true) as YamlNode | undefined;
    const id = isScalar(idNode) ? String(idNode.value) : '';
    if (!isSlug(id)) {
      at(idNode ?? node, 'error', 'invalid-id', `Een groep heeft een \`id\` in kleine letters met koppeltekens nodig (niet \`${id}\`).`, `A group needs an \`id\` in kebab-case (got \`${id}\`).`);
      continue;
    }
    if (ids.has(id)) {
      at(idNode, 'error', 'duplicate-id', `Dubbel groeps-id \`${id}\`.`, `Duplicate group id \`${id}\`.`);
      continue;
    }
    ids.add(id);
    const noteNode = node.get('note', true) as YamlNode | undefined;
    const note = isScalar(noteNode) && typeof noteNode.value === 'string' ? noteNode.value.trim() : '';
    if (note === '') at(noteNode ?? idNode, 'warning', 'missing-note', `Groep \`${id}\` heeft geen \`note\` die zegt waarom de termen bij elkaar horen.`, `Group \`${id}\` has no \`note\` saying why its terms belong together.`);
    const termsNode = node.get('terms', true) as YamlNode | undefined;
    if (!isSeq(termsNode)) {
      at(termsNode ?? idNode, 'error', 'invalid-terms', `Groep \`${id}\` heeft \`terms\` nodig: een lijst van minstens twee woorden of woordgroepen.`, `Group \`${id}\` needs \`terms\`: a list of at least two words or phrases.`);
      continue;
    }
    const terms: string[] = [];
    for (const t of termsNode.items) {
      const tn = t as YamlNode;
      const value = isScalar(tn) && (typeof tn.value === 'string' || typeof tn.value === 'number') ? String(tn.value).trim() : '';
      if (value === '') {
        at(tn, 'error', 'invalid-term', `Een term van groep \`${id}\` moet niet-lege tekst zijn.`, `A term of group \`${id}\` must be a non-empty string.`);
        continue;
      }
      const norm = value.toLowerCase().replace(/\s+/g, ' ');
      const owner = termOwner.get(norm);
      if (owner === id) {
        at(tn, 'warning', 'duplicate-term', `\`${value}\` staat twee keer in groep \`${id}\`.`, `\`${value}\` is listed twice in group \`${id}\`.`);
        continue;
      }
      if (owner !== undefined) at(tn, 'warning', 'duplicate-term', `\`${value}\` staat ook in groep \`${owner}\`; beide begrippen worden toegevoegd.`, `\`${value}\` is also in group \`${owner}\`; it will add both concepts.`);
      else termOwner.set(norm, id);
      terms.push(value);
    }
    if (terms.length < 2) {
      at(termsNode, 'error', 'invalid-terms', `Groep \`${id}\` heeft minstens twee termen nodig.`, `Group \`${id}\` needs at least two terms to be a synonym group.`);
      continue;
    }
    const line = idNode?.range ? reporter.pos(idNode.range[0]).line : 0;
    groups.push({ id, terms, note, line });
  }
  return { value: { groups }, problems: reporter.sorted() };
}
