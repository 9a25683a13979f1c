import { SLOT_TEXT } from '../draft/formulas';
import type { Draft, Part } from '../draft/types';
import type { TextEdit } from '../types';
import type { Rule, RuleContext } from './types';
import { blockInsertAfter, lineWithBreakBefore, partsOf, reportSlip } from './util';

export const motieSlot: Rule = {
  id: 'motie-slot',
  kinds: ['motie'],
  defaultSeverity: 'error',
  title: { nl: 'Slot van de motie', en: 'Closing of the motie' },
  docs: {
    summary: {
      nl: 'Een motie eindigt met ‘en gaat over tot de orde van de dag.’',
      en: 'A motie ends with ‘en gaat over tot de orde van de dag.’',
    },
    rationale: {
      nl: 'Een motie wordt afgesloten met de woorden ‘en gaat over tot de orde van de dag’ (Parlementaire Monitor; standaardformulering van de Tweede Kamer). Zonder slot is de motie niet af.',
      en: 'A motie is closed with the words ‘en gaat over tot de orde van de dag’ (the standard form of the Tweede Kamer). Without it the motie is unfinished.',
    },
    bad: 'verzoekt de regering …,\n\nVerhoeven',
    good: 'verzoekt de regering …,\n\nen gaat over tot de orde van de dag.\n\nVerhoeven',
    fixes: {
      nl: 'Voegt de slotregel in na het laatste dictum en sluit dat dictum af met ‘,’. Zonder dictum geen oplossing: dan ontbreekt meer dan het slot.',
      en: 'Inserts the closing line after the last dictum and closes that dictum with ‘,’. No fix without a dictum: then more than the slot is missing.',
    },
  },
  check(ctx) {
    const { draft } = ctx;
    const slots = partsOf(draft, 'slot');
    const last = partsOf(draft, 'dictum').at(-1);
    // A slot misspelt beyond the formula table, which the draft model reads as the slot after the dictum ("en gaat over
    // to de orde van de dag."): replaced, when it is the only slot.
    if (slots.length === 1 && slots[0]!.slip && last) {
      // The dictum before it closes with ',' (motie-afsluiting leaves it to this fix while the slot is misspelt).
      reportSlip(ctx, slots[0]!, SLOT_TEXT, { nl: 'slot', en: 'closing line' }, dictumComma(draft, last));
      return;
    }
    // A misspelt slot beside the right one ("en gaat over to …" above "en gaat over tot …"): nothing reported it, and the
    // export wrote both (a reviewer). Its line is taken out.
    if (slots.length > 1) for (const slip of slots.filter((p) => p.slip)) reportSecondSlot(ctx, slip);
    if (slots.length > 0) return;
    // Without a dictum the motie needs more than a slot (motie-dictum says so): report, but offer no fix.
    const anchor = last ?? partsOf(draft, 'overweging').at(-1) ?? draft.parts.at(-1);
    const at = anchor ? anchor.wordsEnd : draft.text.length;
    const edits: TextEdit[] = [];
    if (last && last.wordsEnd > last.start) {
      // The part before the slot closes with ',' (motie-afsluiting leaves it to this fix while the slot is missing).
      const mark = draft.lines.masked[last.wordsEnd - 1]!;
      const block = blockInsertAfter(draft.text, last.end, SLOT_TEXT);
      if (mark === ',') edits.push(block);
      else if (/[.;:!?]/.test(mark)) edits.push({ start: last.wordsEnd - 1, end: last.wordsEnd, newText: ',' }, block);
      else if (last.wordsEnd === block.start) edits.push({ ...block, newText: `,${block.newText}` }); // one edit for the comma and the slot at one offset
      else edits.push({ start: last.wordsEnd, end: last.wordsEnd, newText: ',' }, block);
    }
    ctx.report({
      start: anchor ? anchor.start : at,
      end: at,
      message: {
        nl: `Het slot ‘${SLOT_TEXT}’ ontbreekt: zonder slot is de motie niet af.`,
        en: `The closing line ‘${SLOT_TEXT}’ is missing: without it the motie is unfinished.`,
      },
      fixes: edits.length > 0 ? [{ title: { nl: `Voeg ‘${SLOT_TEXT}’ in`, en: `Insert ‘${SLOT_TEXT}’` }, edits, isPreferred: true }] : [],
    });
  },
};

/** The comma that closes the dictum's words before the misspelt slot, when it is not there. */
function dictumComma(draft: Draft, dictum: Part): TextEdit[] {
  const before = dictum.lines.filter((l) => l.content.trim() !== '').at(-1);
  if (!before) return [];
  const mark = draft.lines.masked[before.end - 1]!;
  if (mark === ',') return [];
  if (/[.;:!?]/.test(mark)) return [{ start: before.end - 1, end: before.end, newText: ',' }];
  return [{ start: before.end, end: before.end, newText: ',' }];
}

function reportSecondSlot(ctx: RuleContext, slip: Part): void {
  const line = lineWithBreakBefore(ctx.draft.text, slip);
  ctx.report({
    start: slip.start,
    end: slip.wordsEnd,
    severity: 'warning',
    message: { nl: `Verschreven slot naast het slot ‘${SLOT_TEXT}’: haal deze regel weg.`, en: `A misspelt closing line beside ‘${SLOT_TEXT}’: take this line out.` },
    fixes: line ? [{ title: { nl: 'Haal de verschreven slotregel weg', en: 'Take out the misspelt closing line' }, edits: [{ ...line, newText: '' }], isPreferred: true }] : [],
  });
}
