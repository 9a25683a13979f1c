import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../src/core/corpus/load';
import { createCorpusSet, type LoadedCorpus } from '../../../src/core/corpus/registry';

const corpusText = (id: string, extra = '', commitments = '  - id: een\n    text: "Er komt een regel."\n    tags: [bestuur]\n    firmness: besluit\n') =>
  `format: 1\nid: ${id}\ntitle: "Corpus ${id}"\nkind: coalitieakkoord\ndate: 2026-01-30\ncomplete: false\nsource: { verified: original }\n${extra}commitments:\n${commitments}`;

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

  it('skips a second file that claims a corpus id already loaded, with a problem on that file; built-in wins', () => {
    const builtin = file('file:///builtin/ca2026.akkoord.yaml', corpusText('ca2026'), true);
    const user = file('file:///ws/mijn.akkoord.yaml', corpusText('ca2026', '', '  - id: twee\n    text: "Iets anders."\n    tags: [bestuur]\n    firmness: inzet\n'));
    const set = createCorpusSet([user, builtin]);
    expect(set.get('ca2026:een')).toBeDefined();
    expect(set.get('ca2026:twee')).toBeUndefined();
    const problems = set.problemsByUri().get('file:///ws/mijn.akkoord.yaml')!;
    expect(problems.map((p) => p.code)).toEqual(['duplicate-corpus']);
    expect(problems[0]!.message).toContain('file:///builtin/ca2026.akkoord.yaml');
    expect(set.summary().find((s) => s.uri === user.uri)).toMatchObject({ commitments: 0, errors: 1 });
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
