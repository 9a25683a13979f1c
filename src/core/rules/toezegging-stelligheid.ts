import { unitsAbout } from '../citation/about';
import { quoted } from '../citation/format';
import { FIRMNESS_LABELS } from '../corpus/labels';
import type { Rule } from './types';

/**
 * The draft claims a firm promise of the cabinet or the agreement: "het kabinet heeft toegezegd", "het
 * coalitieakkoord belooft", "heeft het kabinet afgesproken", "een harde toezegging". A minister's promise in a debate,
 * or a plain mention of "de toezegging", is no such claim.
 */
const ACTOR = '(?:het\\s+kabinet|de\\s+regering|de\\s+coalitie(?:partijen)?|het\\s+(?:coalitie|regeer)?akkoord)';
const DONE = '(?:[\\p{L}-]+\\s+){0,4}?(?:toegezegd|beloofd|afgesproken|vastgelegd|besloten)';
const CLAIM = new RegExp(
  `(?<![\\p{L}])(?:${ACTOR}\\s+(?:heeft|hebben)\\s+${DONE}|(?:heeft|hebben)\\s+${ACTOR}\\s+${DONE}|${ACTOR}\\s+(?:belooft|beloven|garandeert|zegt\\s+toe)|harde\\s+(?:afspraak|toezegging))(?![\\p{L}])`,
  'iu',
);

export const toezeggingStelligheid: Rule = {
  id: 'toezegging-stelligheid',
  kinds: ['motie', 'kamervragen'],
  defaultSeverity: 'info',
  title: { nl: 'Toezegging steviger voorgesteld dan ze is', en: 'Commitment presented as firmer than it is' },
  docs: {
    summary: {
      nl: 'Meldt wanneer de tekst een stevige belofte claimt (‘het kabinet heeft toegezegd’) over een toezegging die alleen een inspanning of onderzoek belooft.',
      en: 'Notes when the text claims a firm promise (‘the cabinet has promised’) about a commitment that only promises effort or a study.',
    },
    rationale: {
      nl: 'Het akkoord maakt onderscheid tussen ‘we richten op’ (besluit), ‘we zetten in op’ (inspanning) en ‘we onderzoeken’ (onderzoek). Wie een inspanning als belofte presenteert, krijgt van de bewindspersoon te horen dat er niets is toegezegd. De melding geeft de exacte woorden, zodat u de overweging juist kunt formuleren.',
      en: 'The agreement distinguishes ‘we set up’ (decision), ‘we aim for’ (effort) and ‘we study’ (study). Presenting effort as a promise invites the answer that nothing was promised. The finding gives the exact words.',
    },
    bad: 'constaterende dat het kabinet heeft toegezegd het eerder en beter onderkennen van de cyberdreiging te regelen [@ca2026:geintegreerd-inlichtingenbeeld-cyber];',
    good: 'constaterende dat het kabinet zich in het coalitieakkoord inzet voor het eerder en beter onderkennen van de cyberdreiging [@ca2026:geintegreerd-inlichtingenbeeld-cyber];',
    fixes: { nl: 'Geen automatische oplossing; de melding geeft de exacte woorden.', en: 'No automatic fix; the finding gives the exact words.' },
  },
  check(ctx) {
    const { draft, engine } = ctx;
    if (!engine) return;
    const masked = draft.lines.masked;
    for (const u of unitsAbout(draft, engine)) {
      const firmness = u.commitment.firmness;
      if (firmness !== 'inzet' && firmness !== 'onderzoek') continue;
      const claim = CLAIM.exec(masked.slice(u.start, u.end));
      if (!claim) continue;
      const at = u.start + claim.index;
      const said = claim[0].replace(/\s+/g, ' ');
      const label = FIRMNESS_LABELS[firmness];
      ctx.report({
        start: at,
        end: at + claim[0].length,
        message: {
          nl: `“${said}” maakt er een vaste toezegging van; in het akkoord is dit alleen ${firmness === 'inzet' ? 'een inspanning' : 'onderzoek'}: ${quoted(u.commitment.text)} (${u.commitment.key}).`,
          en: `“${said}” presents it as a firm promise; in the agreement this is only ${firmness === 'inzet' ? 'effort' : 'a study'}: ${quoted(u.commitment.text)} (${u.commitment.key}).`,
        },
        commitments: [u.commitment.key],
        data: { key: u.commitment.key, firmness, means: label.means.nl },
      });
    }
  },
};
