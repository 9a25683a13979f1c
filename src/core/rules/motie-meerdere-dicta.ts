import type { Rule } from './types';
import { partsOf } from './util';

export const motieMeerdereDicta: Rule = {
  id: 'motie-meerdere-dicta',
  kinds: ['motie'],
  // Off by default: in the real-document evaluation (test/eval/real/) all 23 of its findings on published moties were
  // judged noise — staff know a motie is voted on as a whole, and several dicta are normal Kamer form. Switched on
  // ('aan'), it notes the fact once per motie, as information.
  defaultSeverity: 'off',
  onSeverity: 'info',
  title: { nl: 'Meer dan één dictum', en: 'More than one dictum' },
  docs: {
    summary: {
      nl: 'Meldt één keer per motie dat ze meer dan één dictum heeft; een motie wordt als geheel in stemming gebracht.',
      en: 'Notes once per motie that it has more than one dictum; a motie is voted on as a whole.',
    },
    rationale: {
      nl: 'Over een motie wordt in haar geheel gestemd. Wie twee dingen vraagt, verliest steun van fracties die het met één ervan oneens zijn. Splits in twee moties, tenzij de verzoeken onlosmakelijk samenhangen. Meer dicta zijn gangbaar in moties die de Kamer aanneemt (‘spreekt uit … en verzoekt de regering …’), daarom is dit een informatieve melding, één keer per motie, op het tweede dictum. De regel staat standaard uit: op gepubliceerde moties was elke melding ervan ruis voor ervaren medewerkers (zie de evaluatie op echte documenten); zet haar aan (`motie-meerdere-dicta: aan`) wie de herinnering wil.',
      en: 'A motie is voted on as a whole. Asking two things loses the support of groups that disagree with one of them. Split into two moties unless the requests belong together. Several dicta are common in moties the Kamer adopts (‘spreekt uit … en verzoekt de regering …’), so this is an informational note, once per motie, on the second dictum. The rule is off by default: on published moties every one of its findings was noise to experienced staff (see the real-document evaluation); switch it on (`motie-meerdere-dicta: aan`) if you want the reminder.',
    },
    bad: 'spreekt uit dat …;\n\nverzoekt de regering …,',
    good: 'verzoekt de regering …,',
    fixes: { nl: 'Geen automatische oplossing: splits de motie zelf.', en: 'No automatic fix: split the motie yourself.' },
  },
  check(ctx) {
    const dicta = partsOf(ctx.draft, 'dictum');
    if (dicta.length < 2) return;
    const masked = ctx.draft.lines.masked;
    const extra = dicta[1]!;
    const opener = extra.opener ?? extra;
    ctx.report({
      start: opener.start,
      end: opener.end,
      message: {
        nl: `De motie heeft ${dicta.length} dicta. Over een motie wordt als geheel gestemd: een fractie die één verzoek niet steunt, stemt tegen het geheel (hier vanaf ‘${masked.slice(opener.start, opener.end).trim()} …’).`,
        en: `The motie has ${dicta.length} dicta. A motie is voted on as a whole: a group that does not support one request votes against all of it (here from ‘${masked.slice(opener.start, opener.end).trim()} …’).`,
      },
      related: dicta
        .filter((d) => d !== extra)
        .map((d) => ({ span: d.opener ?? d, message: { nl: 'ander dictum', en: 'other dictum' } })),
    });
  },
};
