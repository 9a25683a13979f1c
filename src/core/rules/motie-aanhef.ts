import { AANHEF_TEXT } from '../draft/formulas';
import type { Rule } from './types';
import { blockInsertAfter, blockInsertBefore, eolOf, partsOf, reportSlip } from './util';

export const motieAanhef: Rule = {
  id: 'motie-aanhef',
  kinds: ['motie'],
  defaultSeverity: 'error',
  title: { nl: 'Aanhef van de motie', en: 'Opening of the motie' },
  docs: {
    summary: {
      nl: 'Een motie begint met ‘De Kamer,’ en ‘gehoord de beraadslaging,’.',
      en: 'A motie opens with ‘De Kamer,’ and ‘gehoord de beraadslaging,’.',
    },
    rationale: {
      nl: 'Iedere motie begint met de woorden ‘De Kamer, gehoord de beraadslaging,’ (Tweede Kamer, motierecht). Zonder ‘De Kamer,’ is het geen uitspraak van de Kamer en is de motie niet indienbaar (fout); zonder ‘gehoord de beraadslaging,’ wijkt ze af van de standaardvorm (waarschuwing).',
      en: 'Every motie opens with ‘De Kamer, gehoord de beraadslaging,’. Without ‘De Kamer,’ it is not a statement of the Kamer and cannot be submitted (error); without ‘gehoord de beraadslaging,’ it departs from the standard form (warning).',
    },
    bad: 'constaterende dat …;\n\nverzoekt de regering …,',
    good: 'De Kamer,\n\ngehoord de beraadslaging,\n\nconstaterende dat …;\n\nverzoekt de regering …,',
    fixes: { nl: 'Voegt de ontbrekende regel(s) in vóór het eerste deel van de motie.', en: 'Inserts the missing line(s) before the first part of the motie.' },
  },
  check(ctx) {
    const { draft } = ctx;
    const aanhef = partsOf(draft, 'aanhef')[0];
    const beraadslaging = partsOf(draft, 'beraadslaging')[0];
    const firstBody = draft.parts.find((p) => p.kind === 'overweging' || p.kind === 'dictum');
    // "De Kammer,": the draft model reads it as the aanhef, misspelt (the formula table does not know it).
    if (aanhef?.slip) {
      reportSlip(ctx, aanhef, AANHEF_TEXT, { nl: 'aanhef', en: 'opening' });
      return;
    }
    if (!aanhef) {
      const anchor = beraadslaging ?? firstBody;
      const at = anchor ?? draft.parts.find((p) => p.kind === 'kop') ?? { start: 0, end: 0 };
      const block = beraadslaging ? AANHEF_TEXT : `${AANHEF_TEXT}\n\ngehoord de beraadslaging,`;
      ctx.report({
        start: at.start,
        end: anchor ? (anchor.opener && anchor.opener.end > anchor.opener.start ? anchor.opener.end : anchor.lines[0]!.end) : at.start,
        message: beraadslaging
          ? { nl: 'De aanhef ‘De Kamer,’ ontbreekt: zonder aanhef is de motie niet indienbaar.', en: 'The opening ‘De Kamer,’ is missing: without it the motie cannot be submitted.' }
          : {
              nl: 'De aanhef ‘De Kamer, gehoord de beraadslaging,’ ontbreekt: zonder aanhef is de motie niet indienbaar.',
              en: 'The opening ‘De Kamer, gehoord de beraadslaging,’ is missing: without it the motie cannot be submitted.',
            },
        fixes: anchor
          ? [{ title: { nl: `Voeg ‘${block.replace(/\n\n/g, ' ')}’ in`, en: `Insert ‘${block.replace(/\n\n/g, ' ')}’` }, edits: [blockInsertBefore(draft.text, anchor.start, block)], isPreferred: true }]
          : [],
      });
      return;
    }
    if (!beraadslaging) {
      // Insert after the aanhef's line; close the aanhef with ',' in the same edit (motie-afsluiting would
      // otherwise insert at the same offset, and two inserts at one offset have no defined order).
      const mark = draft.lines.masked[aanhef.wordsEnd - 1];
      // Another part on the aanhef's line ("De Kamer, constaterende dat …"): the new line goes between the two.
      const next = draft.parts.find((p) => p.start > aanhef.start);
      const eolAt = blockInsertAfter(draft.text, aanhef.end, 'gehoord de beraadslaging,');
      const sameLine = next !== undefined && next.start < eolAt.start;
      const nl = eolOf(draft.text);
      const block = sameLine ? { start: aanhef.wordsEnd, end: next.start, newText: `${nl}${nl}gehoord de beraadslaging,${nl}${nl}` } : eolAt;
      const comma = mark !== ',' && (sameLine || aanhef.wordsEnd === block.start) ? ',' : '';
      ctx.report({
        start: aanhef.start,
        end: aanhef.wordsEnd,
        severity: ctx.severity === 'error' ? 'warning' : ctx.severity,
        message: {
          nl: '‘gehoord de beraadslaging,’ ontbreekt na ‘De Kamer,’.',
          en: '‘gehoord de beraadslaging,’ is missing after ‘De Kamer,’.',
        },
        fixes: [
          {
            title: { nl: 'Voeg ‘gehoord de beraadslaging,’ in', en: 'Insert ‘gehoord de beraadslaging,’' },
            edits: [{ ...block, newText: comma + block.newText }],
            isPreferred: true,
          },
        ],
      });
    }
  },
};
