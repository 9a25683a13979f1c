import type { Rule } from './types';
import { partsOf } from './util';

export const motieMeerdereDicta: Rule = {
  id: 'motie-meerdere-dicta',
  kinds: ['motie'],
  defaultSeverity: 'warning',
  title: { nl: 'Meer dan één dictum', en: 'More than one dictum' },
  docs: {
    summary: {
      nl: 'Waarschuwt wanneer een motie meer dan één dictum heeft; een motie wordt als geheel in stemming gebracht.',
      en: 'Warns when a motie has more than one dictum; a motie is voted on as a whole.',
    },
    rationale: {
      nl: 'Over een motie wordt in haar geheel gestemd. Wie twee dingen vraagt, verliest steun van fracties die het met één ervan oneens zijn. Splits in twee moties, tenzij de verzoeken onlosmakelijk samenhangen.',
      en: 'A motie is voted on as a whole. Asking two things loses the support of groups that disagree with one of them. Split into two moties unless the requests belong together.',
    },
    bad: 'spreekt uit dat …;\n\nverzoekt de regering …,',
    good: 'verzoekt de regering …,',
    fixes: { nl: 'Geen automatische oplossing: splits de motie zelf.', en: 'No automatic fix: split the motie yourself.' },
  },
  check(ctx) {
    const dicta = partsOf(ctx.draft, 'dictum');
    if (dicta.length < 2) return;
    const masked = ctx.draft.lines.masked;
    for (const extra of dicta.slice(1)) {
      const opener = extra.opener ?? extra;
      ctx.report({
        start: opener.start,
        end: opener.end,
        message: {
          nl: `De motie heeft ${dicta.length} dicta; over een motie wordt als geheel gestemd. Overweeg ‘${masked.slice(opener.start, opener.end).trim()} …’ als aparte motie.`,
          en: `The motie has ${dicta.length} dicta; a motie is voted on as a whole. Consider ‘${masked.slice(opener.start, opener.end).trim()} …’ as a separate motie.`,
        },
        related: dicta
          .filter((d) => d !== extra)
          .map((d) => ({ span: d.opener ?? d, message: { nl: 'ander dictum', en: 'other dictum' } })),
      });
    }
  },
};
