import { describe, expect, it } from 'vitest';
import { readConfigValue } from '../../../src/core/config';
import { RULE_IDS } from '../../../src/core/rules/index';

/** Extra terms as the settings give them (`akkoordwijzer.lexicon.extra`). */
const extraTerms = (extra: unknown[]) => readConfigValue({ lexicon: { extra } }, RULE_IDS, 'instellingen').config.extraTerms;
import { check, findingsOf, GOED_DICTUM, LEXICON, motie, OVERWEGING, ruleTable, vragen } from './helpers';

const DICTUM_REGIE = 'verzoekt de regering de Nederlandse Digitale Dienst de regie te geven over alle IT-projecten,';
/** A user's term with a replacement of its own (settings `lexicon.extra`). */
const EXTRA = extraTerms([{ term: 'quick win', instead: 'noem het resultaat.', replacement: 'snel resultaat' }]);
const WITH_EXTRA = { vagueTerms: [...LEXICON, ...EXTRA] };

describe('vaag-begrip with a term of the user named like an Object member (reviewer)', () => {
  it('a user term "constructor" without a replacement gets no fix made of Object', () => {
    const terms = { vagueTerms: [...LEXICON, ...extraTerms(['constructor', { term: 'Constructor', instead: 'noem de bouwer.' }])] };
    for (const text of [motie('verzoekt de regering de constructor te vragen,'), motie('verzoekt de regering:\n- Constructor te vragen;\n- de Kamer te informeren,')]) {
      const found = findingsOf(text, 'vaag-begrip', terms);
      expect(found.map((f) => f.text.toLowerCase())).toEqual(['constructor']);
      for (const f of found) for (const fix of f.fixes) for (const e of fix.edits) expect(e.newText).not.toMatch(/function|native code/);
      for (const f of found) expect(JSON.stringify(f.data ?? {})).not.toMatch(/native code/);
    }
  });
});

describe('vaag-begrip', () => {
  ruleTable('vaag-begrip', {
    valid: [
      { name: 'a firm dictum', text: motie(`${OVERWEGING}\n\n${GOED_DICTUM}`) },
      { name: '"regio" is not "regie"; "borgsom" is not "borgen"', text: motie('verzoekt de regering in elke regio de borgsom voor huurders te verlagen,') },
      { name: 'inside a quotation (the agreement’s own words)', text: motie('constaterende dat het akkoord belooft: “We zetten in op centrale regie en borgen de kwaliteit”;\n\nverzoekt de regering «de regie» te vervangen door doorzettingsmacht,') },
      { name: 'inside a blockquote', text: motie(`constaterende dat het kabinet schrijft:\n\n> We zetten waar mogelijk in op regie.\n\n${GOED_DICTUM}`) },
      { name: 'in eigen regie (in-house) and achteraf bezien', text: motie(`constaterende dat achteraf bezien de bouw beter in eigen regie was uitgevoerd;\n\n${GOED_DICTUM}`) },
      { name: '"Realiseert u zich" is awareness', text: vragen('1. Realiseert u zich dat X? Realiseert de minister zich dat Y?') },
      { name: '"inspannen" without "zich": harnessing a horse', text: vragen('1. Bent u bereid te verbieden dat koetsiers hun paarden bij hitte inspannen, en het inspannen van paarden zonder keuring?') },
      { name: '"integraal" alone means "in full"', text: motie('verzoekt de regering het rapport integraal openbaar te maken,') },
      { name: 'the indieners, the slot, a footnote and an answer are not checked', text: `${motie(`${OVERWEGING}[^1]\n\n${GOED_DICTUM}`).replace('\nDe Vries\n', '\nDe Vries\n\nRegie\n')}\n[^1]: De NZa wil de regie voeren.\n` },
      {
        name: 'when the questions themselves are answered: the Kamer\'s rules set it (a staffer\'s trial: noise)',
        text: vragen('1. Wat is X?\n\n2. Bent u bereid elke vraag afzonderlijk en op korte termijn te beantwoorden?\n\n3. Kunt u deze vragen binnenkort beantwoorden?'),
      },
      { name: 'answers to Kamervragen are not checked', text: vragen('Vraag 1\nWat is X?\n\nAntwoord 1\nWij zetten in op regie en zullen dit op korte termijn bezien.') },
      { name: 'a note of the list of sources', text: vragen('1. Bent u bekend met het bericht «X»?1\n\n1 NOS, 3 maart 2026, «Meer regie nodig op de cloud»') },
      { name: 'a place-limited term outside its place: "te onderzoeken" in an overweging', text: motie(`overwegende dat het nodig is te onderzoeken of X;\n\n${GOED_DICTUM}`) },
      { name: 'a place-limited term outside its place: "adequate stappen" asked in a question', text: vragen('1. Bent u bereid adequate stappen te zetten?') },
      { name: 'a document that is no draft gets no findings', text: '# Notities\n\nWe moeten de regie nemen en waar mogelijk inzetten op borging.\n' },
      // By place.
      { name: 'the heading: the kop of a motie', text: motie(GOED_DICTUM, { kop: '# Motie van het lid De Vries over regie op de cloud' }) },
      { name: 'the heading: the header of Kamervragen', text: vragen('1. Hoeveel ziekenhuizen zijn getroffen?', 'Vragen van het lid X (D66) aan de minister van BZK over de regierol van de dienst (ingezonden 1 maart 2026).') },
      { name: 'an informational question', text: vragen('1. Wat verstaat u onder regie?\n\n2. Hoe wordt de regie op de cloud nu ingevuld?\n\n3. Waarom zet het kabinet vooral in op regie?') },
      { name: 'an overweging that describes what a third party does', text: motie(`overwegende dat de Hervormingsagenda inzet op regie door de NDD;\n\n${GOED_DICTUM}`) },
      { name: 'a constatering, also with a normative word', text: motie(`constaterende dat centrale regie tot nu toe niet werkte;\n\nconstaterende dat volgens de NDD meer regie nodig is;\n\n${GOED_DICTUM}`) },
      // Not vague here.
      {
        name: 'a role that is there, asked to be kept (real, kst-26643-1406; a staffer\'s trial: the fix asked for doorzettingsmacht for libraries)',
        text: motie('verzoekt de regering om de regiefunctie van bibliotheken in het aansturen van Informatiepunten Digitale Overheid te behouden en de bezuiniging op deze voorziening zo snel mogelijk terug te draaien,'),
      },
      { name: 'kept: "behoud van de regierol van gemeenten"', text: motie('verzoekt de regering bij de herziening te zorgen voor behoud van de regierol van gemeenten,') },
      { name: 'negated: "geen regie maar doorzettingsmacht"', text: motie('verzoekt de regering de NDD geen regie maar doorzettingsmacht te geven,') },
      { name: 'a past fact: "is geborgd"', text: motie('verzoekt de regering de wet, waarin de privacy is geborgd, ongewijzigd in te voeren,') },
      { name: 'made concrete in the phrase: a number and a percentage', text: motie('verzoekt de regering de ambitie van 40 % betaalbare woningen te halen,') },
      { name: 'made concrete in the phrase: a date', text: motie('verzoekt de regering op korte termijn, uiterlijk 1 juli, de Kamer te informeren,') },
      { name: 'an amount still makes an effort concrete beside a number that names a kind', text: motie('verzoekt de regering zich in te spannen om 82 kilometer aan schoolroutes op 80 kilometerwegen van een fietspad te voorzien,') },
      { name: 'awareness as the purpose of a measure, or what a constatering reports', text: motie('constaterende dat de campagne het bewustzijn te vergroten beoogde;\n\nverzoekt de regering het slavernijverleden vóór 2027 in het curriculum op te nemen om bewustwording te creëren,') },
      { name: 'made concrete in the phrase: a frequency', text: motie('verzoekt de regering de voortgang jaarlijks te monitoren,') },
      { name: 'a request to look into something, bounded by a deadline in the same part', text: motie('verzoekt de regering de mogelijkheden te verkennen, en de Kamer vóór het zomerreces van 2026 te informeren,') },
      { name: 'a purpose clause after the request', text: motie('verzoekt de regering de NDD extra personeel te geven om de regie te versterken,') },
      {
        name: 'an amount bounds a hedge, a year beside it or not (real: kst-32802-85), also a share or a number like a year',
        text: motie(
          'verzoekt de regering afdoende maatregelen te nemen om vanaf 2024 minimaal de helft van de verzoeken binnen de wettelijke termijn van 42 dagen af te handelen;\n\n' +
            'verzoekt de regering afdoende maatregelen te nemen om vanaf 2024 minimaal de helft van de verzoeken op tijd af te handelen;\n\n' +
            'verzoekt de regering waar mogelijk 2000 extra woningen te bouwen,',
        ),
      },
      {
        name: 'in an overweging, effort verbs, hedges, goals and container words describe the reasons, not the request',
        text: motie(
          'overwegende dat meer nodig is dan alleen het stimuleren van thuiswerken;\n\noverwegende dat een ambitieuze agenda noodzakelijk is;\n\n' +
            `van mening dat het noodzakelijk is dat er een integrale aanpak komt;\n\noverwegende dat het kabinet zo snel mogelijk moet handelen;\n\n${GOED_DICTUM}`,
        ),
      },
      { name: 'a later "om" is a purpose, after "verzoekt het kabinet om …"', text: motie('verzoekt het kabinet om een tijdspad met doelstellingen op te stellen om onze strategische afhankelijkheden te verminderen,') },
      { name: 'a deadline as "in de eerste helft van 2027" bounds a request to look into something', text: motie('verzoekt de regering te onderzoeken of het instrumentarium voldoet, en de Kamer hierover te informeren in de eerste helft van 2027,') },
      {
        name: 'a hedge inside a phrase set off by commas qualifies the words after it',
        text: motie(
          'verzoekt de regering met passende, zo nodig wettelijke, maatregelen te komen;\n\n' +
            'verzoekt de regering in de ministeriële commissie, of indien noodzakelijk in een nieuwe commissie, plannen te laten ontwikkelen,',
        ),
      },
      { name: 'a hedge before a participle used as an adjective qualifies its noun ("zo nodig nog te nemen, maatregelen")', text: motie('verzoekt de regering met passende, zo nodig nog te nemen, maatregelen te komen,') },
      { name: 'two goals after "om" stay one purpose: a power word in the second is not a request of its own', text: motie('verzoekt de regering de NDD extra personeel te geven om de kosten te verlagen en de regie te versterken,') },
      { name: 'a hedge on the venue of an action question', text: vragen('1. Bent u bereid, zo veel mogelijk in internationaal verband, uw afschuw uit te spreken?') },
      { name: 'an effort verb after another requested action only adds to it', text: motie('verzoekt de regering een landelijk loket in te richten en gemeenten daarbij te faciliteren,') },
      // A reviewer's cases: effort wordings after another request that are not themselves requested.
      {
        name: 'someone else\'s effort, a question about effort, money put to a use, the noun "inzet op"',
        text: motie(
          'verzoekt de regering structureel te investeren in organisaties die zich inzetten voor slachtoffers van mensenhandel;\n\n' +
            'verzoekt de regering de Kamer te informeren over de wijze waarop zij inzet op reductie van het mestoverschot;\n\n' +
            'verzoekt de regering de subsidie af te schaffen en de vrijgekomen middelen in te zetten op preventie;\n\n' +
            'verzoekt de regering in kaart te brengen hoe gemeenten werk maken van schuldhulp,',
        ),
      },
      {
        name: '"kijken" and "proberen" where nothing is asked: a constatering, a question for a view, a means, someone watching',
        text: motie(
          'constaterende dat de NS al probeert om te kijken hoe lege treinen beter benut kunnen worden;\n\n' +
            'verzoekt de regering de invoering te versnellen door kritisch te kijken naar de kosten,',
        ),
      },
      {
        name: 'real (kv-2021Z23987, kv-2022Z10871): an open question asks how the minister will try, so for the means',
        text: vragen('1. Hoe gaat u juridische procedures proberen te voorkomen?\n\n2. Hoe gaat u proberen om hun zorgen weg te nemen?'),
      },
      { name: 'a question for information with "kijken"; a means in a question', text: vragen('1. Hoe kijkt u naar het bericht? Erkent u dat er een inspecteur bij stond te kijken?\n\n2. Bent u bereid de lasten te verlagen door kritisch te kijken naar de tarieven?') },
      {
        name: 'what the minister said or plans is information, not an ask (reviewer)',
        text: vragen(
          '1. Klopt het dat u van plan bent de regie over de jeugdzorg bij gemeenten te leggen?\n\n2. Is het waar dat u voornemens bent waar mogelijk te bezuinigen op de jeugdzorg?\n\n' +
            '3. Wat bedoelde u toen u zei dat u bereid bent in te zetten op preventie?',
        ),
      },
      {
        name: 'someone watching, someone else trying, trying out, setting aside (reviewer)',
        text:
          vragen('1. Bent u bereid te voorkomen dat kinderen urenlang kijken naar gokreclames?\n\n2. Op welke wijze gaat u proberen te voorkomen dat de projecten stoppen?') +
          motie('verzoekt de regering mensen die proberen te stoppen met roken te ondersteunen, in Groningen een nieuwe aanpak uit te proberen en, in plaats van te kijken naar de kosten, te kiezen voor kwaliteit,'),
      },
    ],
    invalid: [
      {
        name: '"Ben u bereid" (misspelt; werkwoordsvorm reports it) asks to act as "Bent u bereid" does (a trial: the vague word came only after the verb\'s fix)',
        text: vragen('1. Ben u bereid de regie te versterken?\n\n2. Bend u bereid de regie te versterken?'),
        expected: [{ text: 'regie', severity: 'warning' }, { text: 'regie', severity: 'warning' }],
        fixed: null,
      },
      {
        name: 'regie asked for, then kept: the keeping does not make the taking concrete',
        text: motie('verzoekt de regering de regie te nemen en de huidige afspraken met gemeenten te behouden,'),
        expected: [{ text: 'regie te nemen', severity: 'warning' }],
        fixed: null,
      },
      {
        name: 'a vague time for what the question asks stays vague beside it (only the answering of the questions is set by the rules)',
        text: vragen('1. Bent u bereid op korte termijn een plan te sturen, en deze vragen te beantwoorden?'),
        expected: [{ text: 'op korte termijn', severity: 'warning' }],
        fixed: null,
      },
      {
        name: 'a hedged request between commas is a request, not words set off inside one (a new user: ", waar mogelijk te onderzoeken …," went unreported)',
        text: motie('verzoekt de regering de dienst zeggenschap te geven over alle IT-projecten, waar mogelijk gemeenten te ondersteunen bij vergunningen, en de Kamer te informeren,'),
        expected: [{ text: 'waar mogelijk', severity: 'warning' }],
        fixed: null,
      },
      {
        name: 'the number of a footnote marker and the year of a citation key make nothing concrete; the colon of a key ends no clause',
        text: vragen(
          '1. Bent u bereid waar mogelijk gemeenten te helpen[^3]?\n\n2. Bent u bereid waar mogelijk de dienst [@ca2026:nederlandse-digitale-dienst] te versterken?\n\n[^3]: NOS, 1 maart 2026.',
        ),
        expected: [
          { text: 'waar mogelijk', severity: 'warning' },
          { text: 'waar mogelijk', severity: 'warning' },
        ],
        fixed: null,
      },
      {
        name: 'a number that names a kind of road or group ("80 kilometerwegen", "65-plussers") sets no target (real: a dev miss)',
        text: motie(
          'verzoekt de regering om zich samen met provincies en gemeenten in te spannen om het aantal schoolroutes op 80 kilometer- en 50 kilometerwegen terug te dringen;\n\n' +
            'verzoekt de regering zich in te zetten voor meer sport door 65-plussers,',
        ),
        expected: [
          { text: 'zich samen met provincies en gemeenten in te spannen', severity: 'warning' },
          { text: 'zich in te zetten', severity: 'warning' },
        ],
        fixed: null,
      },
      {
        name: 'awareness asked for names no measure: "meer bewustwording te creëren in het onderwijs" (real: a dev miss)',
        text: motie('verzoekt de regering om meer bewustwording te creëren in het onderwijs van de uitbuiting van Indonesië,'),
        expected: [{ text: 'bewustwording te creëren', severity: 'warning' }],
        fixed: null,
      },
      {
        name: 'passing on the Kamer\'s wish asks nothing the government does (real: a dev miss)',
        text: motie('verzoekt de regering aan de Nederlandse Sportraad de wens van de Kamer mee te geven\nin de advisering rekening te houden met kansengelijkheid,'),
        expected: [{ text: 'de wens van de Kamer mee te geven', severity: 'warning' }],
        fixed: null,
      },
      {
        name: 'an effort-only wording as the next request after another one still empties that half of the request',
        text: motie('verzoekt de regering de regeling te evalueren, zich in te spannen voor kortere wachttijden en werk te maken van de uitvoering,'),
        expected: [{ text: 'zich in te spannen', severity: 'warning' }],
        fixed: null,
      },
      {
        name: '"te" with an adjective or an attributive infinitive is no other request: "gezien de te hoge energiekosten"',
        text: motie('verzoekt de regering, gezien de te hoge energiekosten, huishoudens te stimuleren,'),
        expected: [{ text: 'te stimuleren', severity: 'warning' }],
        fixed: null,
      },
      {
        name: 'real (kst-21501-32-1422): "en in te zetten op" after another request',
        text: motie('verzoekt de regering te stoppen met de Europese inzet voor het versoepelen van de regels en in te zetten op daadwerkelijke reductie van het mestoverschot,'),
        expected: [{ text: 'in te zetten op', severity: 'warning' }],
        fixed: null,
      },
      {
        name: 'in the dictum: the configured severity; regie gets a choice of firmer words, none preferred',
        text: motie(DICTUM_REGIE),
        expected: [{ text: 'regie', severity: 'warning' }],
        fixed: null,
      },
      {
        name: 'in a question that asks the government to act: the configured severity',
        text: vragen('1. Bent u bereid de Nederlandse Digitale Dienst de regie te geven over alle IT-projecten?\n\n2. Wilt u de regie nemen?\n\n3. Wat verstaat u onder regie?'),
        expected: [
          { text: 'regie', severity: 'warning' },
          { text: 'regie nemen', severity: 'warning' },
        ],
        fixed: null,
      },
      {
        name: 'in an overweging that states what is needed: a hint',
        text: motie(`overwegende dat er meer regie nodig is op de digitale overheid;\n\n${GOED_DICTUM}`),
        expected: [{ text: 'meer regie', severity: 'hint' }],
        fixed: null,
      },
      {
        name: 'configured as error: error in the dictum, info in an overweging',
        text: motie(`overwegende dat het kabinet de regie moet nemen;\n\nverzoekt de regering de privacy te borgen,`),
        options: { severities: { 'vaag-begrip': 'error' } },
        expected: [
          { text: 'regie moet nemen', severity: 'info' },
          { text: 'te borgen', severity: 'error' },
        ],
        fixed: null,
      },
      {
        name: 'configured as hint: hint in the dictum and never below hint elsewhere',
        text: motie(`overwegende dat het kabinet de regie moet nemen;\n\nverzoekt de regering de privacy te borgen,`),
        options: { severities: { 'vaag-begrip': 'hint' } },
        expected: [
          { text: 'regie moet nemen', severity: 'hint' },
          { text: 'te borgen', severity: 'hint' },
        ],
        fixed: null,
      },
      {
        name: 'without the negation, the past tense, the number, the date, the frequency, the deadline, the purpose or the other action it is vague',
        text: motie(
          'verzoekt de regering de NDD regie te geven;\n\nverzoekt de regering de privacy te borgen;\n\nverzoekt de regering de ambitie te halen;\n\n' +
            'verzoekt de regering op korte termijn de Kamer te informeren;\n\nverzoekt de regering de voortgang te monitoren;\n\n' +
            'verzoekt de regering de mogelijkheden te verkennen;\n\nverzoekt de regering om de regie te versterken;\n\nverzoekt de regering gemeenten te faciliteren,',
        ),
        expected: [
          { text: 'regie', severity: 'warning' },
          { text: 'te borgen', severity: 'warning' },
          { text: 'ambitie', severity: 'warning' },
          { text: 'op korte termijn', severity: 'warning' },
          { text: 'te monitoren', severity: 'warning' },
          { text: 'te verkennen', severity: 'warning' },
          { text: 'regie', severity: 'warning' },
          { text: 'te faciliteren', severity: 'warning' },
        ],
        fixed: null,
      },
      {
        name: 'a hedge that is the whole inserted phrase, goes on as a hedge, hedges a time, or ends the request, weakens the request',
        text: motie(
          'verzoekt de regering, waar mogelijk, de regels te schrappen;\n\nverzoekt de regering de provincie te ondersteunen waar dat kan en wenselijk is;\n\n' +
            'verzoekt de regering, waar mogelijk en wenselijk, de regels te schrappen;\n\nverzoekt de regering de regels, indien mogelijk nog dit jaar, te schrappen,',
        ),
        expected: [
          { text: 'waar mogelijk', severity: 'warning' },
          { text: 'waar dat kan', severity: 'warning' },
          { text: 'waar mogelijk', severity: 'warning' },
          { text: 'indien mogelijk', severity: 'warning' },
        ],
        fixed: null,
      },
      {
        name: 'a time does not bound a hedge (a reviewer: "waar mogelijk vóór 1 juli" went unreported): a date, a period ahead, a year',
        text: motie(
          'verzoekt de regering het NCSC waar mogelijk vóór 1 juli het mandaat te geven;\n\nverzoekt de regering vóór 1 juli 2027 het NCSC waar mogelijk het mandaat te geven;\n\n' +
            'verzoekt de regering waar mogelijk binnen 3 maanden het mandaat te geven;\n\nverzoekt de regering waar mogelijk vóór 1-7-2026 het mandaat te geven;\n\n' +
            'verzoekt de regering het NCSC waar mogelijk in 2027 het mandaat te geven,',
        ),
        expected: [
          { text: 'waar mogelijk', severity: 'warning' },
          { text: 'waar mogelijk', severity: 'warning' },
          { text: 'waar mogelijk', severity: 'warning' },
          { text: 'waar mogelijk', severity: 'warning' },
          { text: 'waar mogelijk', severity: 'warning' },
        ],
        fixed: null,
      },

      {
        name: 'effort-only requests in other words: werk maken van, alles in het werk stellen, in contact treden, zo veel als mogelijk',
        text: motie(
          'verzoekt de regering werk te maken van de opvang;\n\nverzoekt de regering alles in het werk te stellen om de bewoners te evacueren;\n\n' +
            'verzoekt de regering met de gemeente in contact te treden;\n\nverzoekt de regering de budgetten zo veel als mogelijk te ontzien;\n\n' +
            'verzoekt de regering zich tot het uiterste te blijven inspannen voor de verbinding,',
        ),
        expected: [
          { text: 'werk te maken van', severity: 'warning' },
          { text: 'alles in het werk te stellen', severity: 'warning' },
          { text: 'in contact te treden', severity: 'warning' },
          { text: 'zo veel als mogelijk', severity: 'warning' },
          { text: 'zich tot het uiterste te blijven inspannen', severity: 'warning' },
        ],
        fixed: null,
      },
      {
        name: 'an attempt stays an attempt with a target and a date; "of u, gezien …, bereid bent"; "om naar … te kijken" (reviewer)',
        text: vragen(
          '1. Bent u bereid te proberen de wachtlijsten vóór 1 januari 2027 met 25 % te verkorten?\n\n' +
            '2. Kunt u aangeven of u, gezien het bericht, bereid bent te kijken naar de normering?\n\n3. Bent u bereid om naar de normering te kijken?',
        ),
        expected: [
          { text: 'te proberen', severity: 'warning' },
          { text: 'te kijken naar', severity: 'warning' },
          { text: 'om naar de normering te kijken', severity: 'warning' },
        ],
        fixed: null,
      },
      {
        name: 'real (kv-2022Z00625): "proberen te", only an attempt is asked',
        text: vragen('1. Kunt u toezeggen dat u gaat proberen te voorkomen dat deze projecten stoppen?'),
        expected: [{ text: 'proberen te', severity: 'warning' }],
        fixed: null,
      },
      {
        name: 'real (kst-33576-302): "kritisch te kijken" as the whole request',
        text: motie('verzoekt de regering kritisch te kijken welke grote veroorzakers van depositie er bij Natura 2000-gebieden zijn,'),
        expected: [{ text: 'kritisch te kijken', severity: 'warning' }],
        fixed: null,
      },
      {
        name: 'real (kv-2023Z08890): an ask inside a question, "of u … bereid bent te kijken naar"',
        text: vragen('1. Kunt u toelichten hoe u het signaal weegt en of u naar aanleiding hiervan bereid bent te kijken naar de verdeling van de middelen?'),
        expected: [{ text: 'te kijken naar', severity: 'warning' }],
        fixed: null,
      },
      {
        name: '"zich … in te spannen" with more words between than one gap takes (up to eight)',
        text: motie('verzoekt de regering om zich samen met provincies en gemeenten in te spannen voor veilige schoolroutes,'),
        expected: [{ text: 'zich samen met provincies en gemeenten in te spannen', severity: 'warning' }],
        fixed: null,
      },
      {
        name: '"inspannen" with its reflexive far before it, in a question',
        text: vragen('1. Wilt u zich samen met de gemeenten in Zeeland extra inspannen voor meer opvangplekken?'),
        expected: [{ text: 'zich samen met de gemeenten in Zeeland extra inspannen', severity: 'warning' }],
        fixed: null,
      },
      {
        name: 'a second request after a purpose clause is a request of its own',
        text: motie('verzoekt de regering om in kaart te brengen welke stappen nodig zijn om de afhankelijkheden af te bouwen en op korte termijn de Kamer te informeren,'),
        expected: [{ text: 'op korte termijn', severity: 'warning' }],
        fixed: null,
      },
      {
        name: '"om" after "bereid" opens the request; a purpose in an earlier sentence does not reach the next one',
        text: vragen('1. Bent u bereid om in gesprek te gaan met de gemeente?\n\n2. Hebben steden moeite om kinderen onderwijs te bieden? Zo nee, bent u bereid met hen in gesprek te gaan?'),
        expected: [
          { text: 'in gesprek te gaan', severity: 'warning' },
          { text: 'in gesprek te gaan', severity: 'warning' },
        ],
        fixed: null,
      },
      {
        name: 'a power word in an overweging that states what is needed stays a hint',
        text: motie(`overwegende dat het noodzakelijk is dat het Rijk meer grip krijgt op de cloud;\n\n${GOED_DICTUM}`),
        expected: [{ text: 'meer grip', severity: 'hint' }],
        fixed: null,
      },
      {
        name: 'a number does not make a power concrete: "in 2027 de regie"',
        text: motie('verzoekt de regering de NDD in 2027 de regie te geven,'),
        expected: [{ text: 'regie', severity: 'warning' }],
        fixed: null,
      },
      {
        name: 'one finding per part, on its first vague word',
        text: motie(`overwegende dat er meer regie nodig is en dat de overheid open source moet stimuleren;\n\nverzoekt de regering waar mogelijk de regie te nemen over de digitale overheid en dit in samenhang met de gemeenten te doen,`),
        expected: [
          { text: 'meer regie', severity: 'hint' },
          { text: 'waar mogelijk', severity: 'warning' },
        ],
        fixed: null,
      },
      {
        name: 'a replacement from the user’s lexicon.extra is the preferred fix in the dictum',
        text: motie('verzoekt de regering een quick win te boeken,'),
        options: WITH_EXTRA,
        expected: [{ text: 'quick win', severity: 'warning' }],
        fixed: motie('verzoekt de regering een snel resultaat te boeken,'),
      },
      {
        name: 'a replacement from lexicon.extra keeps the capital',
        text: motie('verzoekt de regering:\n- Quick win te boeken;\n- de Kamer te informeren,'),
        options: WITH_EXTRA,
        expected: [{ text: 'Quick win', severity: 'warning' }],
        fixed: motie('verzoekt de regering:\n- Snel resultaat te boeken;\n- de Kamer te informeren,'),
      },
      {
        name: 'a replacement from lexicon.extra is offered but not preferred outside the dictum',
        text: motie(`overwegende dat een quick win nodig is;\n\n${GOED_DICTUM}`),
        options: WITH_EXTRA,
        expected: [{ text: 'quick win', severity: 'hint' }],
        fixed: null,
      },
    ],
  });

  it('one finding per part names the other vague words of the part', () => {
    const [f] = findingsOf(motie('verzoekt de regering waar mogelijk de regie te nemen over de digitale overheid en dit in samenhang met de gemeenten te doen,'), 'vaag-begrip');
    expect(f!.message).toMatch(/ \(Ook vaag: “regie te nemen”, “in samenhang met”\.\)$/);
    const [en] = findingsOf(motie('verzoekt de regering waar mogelijk de regie te nemen over de digitale overheid en dit in samenhang met de gemeenten te doen,'), 'vaag-begrip', { taal: 'en' });
    expect(en!.message).toMatch(/ \(Also vague: “regie te nemen”, “in samenhang met”\.\)$/);
    // Each of the others where it stands, for the editor to link to (a staffer's trial: no place to hover or go to).
    const text = motie('verzoekt de regering waar mogelijk de regie te nemen over de digitale overheid en dit in samenhang met de gemeenten te doen,');
    expect(f!.related.map((r) => [text.slice(r.span!.start, r.span!.end), r.message])).toEqual([
      ['regie te nemen', 'Ook vaag: “regie te nemen”'],
      ['in samenhang met', 'Ook vaag: “in samenhang met”'],
    ]);
  });

  it('shows regie and doorzettingsmacht side by side in the message, in Dutch and English', () => {
    const [nl] = findingsOf(motie(DICTUM_REGIE), 'vaag-begrip');
    expect(nl!.message).toBe(
      'Vaag begrip “regie”: regie coördineert en kan zonder gevolg mislukken, doorzettingsmacht kan besluiten en afdwingen; ' +
        'noem de bevoegdheid en wie die heeft (doorzettingsmacht, aanwijzingsbevoegdheid, budgetrecht).',
    );
    expect(nl!.data).toEqual({ term: 'regie', form: 'regie', place: 'dictum', firm: 'doorzettingsmacht' });
    const [en] = findingsOf(motie(DICTUM_REGIE), 'vaag-begrip', { taal: 'en' });
    expect(en!.message).toMatch(/^Vague term “regie”: regie coordinates and can fail without consequence, doorzettingsmacht can decide and enforce; name the power/);
  });

  it('offers the regie alternatives, each with what it means in a few words, none preferred', () => {
    const [f] = findingsOf(motie(DICTUM_REGIE), 'vaag-begrip');
    expect(f!.fixes.map((x) => [x.title, x.edits.map((e) => e.newText), x.isPreferred ?? false])).toEqual([
      ['Vervang “regie” door ‘doorzettingsmacht’ (kan besluiten en afdwingen)', ['doorzettingsmacht'], false],
      ['Vervang “regie” door ‘aanwijzingsbevoegdheid’ (kan bindend opdragen)', ['aanwijzingsbevoegdheid'], false],
      ['Vervang “regie” door ‘coördinatie’ (kan niets afdwingen)', ['coördinatie'], false],
    ]);
    const [en] = findingsOf(motie(DICTUM_REGIE), 'vaag-begrip', { taal: 'en' });
    expect(en!.fixes[0]!.title).toBe('Replace “regie” with ‘doorzettingsmacht’ (can decide and enforce)');
  });

  it('keeps every title of a built-in alternative within 80 characters, in both languages, for every form it replaces (one was 105: the menu overflowed; a reviewer)', () => {
    let checked = 0;
    for (const term of LEXICON) {
      for (const form of new Set((term.alternatives ?? []).flatMap((a) => Object.keys(a.replacements)))) {
        for (const taal of ['nl', 'en'] as const) {
          const found = findingsOf(motie(`verzoekt de regering de dienst ${form} te geven,`), 'vaag-begrip', { taal }).filter((x) => x.data?.['term'] === term.id);
          const titles = found.flatMap((x) => x.fixes.map((fix) => fix.title));
          expect(titles.length, `${term.id}: “${form}”`).toBeGreaterThan(0);
          for (const title of titles) expect(title.length, title).toBeLessThanOrEqual(80);
          checked += titles.length;
        }
      }
    }
    expect(checked).toBeGreaterThan(20);
    // Where the words replaced do not fit as well, the title names only the new words.
    const [long] = findingsOf(motie('verzoekt de regering de NDD centrale regie op cybersecurity te geven,'), 'vaag-begrip');
    expect(long!.fixes.map((x) => x.title)).toContain('Vervang door ‘centrale aanwijzingsbevoegdheid over’ (kan bindend opdragen)');
  });

  it('each alternative fits the form, keeps the capital, and leaves out what would not be Dutch', () => {
    const words = (dictum: string) => findingsOf(motie(dictum), 'vaag-begrip')[0]!.fixes.map((x) => x.edits.map((e) => e.newText).join());
    expect(words('verzoekt de regering de dienst Centrale regie te geven,')).toEqual(['Centrale doorzettingsmacht', 'Centrale aanwijzingsbevoegdheid', 'Centrale coördinatie']);
    expect(words('verzoekt de regering een regierol voor de NDD in te richten,')).toEqual(['rol met doorzettingsmacht', 'coördinerende rol']);
    expect(words('verzoekt de regering de NDD de regie te laten nemen,')).toEqual([]);
  });

  it('offers to strike a hedge, never as the preferred fix, keeping the sentence whole', () => {
    const cases: [string, string][] = [
      ['verzoekt de regering, waar mogelijk, open source te gebruiken,', 'verzoekt de regering, open source te gebruiken,'],
      ['verzoekt de regering waar mogelijk open source te gebruiken,', 'verzoekt de regering open source te gebruiken,'],
      ['verzoekt de regering open source te gebruiken waar mogelijk,', 'verzoekt de regering open source te gebruiken,'],
      ['verzoekt de regering in principe open source te gebruiken,', 'verzoekt de regering open source te gebruiken,'],
    ];
    for (const [dictum, after] of cases) {
      const text = motie(dictum);
      const [f] = findingsOf(text, 'vaag-begrip');
      expect(f!.fixes.map((x) => [x.title, x.isPreferred ?? false])).toEqual([[`Schrap “${f!.text}”`, false]]);
      const e = f!.fixes[0]!.edits[0]!;
      expect(text.slice(0, e.start) + e.newText + text.slice(e.end)).toBe(motie(after));
    }
    // At the start of a sentence (here a list item) the next word would stay lower case: no fix.
    const [start] = findingsOf(motie('verzoekt de regering:\n- Waar mogelijk open source te gebruiken;\n- de Kamer te informeren,'), 'vaag-begrip');
    expect(start!.text).toBe('Waar mogelijk');
    expect(start!.fixes).toEqual([]);
  });

  it('uses the user’s extra terms (settings: a plain word)', () => {
    const extra = extraTerms(['transitie']);
    const text = motie('verzoekt de regering de transitie naar open source af te ronden,');
    expect(findingsOf(text, 'vaag-begrip').map((f) => f.text)).toEqual([]);
    const [f] = findingsOf(text, 'vaag-begrip', { vagueTerms: [...LEXICON, ...extra] });
    expect(f!.text).toBe('transitie');
    expect(f!.message).toBe('Vaag begrip “transitie”: Formuleer concreet: wie doet wat vóór wanneer.');
    expect(f!.fixes).toEqual([]);
  });

  it('reports nothing when switched off', () => {
    expect(check(motie(DICTUM_REGIE), { severities: { 'vaag-begrip': 'off' } }).findings.filter((f) => f.ruleId === 'vaag-begrip')).toEqual([]);
  });
});
