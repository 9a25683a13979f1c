import { describe, expect, it } from 'vitest';
import { findingsOf, motie, ruleTable, vragen } from './helpers';

const W = { severity: 'warning' } as const;

describe('werkwoordsvorm', () => {
  ruleTable('werkwoordsvorm', {
    valid: [
      { name: 'the right forms', text: vragen('1. Kunt u aangeven wanneer de brief komt? Bent u bereid de Kamer te informeren? Vindt u dat terecht? Wordt u daarover geïnformeerd?') },
      { name: '"Heeft u" and "Hebt u"', text: vragen('1. Heeft u kennisgenomen van het bericht? Hebt u de gemeenten gesproken?') },
      { name: '"kan u", "wil u", "zal u": Taaladvies accepts both forms', text: vragen('1. Kan u aangeven wanneer de brief komt? Wil u de Kamer informeren? Wanneer zal u besluiten?') },
      { name: 'stems that end in t: "Acht u", "Weet u", "Verwacht u"', text: vragen('1. Acht u dat wenselijk? Weet u hoeveel gemeenten dit doen? Verwacht u een besluit?') },
      { name: 'an imperative: "Meld u aan." is no question', text: vragen('1. Hoe meldt een gemeente zich aan? Meld u aan via de website. Wat kost dat?') },
      { name: '"u" as the object of "ik": "zoals ik u heb gevraagd"', text: vragen('1. Kunt u, zoals ik u heb gevraagd, de brief vóór 1 juli sturen?') },
      { name: '"u" as the object: "dat ik u ben tegengekomen"', text: vragen('1. Herinnert u zich dat ik u ben tegengekomen bij het werkbezoek?') },
      { name: 'the verb after "ik" in the middle of a sentence: "Ik zie u"', text: vragen('1. Ik zie u morgen in het debat; kunt u de cijfers dan meenemen?') },
      { name: '"bekend met"', text: vragen('1. Bent u bekend met het bericht «Ziekenhuizen getroffen door ransomware»?') },
      { name: '"bekent" as a verb: "de minister bekent met tegenzin"', text: vragen('1. Klopt het dat de directeur in het interview met tegenzin bekent met de fraude te maken te hebben?') },
      { name: 'a quotation', text: vragen('1. Wat vindt u van de uitspraak «Kun u dit nog volgen?» van de burgemeester?') },
      { name: 'a name with a capital: "u en Ben"', text: vragen('1. Hebt u met de heer Ben Jansen gesproken?') },
      { name: '"Kunt u", "Bent ook u" and a statement "u kunt"', text: vragen('1. Kunt u dat toelichten? Bent ook u van mening dat dit moet? Ik weet dat u kunt helpen.') },
      { name: 'real (kv-2022Z02011): "zodat u … krijgt en ook omwonenden kunt ontmoeten": one "u" for both verbs at the end', text: vragen('1. Wilt u op werkbezoek gaan zodat u zelf een beter beeld krijgt en ook omwonenden kunt ontmoeten?') },
      { name: 'real (kv-2022Z08257): "dat u … wilt hebben en hen daartoe zelfs wilt dwingen"', text: vragen('1. Deelt u de mening dat u huishoudens van het gas af wilt hebben en hen daartoe zelfs wilt dwingen?') },
      { name: 'a later "u" before its verb shares it: "Kunt u bevestigen dat u … hebt ontvangen en hebt doorgestuurd?" (a reviewer)', text: vragen('1. Kunt u bevestigen dat u het advies hebt ontvangen en hebt doorgestuurd?') },
      { name: '"Wilt u … zodat u … krijgt en kunt praten …?" (a reviewer)', text: vragen('1. Wilt u op werkbezoek gaan zodat u een beeld krijgt en kunt praten met omwonenden?') },
      { name: '"U bent … en kunt …": the clause with "u" first shares it', text: vragen('1. U bent bekend met het rapport en kunt dus aangeven wat het kost?') },
      { name: '"Kunt u … en kunt u …": the second "u" written', text: vragen('1. Kunt u uitleggen waarom en kunt u daarbij aangeven wanneer?') },
      { name: '"Kunt" without "u" in a statement is no question', text: vragen('1. Wat is de stand van zaken? Kunt de Kamer, schreef de krant.') },
      // A reviewer's cases: "u" before the verb of another subject, nouns after "welke", imperatives, "bekent" the verb.
      { name: '"Zoals u weet heb ik …": "ik" after the verb', text: vragen('1. Zoals u weet heb ik eerder vragen gesteld; wanneer komt het antwoord?') },
      { name: '"Net als u ben ik …", "Anders dan u vind ik …", "Wat u betreft ben ik …", "Samen met u heb ik …"', text: vragen('1. Net als u ben ik van mening dat het moet. Anders dan u vind ik de regeling onvoldoende. Wat u betreft ben ik het eens met de VNG. Samen met u heb ik het werkbezoek afgelegd. Wat is de planning?') },
      { name: '"Als u dat wenst ben ik bereid …?" without a comma', text: vragen('1. Als u dat wenst ben ik bereid het toe te lichten, maar wanneer komt de brief?') },
      { name: '"ik" before "jl." and far back', text: vragen('1. Wanneer beantwoordt u de vraag die ik tijdens het debat van 12 maart jl. u heb gesteld? Klopt het dat ik in het commissiedebat over de begroting van het ministerie van Financiën van vorig jaar u heb gevraagd om een brief?') },
      { name: '"welk onderzoek u", "welke steun u": nouns after "welk(e)"', text: vragen('1. Kunt u per maatregel aangeven:\n- welk onderzoek u heeft laten doen;\n- welke steun u de gemeenten biedt?\n\n2. Klopt dit? Zo ja, welke steun u biedt?') },
      { name: '"en ben u erkentelijk" with "ik" as the subject', text: vragen('1. Ik heb uw brief gelezen en ben u erkentelijk voor de snelle reactie, maar waarom ontbreken de cijfers?') },
      { name: 'imperatives before a question: "Denk u eens in: …?", "houd u aan de regels?"', text: vragen('1. Denk u eens in: hoe zou u zich voelen? Wat is de boodschap van de campagne: houd u aan de regels?') },
      { name: '"bekent" the verb after the possessive "zijn" and after a relative clause', text: vragen('1. Klopt het dat zijn werkgever bekent met tegenzin fouten te hebben gemaakt? Is het waar dat de verdachte die werd verhoord bekent met de fraude te maken te hebben?') },
      { name: '"Bent, gezien de uitspraak, u bereid …?": the subject after a phrase', text: vragen('1. Bent, gezien de uitspraak, u bereid de regeling te herzien?') },
      { name: 'the list of sources', text: vragen('1. Bent u bekend met het bericht «X»?1\n\n2. Wat is Y?\n\n1. NOS, 3 maart 2026, Bent u bekent met, https://nos.nl/x') },
    ],
    invalid: [
      {
        name: 'real (kv-2023Z04332): "Kun u zich voorstellen"',
        text: vragen('Vraag 1\n\nKun u zich voorstellen dat ontzettend veel mensen zich grote zorgen maken over de klimaatcrisis?'),
        expected: [{ text: 'Kun', ...W }],
        fixed: vragen('Vraag 1\n\nKunt u zich voorstellen dat ontzettend veel mensen zich grote zorgen maken over de klimaatcrisis?'),
      },
      {
        name: 'real (kv-2025D41436): "Bent u bekent met het artikel"',
        text: vragen('1. Bent u bekent met het artikel «Almost a third of people in Gaza not eating for days»?'),
        expected: [{ text: 'bekent', ...W }],
        fixed: vragen('1. Bent u bekend met het artikel «Almost a third of people in Gaza not eating for days»?'),
      },
      {
        name: 'after "Zo ja," and after a question word',
        text: vragen('1. Klopt dit bericht? Zo ja, ben u bereid de Kamer te informeren? Wanneer kun u dat doen? Op welke termijn word u geïnformeerd?'),
        expected: [{ text: 'ben', ...W }, { text: 'kun', ...W }, { text: 'word', ...W }],
        fixed: vragen('1. Klopt dit bericht? Zo ja, bent u bereid de Kamer te informeren? Wanneer kunt u dat doen? Op welke termijn wordt u geïnformeerd?'),
      },
      {
        name: 'the object pronoun before the stem: "dat u dit vind", "hoe u het vind", "of u dat kun toezeggen" (a reviewer: the rule\'s own example was not flagged)',
        text: vragen('1. Is het zo dat u dit vind? Hoe u het vind, is de vraag. Kunt u aangeven of u dat kun toezeggen?'),
        expected: [{ text: 'vind', ...W }, { text: 'vind', ...W }, { text: 'kun', ...W }],
        fixed: vragen('1. Is het zo dat u dit vindt? Hoe u het vindt, is de vraag. Kunt u aangeven of u dat kunt toezeggen?'),
      },
      {
        name: '"dat u dit vind" and "en ben u bereid"',
        text: vragen('1. Kunt u toelichten waarom u dit een goed plan vind en ben u bereid het te evalueren?'),
        expected: [{ text: 'vind', ...W }, { text: 'ben', ...W }],
        fixed: vragen('1. Kunt u toelichten waarom u dit een goed plan vindt en bent u bereid het te evalueren?'),
      },
      {
        name: '"Kun" and "u" on two lines (hard-wrapped text)',
        text: vragen('1. Kun\nu aangeven wanneer de brief komt?'),
        expected: [{ text: 'Kun', ...W }],
        fixed: vragen('1. Kunt\nu aangeven wanneer de brief komt?'),
      },
      {
        name: 'a question that goes on after a colon or semicolon, "o.a.", a clause after a comma, verbs with a particle',
        text: vragen('1. Kun u het volgende toelichten: wat kost het?\n\n2. Kun u het volgende aangeven:\n- de kosten;\n- de baten?\n\n3. Kun u aangeven wat het kost; en zo nee, waarom niet?\n\n4. Kun u o.a. de kosten noemen?\n\n5. Waarom gebeurt dat, kun u dat toelichten?\n\n6. Zie u toe op de naleving? Ga u in op de kritiek? Kom u bij de Kamer terug op dit punt?'),
        expected: ['Kun', 'Kun', 'Kun', 'Kun', 'kun', 'Zie', 'Ga', 'Kom'].map((text) => ({ text, ...W })),
        fixed: vragen('1. Kunt u het volgende toelichten: wat kost het?\n\n2. Kunt u het volgende aangeven:\n- de kosten;\n- de baten?\n\n3. Kunt u aangeven wat het kost; en zo nee, waarom niet?\n\n4. Kunt u o.a. de kosten noemen?\n\n5. Waarom gebeurt dat, kunt u dat toelichten?\n\n6. Ziet u toe op de naleving? Gaat u in op de kritiek? Komt u bij de Kamer terug op dit punt?'),
      },
      {
        name: '"Kunt de minister: …?": the subject missing before a colon',
        text: vragen('1. Kunt de minister: de kosten noemen?'),
        expected: [{ text: 'Kunt', ...W }],
        fixed: null,
      },
      {
        name: '"Heb u": two right forms, neither preferred',
        text: vragen('1. Heb u de gemeenten gesproken?'),
        expected: [{ text: 'Heb', ...W }],
        fixed: null,
      },
      {
        name: 'real (kv-2022Z13762): "Kunt de onderstaande vragen …": the subject is missing',
        text: vragen('Kunt de onderstaande vragen afzonderlijk per vraag beantwoorden?\n\n1. Bent u bekend met het verslag?'),
        expected: [{ text: 'Kunt', ...W }],
        fixed: null,
      },
      {
        name: 'real (kv-2023Z11182): "Kunt u … en kunt daarbij …": the second clause opens with its verb and needs its own "u"',
        text: vragen('1. Kunt u uitleggen wat uw motivatie is en kunt daarbij tevens aangeven waarom Noord-Nederland is gekozen?'),
        expected: [{ text: 'kunt', ...W }],
        fixed: vragen('1. Kunt u uitleggen wat uw motivatie is en kunt u daarbij tevens aangeven waarom Noord-Nederland is gekozen?'),
      },
      {
        name: '"Waarom vindt u … en bent bereid …": after a question word too',
        text: vragen('1. Waarom vindt u dit redelijk, en bent bereid de regeling aan te passen?'),
        expected: [{ text: 'bent', ...W }],
        fixed: vragen('1. Waarom vindt u dit redelijk, en bent u bereid de regeling aan te passen?'),
      },
      {
        name: '"Bent bereid": the subject is missing, and "u" is the fix',
        text: vragen('1. Bent bereid de Kamer vóór 1 juli te informeren?'),
        expected: [{ text: 'Bent', ...W }],
        fixed: vragen('1. Bent u bereid de Kamer vóór 1 juli te informeren?'),
      },
      {
        name: '"is … bekent met" in a motie',
        text: motie('constaterende dat het kabinet is bekent met de problemen;\n\nverzoekt de regering vóór 1 juli 2027 een plan te sturen,'),
        expected: [{ text: 'bekent', ...W }],
        fixed: motie('constaterende dat het kabinet is bekend met de problemen;\n\nverzoekt de regering vóór 1 juli 2027 een plan te sturen,'),
      },
    ],
  });

  it('offers both "Hebt" and "Heeft" for "Heb u", keeping the capital', () => {
    const [f] = findingsOf(vragen('1. Heb u de gemeenten gesproken?'), 'werkwoordsvorm');
    expect(f!.message).toBe('Werkwoordsvorm “Heb u”: bij ‘u’ hoort ‘Hebt u’ of ‘Heeft u’.');
    expect(f!.fixes.map((x) => [x.title, x.edits[0]!.newText])).toEqual([
      ['Vervang door ‘Hebt’', 'Hebt'],
      ['Vervang door ‘Heeft’', 'Heeft'],
    ]);
  });

  it('names the missing subject', () => {
    const [f] = findingsOf(vragen('1. Bent bereid de Kamer te informeren?'), 'werkwoordsvorm');
    expect(f!.message).toBe('Na ‘Bent’ ontbreekt het onderwerp ‘u’: ‘Bent u …’.');
  });

  it('before a noun phrase offers "u" and the form for that phrase as subject, neither preferred', () => {
    const [f] = findingsOf(vragen('1. Kunt de minister aangeven wanneer de brief komt?'), 'werkwoordsvorm');
    expect(f!.message).toBe('“Kunt de”: ‘Kunt’ hoort bij ‘u’. Voeg ‘u’ in (‘Kunt u de …’), of schrijf ‘Kan’ als ‘de …’ het onderwerp is.');
    expect(f!.fixes.map((x) => [x.edits[0]!.newText, x.isPreferred ?? false])).toEqual([
      [' u', false],
      ['Kan', false],
    ]);
  });

  it('quotes "u … vind" when words stand between', () => {
    const [f] = findingsOf(vragen('1. Kunt u toelichten waarom u dit een goed plan vind?'), 'werkwoordsvorm');
    expect(f!.message).toBe('Werkwoordsvorm “u … vind”: bij ‘u’ hoort ‘u … vindt’.');
  });

  it('says it in English with the setting', () => {
    const [f] = findingsOf(vragen('1. Kun u dat toelichten?'), 'werkwoordsvorm', { taal: 'en' });
    expect(f!.message).toBe('Verb form “Kun u”: with ‘u’ it is ‘Kunt u’.');
  });
});
