import path from 'node:path';
import { URI } from 'vscode-uri';
import { describe, expect, it } from 'vitest';
import { createDraftService, type CorpusSet, type DraftService, type Finding } from '../../../src/core/service';
import { CorpusStore } from '../../../src/host/corpusStore';
import { loadBuiltinSynonyms } from '../../../src/host/data';
import { ca2026AsComplete } from '../../support/corpora';
import { failOnRuleError } from '../../support/strict';
import { builtinCorpus, LEXICON, ROOT } from './helpers';

/**
 * `citaat-onvindbaar` by the completeness of the agreement quoted: the built-in `ca2026` holds only quoted passages,
 * so an unknown quotation is "not found in the known passages" (information); a user's complete `ca2026` that takes
 * the built-in one over knows the whole text, so the same quotation "is not in the agreement" (a warning).
 */
const NDD_ID = 'nederlandse-digitale-dienst';
const NDD = 'We richten een Nederlandse Digitale Dienst op: compact, deskundig en met doorzettingsmacht.';
const UNKNOWN = 'iedere burger recht krijgt op een eigen digitale kluis bij de overheid';
const SYNONYMS = loadBuiltinSynonyms(ROOT).lexicon;

const USER_FILE = path.resolve('/werk/ca2026.akkoord.yaml');

const motie = (overweging: string) =>
  `---\nsoort: motie\ndatum: 2026-03-12\n---\n\nDe Kamer,\n\ngehoord de beraadslaging,\n\n${overweging}\n\nverzoekt de regering de WNT vóór 1 juli te wijzigen,\n\nen gaat over tot de orde van de dag.\n\nJansen\n`;

let version = 0;
let user: CorpusSet | undefined;
const userCorpus = () => (user ??= new CorpusStore(ROOT).build({ folders: [], extraFiles: [USER_FILE], openText: (uri) => (uri === URI.file(USER_FILE).toString() ? ca2026AsComplete({ without: [NDD_ID] }) : undefined) }));
// One service per corpus and language, so the search index is built once per corpus, as in the editor.
const services = new Map<string, DraftService>();
function findings(text: string, corpus: CorpusSet, ruleId: string, taal: 'nl' | 'en' = 'nl'): Finding[] {
  const key = `${corpus.version}:${taal}`;
  let svc = services.get(key);
  if (!svc) services.set(key, (svc = createDraftService({ vagueTerms: LEXICON, settings: { severities: {}, taal }, onRuleError: failOnRuleError, corpus, synonyms: SYNONYMS })));
  return svc.analyze({ uri: 'file:///werk/concept.md', version: ++version, text }).findings.filter((f) => f.ruleId === ruleId);
}

describe('citaat-onvindbaar: absence is asserted only for a complete agreement', () => {
  it('the test corpus is the built-in one, complete and without one commitment', () => {
    const set = userCorpus();
    expect(set.corpus('ca2026')?.complete).toBe(true);
    expect(set.fileOf('ca2026')?.builtin).toBe(false);
    expect(set.get(`ca2026:${NDD_ID}`)).toBeUndefined();
    expect(set.commitments.filter((c) => c.corpusId === 'ca2026')).toHaveLength(builtinCorpus().commitments.filter((c) => c.corpusId === 'ca2026').length - 1);
  });

  it('in the incomplete built-in corpus an unknown quotation is information, "not found in the known passages"', () => {
    const [f, ...rest] = findings(motie(`overwegende dat volgens het coalitieakkoord ‘${UNKNOWN}’;`), builtinCorpus(), 'citaat-onvindbaar');
    expect(rest).toEqual([]);
    expect(f!.text).toBe(UNKNOWN);
    expect(f!.severity).toBe('info');
    expect(f!.message).toMatch(/^Dit citaat is niet gevonden in de bekende passages van het coalitieakkoord ‘Aan de slag’ \(2026\)\./);
  });

  it('in a complete corpus the same quotation is a warning that it is not in the agreement', () => {
    const text = motie(`overwegende dat volgens het coalitieakkoord ‘${UNKNOWN}’;`);
    const [f, ...rest] = findings(text, userCorpus(), 'citaat-onvindbaar');
    expect(rest).toEqual([]);
    expect(f!.text).toBe(UNKNOWN);
    expect(f!.severity).toBe('warning');
    expect(f!.message).toMatch(/^Dit citaat staat niet in het coalitieakkoord ‘Aan de slag’ \(2026\)\./);
    expect(findings(text, userCorpus(), 'citaat-onvindbaar', 'en')[0]!.message).toMatch(/^This quotation is not in the coalition agreement/);
  });

  it('words only the replaced built-in corpus held are not in the complete agreement; its key is unknown', () => {
    const text = motie(`constaterende dat in het coalitieakkoord staat: ‘${NDD}’ [@ca2026:${NDD_ID}];`);
    expect(findings(text, builtinCorpus(), 'citaat-onvindbaar')).toEqual([]);
    expect(findings(text, builtinCorpus(), 'onbekende-toezegging')).toEqual([]);
    const [missing] = findings(text, userCorpus(), 'citaat-onvindbaar');
    expect(missing?.text).toBe(NDD);
    expect(missing?.severity).toBe('warning');
    const [unknownKey] = findings(text, userCorpus(), 'onbekende-toezegging');
    expect(unknownKey?.message).toMatch(/^Onbekende citeersleutel “ca2026:nederlandse-digitale-dienst”: het coalitieakkoord ‘Aan de slag’ \(2026\) heeft geen toezegging met die sleutel\./);
  });

  it('a verbatim quotation of the complete agreement gives no finding', () => {
    const verbatim = 'De Verenigde Staten zijn de wereldmacht met wie wij de meeste belangen delen.';
    expect(findings(motie(`constaterende dat in het coalitieakkoord staat: ‘${verbatim}’;`), userCorpus(), 'citaat-onvindbaar')).toEqual([]);
  });
});
