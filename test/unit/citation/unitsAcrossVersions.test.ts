/*
 * A sentence's citation units are kept from the previous version when the keystroke did not touch it; what it cites
 * through a footnote marker is read from the note, elsewhere in the draft. A keystroke in the note that makes it cite
 * the commitment (or stop citing it) changes the sentence's units all the same: the request is found to ask for what
 * the commitment it cites already promises (and no longer once the note stops citing it), as in a full analysis.
 */
import { describe, expect, it } from 'vitest';
import { createEvalService } from '../../eval/evaluate';

const MOTIE = (note: string) => `De Kamer,

gehoord de beraadslaging,

constaterende dat de digitalisering van de overheid versnipperd is;

verzoekt de regering een Nederlandse Digitale Dienst op te richten[^1],

en gaat over tot de orde van de dag.

Jansen

[^1]: ${note}
`;

const KEY = 'ca2026:nederlandse-digitale-dienst';
const promised = (findings: { ruleId: string; commitments: string[] }[]) => findings.filter((f) => f.ruleId === 'al-toegezegd').flatMap((f) => f.commitments);

describe('citation units across versions', () => {
  it('a note elsewhere that starts or stops citing the commitment changes what the untouched request cites', () => {
    const incremental = createEvalService().service;
    const uri = 'file:///motie.md';
    const versions = [MOTIE('Coalitieakkoord 2026, p. 12.'), MOTIE(`Coalitieakkoord 2026, p. 12 [@${KEY}].`), MOTIE('Coalitieakkoord 2026, p. 12.')];
    const seen = versions.map((text, version) => {
      const { findings } = incremental.analyze({ uri, version, text });
      const full = createEvalService().service.analyze({ uri, version, text }).findings;
      expect(findings).toEqual(full);
      return promised(findings);
    });
    // The request asks for what the commitment it cites (through its note) already promises; not once the note
    // stops citing it.
    expect(seen).toEqual([[], [KEY], []]);
  });
});
