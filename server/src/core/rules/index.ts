import { motieAanhef } from './motie-aanhef';
import { motieAfsluiting } from './motie-afsluiting';
import { motieDictum } from './motie-dictum';
import { motieDictumWerkwoord } from './motie-dictum-werkwoord';
import { motieMeerdereDicta } from './motie-meerdere-dicta';
import { motieSlot } from './motie-slot';
import { onbekendeToezegging } from './onbekende-toezegging';
import type { Rule } from './types';
import { vaagBegrip } from './vaag-begrip';
import { vragenAdressaat } from './vragen-adressaat';
import { vragenBron } from './vragen-bron';
import { vragenMeerdereVragen } from './vragen-meerdere-vragen';
import { vragenNummering } from './vragen-nummering';
import { vragenVraagteken } from './vragen-vraagteken';

/** Every rule, alphabetical by id. Explicit on purpose: a bundle must not miss a rule. */
export const RULES: readonly Rule[] = [
  motieAanhef,
  motieAfsluiting,
  motieDictum,
  motieDictumWerkwoord,
  motieMeerdereDicta,
  motieSlot,
  onbekendeToezegging,
  vaagBegrip,
  vragenAdressaat,
  vragenBron,
  vragenMeerdereVragen,
  vragenNummering,
  vragenVraagteken,
];

export const RULE_IDS: readonly string[] = RULES.map((r) => r.id);

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
