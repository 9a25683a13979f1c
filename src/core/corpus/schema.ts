/**
 * The corpus file format (`*.akkoord.yaml`), written once. The loader reads files along it (`load.ts`), the JSON
 * Schema for the editor is rendered from it (`npm run corpus:build`), and so are the field tables of
 * docs/corpus-format.md (`npm run docs`); a test checks the types in `types.ts` against it.
 */

import { bool, constant, date, int, list, mapOf, object, oneOf, openList, optional, recommended, required, slug, string, text, withDefault } from '../data/schema';
import type { Infer, Issue } from '../data/schema';
import { CORPUS_FORMAT, CORPUS_KINDS, FIRMNESS_VALUES, MINISTRIES, PASSAGE_KINDS, VERIFIED_VALUES } from './types';

const FIRMNESS_DOCS = {
  besluit: 'een besluit: “we richten … op”, “we voeren … in”, “er komt …”, “wordt afgeschaft”',
  wetgeving: 'er wordt een wet gemaakt of gewijzigd: “wordt wettelijk geregeld”, “de wet wordt gemoderniseerd”, “er komt een verbod”',
  financiering: 'er komt geld bij of er wordt bezuinigd: “we investeren € …”, “we trekken … uit”, “het budget”',
  inzet: 'inspanning zonder gegarandeerd resultaat: “we zetten in op”, “we streven naar”, “we stimuleren”, “we werken aan”',
  onderzoek: 'er wordt eerst onderzocht: “we onderzoeken”, “we verkennen”, “we bezien”, “we overwegen”',
  doel: 'een doel, met of zonder getal: “Nederland wordt koploper …”, “55% minder CO2 in 2030”',
  standpunt: 'een opvatting zonder actie: “passende zorg is de norm”, “daar is geen plek voor”',
} as const;

const MINISTRY_IDS = Object.keys(MINISTRIES);

/** A ministry abbreviation: an open list (another one is a warning). */
export const MINISTRY = openList({
  values: MINISTRY_IDS,
  code: 'unknown-ministry',
  label: { nl: 'ministerie-afkorting', en: 'ministry abbreviation' },
  docs: Object.fromEntries(MINISTRY_IDS.map((m) => [m, MINISTRIES[m]!.nl])),
});

const httpUrl = (s: string): Issue | undefined =>
  /^https?:\/\//.test(s) ? undefined : { severity: 'warning', code: 'bad-url', message: { nl: `"${s}" lijkt geen webadres (http:// of https://).`, en: `"${s}" does not look like a web address (http:// or https://).` } };

const languageCode = (s: string): Issue | undefined =>
  /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(s) ? undefined : { severity: 'warning', code: 'bad-language', message: { nl: `"${s}" is geen taalcode (bijv. nl of en).`, en: `"${s}" is not a language code (e.g. nl or en).` } };

/** One publication that quoted the passage: its name, address and date, never its prose. */
export const QUOTATION = object(
  { one: { nl: 'een publicatie', en: 'a publication' }, many: { nl: 'publicaties', en: 'publications' } },
  {
    publication: required(text(), 'naam van de publicatie, bv. `berthub.eu`'),
    url: optional(text({ json: { format: 'uri' } }), 'adres van de publicatie'),
    date: optional(date(), 'datum van de publicatie: `JJJJ-MM-DD` (ook `JJJJ-MM` of `JJJJ`)'),
    excerpt: optional(text(), 'het deel dat deze publicatie citeerde, als dat niet de hele tekst is'),
    note: optional(text(), 'hoe deze publicatie de tekst ondersteunt, bv. `"parafrase met citaat"`'),
  },
  { ref: 'quotation' },
);

/** Provenance: at the head of the file the default of every entry, at an entry what it adds to that. */
export const SOURCE = object(
  { one: { nl: 'een herkomst', en: 'a source' }, many: { nl: 'herkomsten', en: 'sources' } },
  {
    verified: optional(
      oneOf(VERIFIED_VALUES, {
        code: 'unknown-verified',
        label: { nl: 'waarde voor verified', en: 'value for verified' },
        docs: { original: 'overgenomen uit het document zelf', quoted: 'alleen gezien als citaat in publicaties' },
      }),
      '`original`: overgenomen uit het document zelf; `quoted`: alleen gezien als citaat in publicaties. Verplicht in de kop van het bestand.',
    ),
    document: optional(text(), 'waar de tekst uit is overgenomen, bv. een dataset en commit'),
    quotedIn: optional(list(QUOTATION), 'publicaties die de tekst citeerden (zie *Citerende publicaties*)'),
  },
  { ref: 'source' },
);

/** The provenance at the head of the file: there `verified` must be said, it is the default of every entry. */
export const CORPUS_SOURCE = object(
  SOURCE.name,
  { ...SOURCE.fields, verified: required(SOURCE.fields.verified.shape, SOURCE.fields.verified.doc) },
  { ref: 'corpusSource' },
);

/** Where in the document an entry stands; shared by commitments and passages. */
const LOCATION = {
  chapter: optional(text(), 'hoofdstuk van het document'),
  section: optional(text(), 'paragraaf binnen het hoofdstuk'),
  subsection: optional(text(), 'tussenkop binnen de paragraaf'),
  paragraph: optional(int({ min: 1 }), 'volgnummer van de alinea binnen het hoofdstuk (1 = de eerste alinea na de hoofdstuktitel)'),
  page: optional(int({ min: 1 }), 'paginanummer, alleen als een bron het noemt'),
  theme: optional(text(), 'het onderwerp zoals een citerende bron het noemt, als het hoofdstuk niet bekend is'),
} as const;

/** The activity a Kamer toezegging was made in. */
const KAMER_DEBATE = object(
  { one: { nl: 'een debat', en: 'a debate' }, many: { nl: 'debatten', en: 'debates' } },
  {
    number: optional(text(), 'nummer van de activiteit, bv. `2026A01894`'),
    type: optional(text(), 'soort activiteit, bv. `Commissiedebat`'),
    title: optional(text(), 'onderwerp van de activiteit'),
    date: optional(date(), 'datum van de activiteit'),
    committee: optional(text(), 'de commissie die het voortouw had'),
    committeeCode: optional(text(), 'afkorting van die commissie, bv. `BiZa`'),
    url: optional(text({ check: httpUrl, json: { format: 'uri' } }), 'de pagina van de activiteit op tweedekamer.nl'),
  },
  { ref: 'kamerDebate' },
);

/** What the Kamer's register of toezeggingen says about one promise (in a corpus of kind `toezeggingen`). */
export const KAMER_TOEZEGGING = object(
  { one: { nl: 'een Kamertoezegging', en: 'a Kamer toezegging' }, many: { nl: 'Kamertoezeggingen', en: 'Kamer toezeggingen' } },
  {
    number: required(text(), 'nummer in het register, bv. `TZ202603-130`'),
    guid: optional(text(), 'Id in de open data; een verversing herkent de toezegging eraan'),
    status: optional(text(), 'status in het register: `Openstaand`, `Voldaan`, `Afgedaan`, …'),
    minister: optional(text(), 'naam van de bewindspersoon die het toezegde'),
    role: optional(text(), 'diens functie, bv. `Minister van Financiën`'),
    ministryName: optional(text(), 'het ministerie zoals het register het noemt (`ministry` geeft de afkorting)'),
    made: optional(date(), 'datum van de toezegging'),
    changed: optional(text(), 'wanneer het register haar het laatst wijzigde (voor een verversing)'),
    fulfilledBy: optional(text(), 'de Kamerbrief waarmee ze is nagekomen, als het register die noemt'),
    debate: optional(KAMER_DEBATE, 'het debat of overleg waarin ze is gedaan'),
  },
  { ref: 'kamerToezegging' },
);

export const COMMITMENT = object(
  { one: { nl: 'een toezegging', en: 'a commitment' }, many: { nl: 'toezeggingen', en: 'commitments' } },
  {
    id: required(slug(), 'leesbare, stabiele id, uniek in dit bestand (bv. `nederlandse-digitale-dienst`). Verander een id niet meer als moties hem citeren.'),
    text: required(
      text(),
      'de **letterlijke** tekst. Parafraseer nooit. Inkortingen van een citerende bron (`(…)`, `(..)`, `[…]`) en woorden die zij invoegde (`[door]`, `[Digitale]`) blijven zichtbaar staan.',
    ),
    fragments: withDefault(list(text()), [], 'andere letterlijke formuleringen van delen van dezelfde passage, bv. de kortere of langere versie die een tweede bron citeerde'),
    ...LOCATION,
    tags: withDefault(
      list(openList({ list: 'tags', slug: true, code: 'unknown-tag', label: { nl: 'tag', en: 'tag' }, source: { nl: 'niet in corpus/tags.yaml', en: 'not in corpus/tags.yaml' } }), {
        unique: [{ code: 'duplicate-tag' }],
      }),
      [],
      'onderwerpen uit `corpus/tags.yaml` (zie *Tags*); een tag die daar niet in staat of geen id is (hoofdletters, spaties), is een waarschuwing',
    ),
    ministry: withDefault(
      list(MINISTRY, {
        single: true,
        unique: [{ code: 'duplicate-ministry', silent: true }],
      }),
      [],
      'ministerie als afkorting, één of een lijst; alleen als het te zeggen is (zie *Ministeries*)',
    ),
    firmness: recommended(
      oneOf(FIRMNESS_VALUES, { code: 'unknown-firmness', label: { nl: 'waarde voor firmness', en: 'value for firmness' }, docs: FIRMNESS_DOCS, codes: { 'missing-field': 'missing-firmness' } }),
      'hoe stellig de toezegging is (zie *Stelligheid*)',
    ),
    deadline: optional(text({ json: { type: ['string', 'integer'] } }), 'termijn, alleen als de tekst er een noemt (bv. `"2030"`)'),
    amount: optional(text({ json: { type: ['string', 'number'] } }), 'bedrag, alleen als de tekst er een noemt (bv. `"€ 5 mln"`)'),
    seeAlso: optional(
      list(slug({ severity: 'warning' }), { unique: [{ code: 'duplicate-see-also' }], located: true }),
      'ids (zonder corpus ervoor) van andere toezeggingen **in hetzelfde bestand** die dezelfde belofte doen, omdat het document haar herhaalt, bv. `seeAlso: [griffierechten-25-procent-lager]`. Beide plekken blijven citeerbaar; een id die niet in het bestand staat is een waarschuwing',
    ),
    source: optional(SOURCE, 'herkomst van deze toezegging; vult die van de kop aan'),
    note: optional(text(), 'toelichting, bv. `"Ingekort door de citerende bron."`'),
    register: optional(KAMER_TOEZEGGING, 'voor een toezegging uit het register van de Tweede Kamer (`kind: toezeggingen`): status, bewindspersoon, debat (zie *Toezeggingen van de Kamer*)'),
  },
  { ref: 'commitment' },
);

export const PASSAGE = object(
  { one: { nl: 'een passage', en: 'a passage' }, many: { nl: 'passages', en: 'passages' } },
  {
    text: required(text(), 'de letterlijke tekst'),
    kind: withDefault(
      oneOf(PASSAGE_KINDS, {
        code: 'unknown-passage-kind',
        label: { nl: 'soort passage', en: 'passage kind' },
        docs: { fragment: 'een los stuk tekst of een term', context: 'een zin die niets toezegt', title: 'een titel of kop' },
      }),
      'context',
      '`context` (een zin die niets toezegt), `fragment` (een los stuk tekst of een term) of `title` (een titel of kop)',
    ),
    ...LOCATION,
    source: optional(SOURCE, 'herkomst, als bij toezeggingen'),
    note: optional(text(), 'toelichting'),
  },
  { ref: 'passage' },
);

/** `period: { from, until }`: the days an agreement governs, both inclusive. */
const PERIOD = object(
  { one: { nl: 'een periode', en: 'a period' }, many: { nl: 'periodes', en: 'periods' } },
  { from: optional(date(), 'eerste dag'), until: optional(date(), 'laatste dag') },
  {
    build(period, issues) {
      if (period.from !== undefined && period.until !== undefined && period.until < period.from) {
        issues.error('bad-period', { nl: `De periode eindigt (${period.until}) voor ze begint (${period.from}).`, en: `The period ends (${period.until}) before it starts (${period.from}).` }, 'until');
        return undefined;
      }
      return period.from !== undefined || period.until !== undefined ? period : undefined;
    },
  },
);

const NO_ID = { nl: 'zonder id kan het corpus niet geladen worden', en: 'without an id the corpus cannot be loaded' };

/** The whole file. */
export const CORPUS_FILE = object(
  { one: { nl: 'een corpus', en: 'a corpus' }, many: { nl: 'corpora', en: 'corpora' } },
  {
    format: required(constant(CORPUS_FORMAT, 'unsupported-format'), 'versie van het formaat: altijd `1`', { hint: { nl: `gebruik format: ${CORPUS_FORMAT}`, en: `use format: ${CORPUS_FORMAT}` } }),
    id: required(
      slug({ what: { nl: 'corpus-id', en: 'corpus id' }, example: 'ca2026' }),
      'id van het corpus en voorvoegsel van elke citeersleutel (`<corpus>:<toezegging>`); kleine letters, cijfers en koppeltekens, bv. `ca2026`. Zonder geldige id laadt het bestand niet.',
      { hint: NO_ID },
    ),
    title: required(text(), 'volledige titel van het document'),
    shortTitle: optional(text(), 'korte titel voor weergave'),
    kind: required(
      oneOf(CORPUS_KINDS, {
        code: 'unknown-kind',
        label: { nl: 'soort corpus', en: 'corpus kind' },
        docs: { coalitieakkoord: 'een coalitieakkoord', verkiezingsprogramma: 'een verkiezingsprogramma', toezeggingen: 'toezeggingen van een bewindspersoon', overig: 'iets anders' },
      }),
      'soort document: `coalitieakkoord`, `verkiezingsprogramma`, `toezeggingen` of `overig`',
    ),
    parties: withDefault(list(string()), [], 'de partijen achter het document'),
    date: optional(date(), 'datum van het document: `JJJJ-MM-DD` (ook `JJJJ-MM` of `JJJJ`)'),
    published: optional(text(), 'waar het document is gepubliceerd, bv. `"Tweede Kamer, 2026D04554"`'),
    url: optional(text({ check: httpUrl, json: { format: 'uri' } }), 'adres van het document'),
    complete: withDefault(
      bool(),
      false,
      '`true` als het bestand het **hele** document bevat. Alleen dan mag de citaatcontrole zeggen dat een geciteerde zin er niet in staat, en alleen dan vervangt een eigen bestand met de id van een ingebouwd corpus dat corpus.',
    ),
    replaces: withDefault(list(slug({ what: { nl: 'corpus-id', en: 'corpus id' }, example: 'ca2026' })), [], 'ids van corpora die dit corpus vervangt (bv. een nieuw akkoord vervangt het oude)'),
    replacedBy: optional(slug({ what: { nl: 'corpus-id', en: 'corpus id' }, example: 'ca2026' }), 'id van het corpus dat dit corpus vervangt'),
    period: optional(
      PERIOD,
      'voor een akkoord: de dagen waarop het geldt, `{ from: JJJJ-MM-DD, until: JJJJ-MM-DD }` (beide inbegrepen). Zonder `period` beslist de akkoordenkalender `corpus/agreements.yaml` (op `id`), anders `date` tot het volgende akkoord.',
    ),
    language: withDefault(string({ check: languageCode }), 'nl', 'taal van de tekst (een taalcode)'),
    source: required(CORPUS_SOURCE, 'herkomst van de tekst, de standaard voor alle toezeggingen en passages (zie *Herkomst*)', {
      hint: { nl: 'geef aan waar de tekst vandaan komt (verified: original of quoted)', en: 'say where the text comes from (verified: original or quoted)' },
    }),
    renamed: withDefault(
      mapOf(slug({ what: { nl: 'toezegging-id', en: 'commitment id' } })),
      {},
      'oude id → nieuwe id, voor toezeggingen die (als deel van) een andere toezegging verder gaan, bv. `basisbeurs-terug: studeren-inkomen-ouders`. Een citeersleutel met de oude id krijgt als voorkeursoplossing de nieuwe. Geschreven door de build of de import; niet met de hand bewerken',
    ),
    commitments: required(list(COMMITMENT, { entries: true, key: 'id', located: true }), 'de toezeggingen (mag een lege lijst zijn)', {
      hint: { nl: 'een lijst, mag leeg zijn: commitments: []', en: 'a list, may be empty: commitments: []' },
    }),
    passages: withDefault(list(PASSAGE, { entries: true, located: true }), [], 'letterlijke tekst die geen toezegging is (zie *Passages*)'),
  },
  { ref: 'corpus' },
);

/** What the reader gives for one commitment, before the loader adds its key and resolves its source. */
export type CommitmentInFile = Infer<typeof COMMITMENT>;
export type PassageInFile = Infer<typeof PASSAGE>;
export type SourceInFile = Infer<typeof SOURCE>;
export type CorpusInFile = Infer<typeof CORPUS_FILE>;
