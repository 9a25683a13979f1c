import type { Rule } from './types';
import { partsOf } from './util';

export const motieDictum: Rule = {
  id: 'motie-dictum',
  kinds: ['motie'],
  defaultSeverity: 'error',
  title: { nl: 'Dictum ontbreekt', en: 'Missing dictum' },
  docs: {
    summary: {
      nl: 'Een motie heeft een dictum: ‘verzoekt de regering …’, ‘spreekt uit …’, ‘roept de regering op …’.',
      en: 'A motie has a dictum: ‘verzoekt de regering …’, ‘spreekt uit …’, ‘roept de regering op …’.',
    },
    rationale: {
      nl: 'Het dictum is waarover gestemd wordt: wat de Kamer vraagt, uitspreekt of opdraagt. Overwegingen zonder dictum vragen niets; zo’n motie is niet indienbaar.',
      en: 'The dictum is what is voted on: what the Kamer asks, states or orders. Considerations without a dictum ask nothing; such a motie cannot be submitted.',
    },
    bad: 'constaterende dat …;\n\nen gaat over tot de orde van de dag.',
    good: 'constaterende dat …;\n\nverzoekt de regering vóór 1 juli 2026 …,\n\nen gaat over tot de orde van de dag.',
    fixes: { nl: 'Geen: alleen u weet wat de Kamer moet vragen.', en: 'None: only you know what the Kamer should ask.' },
  },
  check(ctx) {
    const { draft } = ctx;
    if (partsOf(draft, 'dictum').length > 0) return;
    const anchor = partsOf(draft, 'slot')[0] ?? partsOf(draft, 'overweging').at(-1) ?? partsOf(draft, 'aanhef')[0] ?? draft.parts[0];
    const start = anchor?.start ?? 0;
    ctx.report({
      start,
      end: anchor ? anchor.wordsEnd : 0,
      message: {
        nl: 'De motie heeft geen dictum (‘verzoekt de regering …’, ‘spreekt uit …’): er valt niets over te stemmen.',
        en: 'The motie has no dictum (‘verzoekt de regering …’, ‘spreekt uit …’): there is nothing to vote on.',
      },
    });
  },
};
