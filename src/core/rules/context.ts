import type { CitationEngine } from '../citation/engine';
import type { CorpusSet } from '../corpus/registry';
import type { Draft } from '../draft/types';
import type { Speller } from '../text/spelling';
import type { Severity } from '../types';
import type { VagueLexicon } from '../vague/terms';
import type { Report, RuleContext } from './types';

/**
 * What a rule is checked with: the draft (or, for a part-scoped rule, one part of it), its severity and data, and the
 * search engine on first use, so a rule that never asks for it never makes it.
 *
 * A class, its getter on the prototype, not an object literal with `get engine() {…}`: V8 puts the accessor pair of a
 * literal's getter in the old generation at once, and from there the getter's closure, its scope and the draft in it
 * count as live for every young-generation collection until the next full one. Made for every rule on every
 * keystroke, that kept each keystroke's draft, its lines and its masked text alive through the scavenges and promoted
 * them (~250 KB a keystroke in a 50 kB motie with a single rule that did nothing): scavenges of 2.5–5 ms every eight
 * keystrokes, and full collections to free what they promoted (see `bench/README.md`, the typing benchmark).
 *
 * Never spread one (`{ ...ctx }`): the copy has no `engine` (the getter is on the prototype); derive with `forPart`.
 */
export class CheckContext implements RuleContext {
  constructor(
    readonly draft: Draft,
    readonly severity: Severity,
    readonly lexicon: VagueLexicon,
    readonly corpus: CorpusSet,
    readonly speller: Speller | undefined,
    private readonly engineOf: () => CitationEngine | undefined,
    /** Not a method: a rule may pass it on (`list.forEach(ctx.report)`). */
    readonly report: (r: Report) => void,
  ) {}

  get engine(): CitationEngine | undefined {
    return this.engineOf();
  }

  /** The same rule's context for one part of the draft (`partDraft`), its reports going to `report`. */
  forPart(draft: Draft, report: (r: Report) => void): CheckContext {
    return new CheckContext(draft, this.severity, this.lexicon, this.corpus, this.speller, this.engineOf, report);
  }
}
