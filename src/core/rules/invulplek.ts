import { placeholders } from '../draft/placeholders';
import type { Rule } from './types';

export const invulplek: Rule = {
  id: 'invulplek',
  kinds: ['motie', 'kamervragen'],
  defaultSeverity: 'warning',
  title: { nl: 'Nog in te vullen', en: 'Still to fill in' },
  docs: {
    summary: {
      nl: 'Woorden tussen punthaken (‘<gemeente>’, ‘<medium>’) zijn een plek die nog ingevuld moet worden.',
      en: 'Words in angle brackets (‘<gemeente>’, ‘<medium>’) are a place still to fill in.',
    },
    rationale: {
      nl:
        'De sjablonen en de snelle oplossingen (een bron in een voetnoot: ‘<titel van het bericht>, <medium>, <datum>, <link>’) zetten zulke plekken in de tekst. ' +
        'Blijft er een staan, dan gaat de motie of gaan de vragen half af naar de Griffie; `check` meldde niets en de export stopte pas (een proef van een medewerker). ' +
        'De export stopt er nog steeds op (‘Toch exporteren’ houdt de plek in de tekst). Een vergelijking (‘<18 jaar’, ‘< € 30.000 >’) of een adres tussen punthaken telt niet.',
      en:
        'The templates and the quick fixes (a source in a footnote: ‘<titel van het bericht>, <medium>, <datum>, <link>’) put such places in the text. ' +
        'One left behind sends a half-finished motie or questions to the Griffie; `check` said nothing and only the export stopped (a staffer’s trial). ' +
        'The export still stops on it (‘export anyway’ keeps the place in the text). A comparison (‘<18 jaar’, ‘< € 30.000 >’) or an address in angle brackets does not count.',
    },
    bad: '1. Bent u bekend met het bericht ‘Datalek bij gemeente’?[^1]\n\n[^1]: <medium>, <datum>, <link>',
    good: '1. Bent u bekend met het bericht ‘Datalek bij gemeente’?[^1]\n\n[^1]: NOS, 3 maart 2026, https://nos.nl/…',
    fixes: { nl: 'Geen automatische oplossing: alleen u weet wat er moet staan.', en: 'No automatic fix: only you know what belongs there.' },
  },
  check(ctx) {
    for (const p of placeholders(ctx.draft)) {
      ctx.report({ start: p.start, end: p.end, message: { nl: `Nog in te vullen: ‘${p.text}’.`, en: `Still to fill in: ‘${p.text}’.` } });
    }
  },
};
