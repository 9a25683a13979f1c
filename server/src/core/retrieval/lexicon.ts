import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
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
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Parse `synonyms.yaml`. Invalid groups are skipped and reported; the rest is returned. */
export function parseLexicon(text: string): LexiconResult {
  const problems: DataProblem[] = [];
  const lc = new LineCounter();
  const at = (node: YamlNode | undefined | null, severity: DataProblem['severity'], code: string, message: string) => {
    const [s, e] = node?.range ? [node.range[0], node.range[1]] : [0, 0];
    const a = lc.linePos(s);
    const b = lc.linePos(e);
    problems.push({
      line: a.line - 1,
      character: a.col - 1,
      endLine: b.line - 1,
      endCharacter: b.col - 1,
      severity,
      code,
      message,
    });
  };
  const groups: SynonymGroup[] = [];
  let doc;
  try {
    doc = parseDocument(text, { lineCounter: lc, uniqueKeys: true, prettyErrors: false });
  } catch (err) {
    at(undefined, 'error', 'yaml-syntax', `Cannot parse YAML: ${String(err)}`);
    return { value: { groups }, problems };
  }
  for (const err of doc.errors) {
    const [s, e] = err.pos;
    const a = lc.linePos(s);
    const b = lc.linePos(e);
    problems.push({
      line: a.line - 1,
      character: a.col - 1,
      endLine: b.line - 1,
      endCharacter: b.col - 1,
      severity: 'error',
      code: 'yaml-syntax',
      message: err.message.split('\n')[0] ?? err.message,
    });
  }
  if (doc.errors.length > 0) return { value: { groups }, problems };
  const root = doc.contents;
  if (root === null || root === undefined) return { value: { groups }, problems };
  if (!isMap(root)) {
    at(root as YamlNode, 'error', 'invalid-root', 'The lexicon must be a mapping with a `groups` list.');
    return { value: { groups }, problems };
  }
  for (const pair of root.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    if (key !== 'groups') at(pair.key as YamlNode, 'warning', 'unknown-field', `Unknown field \`${key}\` (expected \`groups\`).`);
  }
  const list = root.get('groups', true) as YamlNode | undefined;
  if (!isSeq(list)) {
    at(list ?? (root as YamlNode), 'error', 'missing-groups', '`groups` must be a list of synonym groups.');
    return { value: { groups }, problems };
  }
  const ids = new Set<string>();
  const termOwner = new Map<string, string>();
  for (const item of list.items) {
    const node = item as YamlNode;
    if (!isMap(node)) {
      at(node, 'error', 'invalid-group', 'A group must be a mapping with `id`, `terms` and `note`.');
      continue;
    }
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      if (!GROUP_FIELDS.has(key)) at(pair.key as YamlNode, 'warning', 'unknown-field', `Unknown field \`${key}\` in a synonym group.`);
    }
    const idNode = node.get('id', true) as YamlNode | undefined;
    const id = isScalar(idNode) ? String(idNode.value) : '';
    if (!ID.test(id)) {
      at(idNode ?? node, 'error', 'invalid-id', `A group needs an \`id\` in kebab-case (got \`${id}\`).`);
      continue;
    }
    if (ids.has(id)) {
      at(idNode, 'error', 'duplicate-id', `Duplicate group id \`${id}\`.`);
      continue;
    }
    ids.add(id);
    const noteNode = node.get('note', true) as YamlNode | undefined;
    const note = isScalar(noteNode) && typeof noteNode.value === 'string' ? noteNode.value.trim() : '';
    if (note === '') at(noteNode ?? idNode, 'warning', 'missing-note', `Group \`${id}\` has no \`note\` saying why its terms belong together.`);
    const termsNode = node.get('terms', true) as YamlNode | undefined;
    if (!isSeq(termsNode)) {
      at(termsNode ?? idNode, 'error', 'invalid-terms', `Group \`${id}\` needs \`terms\`: a list of at least two words or phrases.`);
      continue;
    }
    const terms: string[] = [];
    for (const t of termsNode.items) {
      const tn = t as YamlNode;
      const value = isScalar(tn) && (typeof tn.value === 'string' || typeof tn.value === 'number') ? String(tn.value).trim() : '';
      if (value === '') {
        at(tn, 'error', 'invalid-term', `A term of group \`${id}\` must be a non-empty string.`);
        continue;
      }
      const norm = value.toLowerCase().replace(/\s+/g, ' ');
      const owner = termOwner.get(norm);
      if (owner === id) {
        at(tn, 'warning', 'duplicate-term', `\`${value}\` is listed twice in group \`${id}\`.`);
        continue;
      }
      if (owner !== undefined) at(tn, 'warning', 'duplicate-term', `\`${value}\` is also in group \`${owner}\`; it will add both concepts.`);
      else termOwner.set(norm, id);
      terms.push(value);
    }
    if (terms.length < 2) {
      at(termsNode, 'error', 'invalid-terms', `Group \`${id}\` needs at least two terms to be a synonym group.`);
      continue;
    }
    const line = idNode?.range ? lc.linePos(idNode.range[0]).line - 1 : 0;
    groups.push({ id, terms, note, line });
  }
  problems.sort((a, b) => a.line - b.line || a.character - b.character);
  return { value: { groups }, problems };
}
