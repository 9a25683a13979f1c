import { akkoordNaDatum } from './akkoord-na-datum';
import { akkoordNietGeladen } from './akkoord-niet-geladen';
import { alToegezegd } from './al-toegezegd';
import { citaatAnderAkkoord } from './citaat-ander-akkoord';
import { citaatOnjuist } from './citaat-onjuist';
import { citaatOnvindbaar } from './citaat-onvindbaar';
import { citeerToezegging } from './citeer-toezegging';
import { datum } from './datum';
import { frontMatter } from './front-matter';
import { herhaaldWoord } from './herhaald-woord';
import { invulplek } from './invulplek';
import { motieAanhef } from './motie-aanhef';
import { motieAfsluiting } from './motie-afsluiting';
import { motieDictum } from './motie-dictum';
import { motieDictumWerkwoord } from './motie-dictum-werkwoord';
import { motieFormule } from './motie-formule';
import { motieIndiener } from './motie-indiener';
import { motieMeerdereDicta } from './motie-meerdere-dicta';
import { motieSlot } from './motie-slot';
import { kamertoezeggingNagekomen } from './kamertoezegging-nagekomen';
import { lidwoord } from './lidwoord';
import { onbekendeToezegging } from './onbekende-toezegging';
import { schrijfwijze } from './schrijfwijze';
import { spelfout } from './spelfout';
import type { Rule } from './types';
import { toezeggingStelligheid } from './toezegging-stelligheid';
import { trema } from './trema';
import { tussenzin } from './tussenzin';
import { vaagBegrip } from './vaag-begrip';
import { verwijzingVorm } from './verwijzing-vorm';
import { vragenAdressaat } from './vragen-adressaat';
import { vragenBron } from './vragen-bron';
import { vragenKop } from './vragen-kop';
import { vragenMeerdereVragen } from './vragen-meerdere-vragen';
import { vragenMinisterie } from './vragen-ministerie';
import { vragenNummering } from './vragen-nummering';
import { voetnoten } from './voetnoten';
import { werkbudget } from './werkbudget';
import { werkwoordsvorm } from './werkwoordsvorm';
import { witregelInZin } from './witregel-in-zin';
import { vragenVraagteken } from './vragen-vraagteken';

/** Every rule, alphabetical by id. Explicit on purpose: a bundle must not miss a rule. */
export const RULES: readonly Rule[] = [
  akkoordNaDatum,
  akkoordNietGeladen,
  alToegezegd,
  citaatAnderAkkoord,
  citaatOnjuist,
  citaatOnvindbaar,
  citeerToezegging,
  datum,
  frontMatter,
  herhaaldWoord,
  invulplek,
  kamertoezeggingNagekomen,
  lidwoord,
  motieAanhef,
  motieAfsluiting,
  motieDictum,
  motieDictumWerkwoord,
  motieFormule,
  motieIndiener,
  motieMeerdereDicta,
  motieSlot,
  onbekendeToezegging,
  schrijfwijze,
  spelfout,
  toezeggingStelligheid,
  trema,
  tussenzin,
  vaagBegrip,
  verwijzingVorm,
  voetnoten,
  vragenAdressaat,
  vragenBron,
  vragenKop,
  vragenMeerdereVragen,
  vragenMinisterie,
  vragenNummering,
  vragenVraagteken,
  werkbudget,
  werkwoordsvorm,
  witregelInZin,
];

export const RULE_IDS: readonly string[] = RULES.map((r) => r.id);

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
