import type { VagueLexicon } from '../vague/terms';
import type { Draft } from '../draft/types';
import { citationAt } from './commitments';
import { footnoteAt } from './footnotes';
import { diffTable } from '../citation/diff';
import type { QuoteDiffOp } from '../retrieval/alignment';
import { ruleById } from '../rules/index';
import { ruleDocUrl } from '../rules/types';
import { markdownProse as plain } from '../text/markdownProse';
import { pick, type Finding, type Localized, type Severity, type Span, type Taal } from '../types';

export interface HoverResult extends Span {
  /** Markdown. */
  contents: string;
}

const SEVERITY_NAMES: Record<Severity, Localized> = {
  error: { nl: 'fout', en: 'error' },
  warning: { nl: 'waarschuwing', en: 'warning' },
  info: { nl: 'informatie', en: 'information' },
  hint: { nl: 'hint', en: 'hint' },
};

const LABELS = {
  whyVague: { nl: 'Waarom vaag', en: 'Why vague' },
  sources: { nl: 'Bronnen', en: 'Sources' },
  exactWording: { nl: 'Exacte woorden', en: 'Exact wording' },
  ruleDocs: { nl: 'Documentatie van de regel', en: 'Rule documentation' },
  choices: { nl: 'Te kiezen', en: 'To choose from' },
} satisfies Record<string, Localized>;

/** Rules whose hover shows the commitments the finding is about (their text, where they stand, how firm). */
const SHOWS_COMMITMENTS = new Set(['citeer-toezegging', 'toezegging-stelligheid', 'vragen-ministerie', 'citaat-onvindbaar']);

/** Explain the findings under the cursor: the message, why the rule exists, and for vague terms the firmer wording. */
export function findingHover(
  findings: readonly Finding[],
  offset: number,
  lexicon: VagueLexicon,
  taal: Taal,
  describe: (key: string) => string | undefined = () => undefined,
  docHref: (ruleId: string) => string = ruleDocUrl,
): HoverResult | undefined {
  const here = findings.filter((f) => f.start <= offset && offset <= f.end).sort((a, b) => a.end - a.start - (b.end - b.start));
  if (here.length === 0) return undefined;
  const blocks: string[] = [];
  for (const f of here) {
    const rule = ruleById(f.ruleId);
    const lines: string[] = [`**${rule ? rule.title[taal] : f.ruleId}** (\`${f.ruleId}\`, ${pick(SEVERITY_NAMES[f.severity], taal)})`, '', plain(f.message)];
    const termId = typeof f.data?.['term'] === 'string' ? f.data['term'] : undefined;
    const term = termId ? lexicon.terms.find((t) => t.id === termId) : undefined;
    if (term) {
      lines.push('', `*${pick(LABELS.whyVague, taal)}:* ${plain(term.why[taal])}`);
      if (term.compare) {
        const c = term.compare;
        lines.push(
          '',
          `| ${c.term[taal]} | ${c.firm[taal]} |`,
          '|---|---|',
          `| ${c.termMeans[taal]} | ${c.firmMeans[taal]} |`,
        );
      }
      // What each firmer word means in full: its quick fix's title has room for a few words only.
      if (term.alternatives) lines.push('', `*${pick(LABELS.choices, taal)}:* ${term.alternatives.map((a) => `‘${a.term}’: ${plain(pick(a.explains ?? a.means, taal))}`).join('; ')}.`);
      if (term.sources.length > 0) {
        lines.push('', `${pick(LABELS.sources, taal)}: ${term.sources.map((s, i) => `[${i + 1}](${s.url})`).join(' · ')}`);
      }
    } else if (Array.isArray(f.data?.['diff'])) {
      // Quote checks: the draft's words next to the agreement's, word by word, and the exact wording.
      lines.push('', diffTable(f.data['diff'] as QuoteDiffOp[], taal));
      if (typeof f.data['corpusText'] === 'string') lines.push('', `*${pick(LABELS.exactWording, taal)}:* “${f.data['corpusText']}”`);
    } else if (rule) {
      lines.push('', plain(rule.docs.rationale[taal]));
    }
    if (SHOWS_COMMITMENTS.has(f.ruleId)) {
      for (const key of f.commitments.slice(0, 2)) {
        const md = describe(key);
        if (md) lines.push('', md);
      }
    }
    lines.push('', `[${pick(LABELS.ruleDocs, taal)}](${docHref(f.ruleId)})`);
    blocks.push(lines.join('\n'));
  }
  // Highlight the narrowest finding under the cursor (the word, not the whole sentence of a citation hint).
  const narrowest = here.reduce((a, b) => (b.end - b.start < a.end - a.start ? b : a));
  return { start: narrowest.start, end: narrowest.end, contents: blocks.join('\n\n---\n\n') };
}

const FOOTNOTE: Localized = { nl: 'Voetnoot', en: 'Footnote' };

/**
 * The hover at `offset`: the commitment behind a citation key (its Markdown from `describe`), then the explanation
 * of the findings under the cursor.
 */
export function draftHover(
  draft: Draft,
  findings: readonly Finding[],
  offset: number,
  lexicon: VagueLexicon,
  taal: Taal,
  describe: (key: string) => string | undefined,
  docHref: (ruleId: string) => string = ruleDocUrl,
): HoverResult | undefined {
  const ref = citationAt(draft, offset);
  const cited = ref ? describe(ref.key) : undefined;
  const onFinding = findingHover(findings, offset, lexicon, taal, describe, docHref);
  const note = ref ? undefined : footnoteAt(draft, offset);
  if (note?.definition && note.span.start !== note.definition.span.start) {
    // On a marker: the footnote's text, as a reader of the published text would find it at the bottom of the page.
    const shown = `**${pick(FOOTNOTE, taal)} ${draft.text.slice(note.span.start, note.span.end)}**\n\n> ${note.definition.text}`;
    return { ...note.span, contents: onFinding ? `${shown}\n\n---\n\n${onFinding.contents}` : shown };
  }
  if (!ref || !cited) return onFinding;
  return { start: ref.start, end: ref.end, contents: onFinding ? `${cited}\n\n---\n\n${onFinding.contents}` : cited };
}
