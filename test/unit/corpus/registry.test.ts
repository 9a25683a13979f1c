import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../src/core/corpus/load';
import { createCorpusSet, type LoadedCorpus } from '../../../src/core/corpus/registry';

const entry = (id: string, text: string, firmness = 'besluit') => `  - id: ${id}\n    text: "${text}"\n    tags: [bestuur]\n    firmness: ${firmness}\n`;
const EEN = entry('een', 'Er komt een regel.');
const TWEE = entry('twee', 'Iets anders.', 'inzet');
const DRIE = entry('drie', 'Een derde belofte.');
const VIER = entry('vier', 'Een vierde belofte.');

const corpusText = (id: string, extra = '', commitments = EEN, complete = false) =>
  `format: 1\nid: ${id}\ntitle: "Corpus ${id}"\nkind: coalitieakkoord\ndate: 2026-01-30\ncomplete: ${complete}\nsource: { verified: original }\n${extra}commitments:\n${commitments}`;

function file(uri: string, text: string, builtin = false): LoadedCorpus {
  return { uri, builtin, ...loadCorpus(text, uri) };
}

describe('corpus set', () => {
  it('namespaces keys per corpus: the same id in two corpora are two commitments', () => {
    const set = createCorpusSet([file('file:///a.akkoord.yaml', corpusText('a')), file('file:///b.akkoord.yaml', corpusText('b'))]);
    expect(set.commitments.map((c) => c.key).sort()).toEqual(['a:een', 'b:een']);
    expect(set.get('a:een')?.corpusId).toBe('a');
    expect(set.get('een')).toBeUndefined();
  });

  it('skips an incomplete user file that claims a built-in corpus id, with a problem that says how it could take over', () => {
    const builtin = file('file:///builtin/ca2026.akkoord.yaml', corpusText('ca2026'), true);
    const user = file('file:///ws/mijn.akkoord.yaml', corpusText('ca2026', '', TWEE));
    const set = createCorpusSet([user, builtin]);
    expect(set.get('ca2026:een')).toBeDefined();
    expect(set.get('ca2026:twee')).toBeUndefined();
    expect(set.fileOf('ca2026')).toBe(builtin);
    const problems = set.problemsByUri().get('file:///ws/mijn.akkoord.yaml')!;
    expect(problems.map((p) => [p.code, p.severity])).toEqual([['duplicate-corpus', 'error']]);
    expect(problems[0]!.message).toBe(
      'Corpus-id "ca2026" wordt al gebruikt door file:///builtin/ca2026.akkoord.yaml; dit bestand wordt overgeslagen. Kies een eigen id, of zet `complete: true` als dit bestand het hele document bevat: dan vervangt het het ingebouwde corpus.',
    );
    expect(problems[0]!.messageEn).toContain('or set `complete: true` if this file holds the whole document');
    expect(set.summary().find((s) => s.uri === user.uri)).toMatchObject({ commitments: 0, errors: 1, loaded: false, complete: false });
    expect(set.summary().find((s) => s.uri === builtin.uri)).toMatchObject({ commitments: 1, loaded: true });
    expect(set.summary().find((s) => s.uri === builtin.uri)!.overriddenBy).toBeUndefined();
  });

  it('a complete user corpus with a built-in id replaces the built-in one, and warns once about the keys it lacks', () => {
    const builtin = file('file:///builtin/ca2026.akkoord.yaml', corpusText('ca2026', '', EEN + TWEE + DRIE), true);
    const other = file('file:///builtin/ca2021.akkoord.yaml', corpusText('ca2021'), true);
    const user = file('file:///ws/ca2026.akkoord.yaml', corpusText('ca2026', '', TWEE + VIER, true));
    const set = createCorpusSet([user, builtin, other]);
    // The built-in corpus is not loaded at all: its keys and passages are gone, the user's resolve to the user's file.
    expect(set.corpus('ca2026')?.uri).toBe(user.uri);
    expect(set.fileOf('ca2026')).toBe(user);
    expect(set.commitments.map((c) => c.key)).toEqual(['ca2026:twee', 'ca2026:vier', 'ca2021:een']);
    expect(set.get('ca2026:een')).toBeUndefined();
    expect(set.get('ca2026:twee')?.text).toBe('Iets anders.');
    // The replacement stands where the built-in corpus stood.
    expect(set.corpora.map((c) => c.uri)).toEqual([user.uri, other.uri]);
    const problems = set.problemsByUri();
    expect(problems.get(builtin.uri)).toEqual([]);
    const warning = problems.get(user.uri)!;
    expect(warning.map((p) => [p.code, p.severity])).toEqual([['missing-builtin-keys', 'warning']]);
    expect(warning[0]!.message).toBe(
      'Dit bestand vervangt het ingebouwde corpus "ca2026", maar 2 sleutels daarvan staan er niet in: ca2026:een, ca2026:drie. Citaten ervan in concepten worden ‘onbekende-toezegging’: neem de passage op onder dezelfde id, of pas de citaten aan.',
    );
    expect(warning[0]!.messageEn).toBe(
      'This file replaces the built-in corpus "ca2026", but 2 of its keys are not in it: ca2026:een, ca2026:drie. Drafts citing them get ‘onbekende-toezegging’: add the passage under the same id, or change the citations.',
    );
    const summary = set.summary();
    expect(summary.find((s) => s.uri === user.uri)).toEqual({
      uri: user.uri, id: 'ca2026', title: 'Corpus ca2026', complete: true, commitments: 2, errors: 0, warnings: 1, builtin: false, loaded: true, overrides: builtin.uri,
    });
    expect(summary.find((s) => s.uri === builtin.uri)).toEqual({
      uri: builtin.uri, id: 'ca2026', title: 'Corpus ca2026', complete: false, commitments: 0, errors: 0, warnings: 0, builtin: true, loaded: false, overriddenBy: user.uri,
    });
    expect(summary.find((s) => s.uri === other.uri)).toMatchObject({ loaded: true, commitments: 1 });
    expect(summary.find((s) => s.uri === other.uri)!.overriddenBy).toBeUndefined();
  });

  it('a replacement that keeps every built-in key gets no warning; one missing key is named in the singular', () => {
    const builtin = file('file:///builtin/ca2026.akkoord.yaml', corpusText('ca2026', '', EEN + TWEE), true);
    const whole = createCorpusSet([builtin, file('file:///ws/a.akkoord.yaml', corpusText('ca2026', '', EEN + TWEE + DRIE, true))]);
    expect(whole.problemsByUri().get('file:///ws/a.akkoord.yaml')).toEqual([]);
    expect(whole.get('ca2026:drie')).toBeDefined();
    const one = createCorpusSet([builtin, file('file:///ws/a.akkoord.yaml', corpusText('ca2026', '', TWEE, true))]);
    const [p] = one.problemsByUri().get('file:///ws/a.akkoord.yaml')!;
    expect(p!.message).toContain('maar 1 sleutel daarvan staat er niet in: ca2026:een.');
    expect(p!.messageEn).toContain('but 1 of its keys is not in it: ca2026:een. Drafts citing it get');
  });

  it('names at most ten missing keys and counts the rest', () => {
    const ids = Array.from({ length: 13 }, (_, i) => `punt-${i + 1}`);
    const many = ids.map((id) => `  - id: ${id}\n    text: "Punt ${id}."\n    tags: [bestuur]\n    firmness: besluit\n`).join('');
    const builtin = file('file:///builtin/ca2026.akkoord.yaml', corpusText('ca2026', '', many), true);
    const set = createCorpusSet([builtin, file('file:///ws/a.akkoord.yaml', corpusText('ca2026', '', TWEE, true))]);
    const [p] = set.problemsByUri().get('file:///ws/a.akkoord.yaml')!;
    expect(p!.message).toContain(`maar 13 sleutels daarvan staan er niet in: ${ids.slice(0, 10).map((id) => `ca2026:${id}`).join(', ')} en nog 3.`);
    expect(p!.messageEn).toContain('ca2026:punt-10 and 3 more.');
  });

  it('only one file takes a built-in id over; a second complete one is a duplicate of it, and user ids never take over each other', () => {
    const builtin = file('file:///builtin/ca2026.akkoord.yaml', corpusText('ca2026'), true);
    const first = file('file:///ws/a.akkoord.yaml', corpusText('ca2026', '', EEN, true));
    const second = file('file:///ws/b.akkoord.yaml', corpusText('ca2026', '', EEN + TWEE, true));
    const set = createCorpusSet([builtin, first, second]);
    expect(set.fileOf('ca2026')).toBe(first);
    expect(set.get('ca2026:twee')).toBeUndefined();
    const [dup] = set.problemsByUri().get(second.uri)!;
    expect(dup!.code).toBe('duplicate-corpus');
    expect(dup!.message).toBe('Corpus-id "ca2026" wordt al gebruikt door file:///ws/a.akkoord.yaml; dit bestand wordt overgeslagen. Kies een eigen id.');
    const users = createCorpusSet([file('file:///ws/x.akkoord.yaml', corpusText('eigen')), file('file:///ws/y.akkoord.yaml', corpusText('eigen', '', TWEE, true))]);
    expect(users.fileOf('eigen')?.uri).toBe('file:///ws/x.akkoord.yaml');
    expect(users.problemsByUri().get('file:///ws/y.akkoord.yaml')!.map((p) => p.code)).toEqual(['duplicate-corpus']);
  });

  it('knows which corpora are replaced (by replaces or replacedBy) and warns about references to nothing', () => {
    const nieuw = file('file:///n.akkoord.yaml', corpusText('nieuw', 'replaces: [oud, bestaat-niet]\n'));
    const oud = file('file:///o.akkoord.yaml', corpusText('oud'));
    const set = createCorpusSet([nieuw, oud]);
    expect(set.isReplaced('oud')).toBe(true);
    expect(set.isReplaced('nieuw')).toBe(false);
    const p = set.problemsByUri().get('file:///n.akkoord.yaml')!;
    expect(p.map((x) => [x.code, x.severity])).toEqual([['unknown-reference', 'warning']]);
    expect(p[0]!.message).toContain('"bestaat-niet"');
    const viaReplacedBy = createCorpusSet([file('file:///x.akkoord.yaml', corpusText('x', 'replacedBy: y\n')), file('file:///y.akkoord.yaml', corpusText('y'))]);
    expect(viaReplacedBy.isReplaced('x')).toBe(true);
  });

  it('keeps files without a usable corpus in the summary, so the status bar can say what was skipped', () => {
    const broken = file('file:///kapot.akkoord.yaml', 'format: 1\ntitle: zonder id\n');
    const set = createCorpusSet([broken]);
    expect(set.corpora).toEqual([]);
    const s = set.summary()[0]!;
    expect(s.id).toBeUndefined();
    expect(s.errors).toBeGreaterThan(0);
  });

  it('gives every set its own version, so indexes are rebuilt once per corpus version', () => {
    const a = createCorpusSet([file('file:///a.akkoord.yaml', corpusText('a'))]);
    const b = createCorpusSet([file('file:///a.akkoord.yaml', corpusText('a'))]);
    expect(b.version).toBeGreaterThan(a.version);
  });
});
