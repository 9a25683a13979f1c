/**
 * The JSON Schema (draft-07) of `*.akkoord.yaml`, for the YAML language server (completion, hover, validation in
 * VS Code with the Red Hat YAML extension). Generated so the tag and ministry lists stay in step with the data.
 * Open lists (tags, ministries) are offered as suggestions but any slug is accepted: the loader, not the schema,
 * warns about unknown ones.
 */

import { CORPUS_KINDS, FIRMNESS_VALUES, MINISTRIES, PASSAGE_KINDS, SLUG_PATTERN, VERIFIED_VALUES } from '../../src/core/corpus/types';
import type { TagDef } from '../../src/core/corpus/types';

const FIRMNESS_DOC: Record<string, string> = {
  besluit: 'Een besluit: "we richten … op", "we voeren … in", "er komt …".',
  wetgeving: 'Er wordt een wet gemaakt of gewijzigd.',
  financiering: 'Er komt geld beschikbaar of er wordt bezuinigd.',
  inzet: 'Inspanning zonder gegarandeerd resultaat: "we zetten in op", "we streven naar", "we stimuleren", "we werken aan".',
  onderzoek: '"We onderzoeken", "we verkennen", "we bezien", "we overwegen".',
  doel: 'Een doel, met of zonder getal ("Nederland wordt koploper …").',
  standpunt: 'Een uitgesproken opvatting zonder actie.',
};

const slug = { type: 'string', pattern: `^${SLUG_PATTERN}$` };
const isoDate = {
  description: 'ISO-datum: JJJJ-MM-DD (of JJJJ-MM, JJJJ).',
  type: 'string',
  pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$',
};
const text = (description: string) => ({ type: 'string', minLength: 1, description });

export function buildSchema(tags: TagDef[]): Record<string, unknown> {
  const tagRef = {
    description: 'Een tag uit corpus/tags.yaml (een open lijst: een onbekende tag is een waarschuwing).',
    anyOf: [
      { enum: tags.map((t) => t.id), markdownEnumDescriptions: tags.map((t) => `**${t.nl}** — ${t.description}`) },
      slug,
    ],
  };
  const ministryIds = Object.keys(MINISTRIES);
  const ministryRef = {
    anyOf: [
      { enum: ministryIds, markdownEnumDescriptions: ministryIds.map((m) => MINISTRIES[m]!.nl) },
      { type: 'string', minLength: 1 },
    ],
  };
  const location = {
    chapter: text('Het hoofdstuk van het document, waar bekend.'),
    section: text('De paragraaf binnen het hoofdstuk.'),
    subsection: text('De subparagraaf (een tussenkop binnen de paragraaf).'),
    paragraph: { type: 'integer', minimum: 1, description: 'Volgnummer van de alinea binnen het hoofdstuk (1 = de eerste alinea na de hoofdstuktitel).' },
    page: { type: 'integer', minimum: 1, description: 'Paginanummer, alleen waar een bron het noemt.' },
    theme: text('Het onderwerp volgens de citerende bron, als het hoofdstuk niet bekend is.'),
    note: text('Toelichting, bv. "ingekort door de citerende bron".'),
  };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'Akkoordwijzer-corpus (*.akkoord.yaml)',
    description: 'Toezeggingen uit één brondocument (coalitieakkoord, verkiezingsprogramma, toezeggingen). Zie docs/corpus-format.md.',
    type: 'object',
    additionalProperties: false,
    required: ['format', 'id', 'title', 'kind', 'source', 'commitments'],
    properties: {
      format: { const: 1, description: 'Versie van het bestandsformaat: 1.' },
      id: { ...slug, description: 'Id van het corpus = het voorvoegsel van citeersleutels (<corpus>:<toezegging>), bv. ca2026.' },
      title: text('Volledige titel van het document.'),
      shortTitle: text('Korte titel, voor weergave.'),
      kind: { enum: [...CORPUS_KINDS], description: 'Soort document.' },
      parties: { type: 'array', items: { type: 'string', minLength: 1 }, description: 'De partijen achter het document.' },
      date: isoDate,
      published: text('Waar het document is gepubliceerd (bv. "Tweede Kamer, 2026D04554").'),
      url: { type: 'string', format: 'uri', description: 'Adres van het document.' },
      complete: { type: 'boolean', default: false, description: 'Bevat dit bestand het hele document? Alleen dan mag de citaatcontrole zeggen dat iets er niet in staat.' },
      replaces: { type: 'array', items: slug, description: 'Ids van corpora die door dit corpus worden vervangen.' },
      replacedBy: { ...slug, description: 'Id van het corpus dat dit corpus vervangt.' },
      period: {
        type: 'object',
        additionalProperties: false,
        description: 'Periode waarin dit akkoord geldt (beide dagen inbegrepen); anders beslist corpus/agreements.yaml.',
        properties: { from: { ...isoDate, description: 'Eerste dag.' }, until: { ...isoDate, description: 'Laatste dag.' } },
      },
      language: { type: 'string', default: 'nl', description: 'Taal van de tekst (standaard nl).' },
      source: { $ref: '#/definitions/source', description: 'Herkomst van de tekst; standaard voor alle toezeggingen en passages.' },
      commitments: { type: 'array', items: { $ref: '#/definitions/commitment' }, description: 'De toezeggingen.' },
      passages: { type: 'array', items: { $ref: '#/definitions/passage' }, description: 'Letterlijke tekst die geen toezegging is (context, fragmenten, titels): alleen voor de citaatcontrole.' },
    },
    definitions: {
      source: {
        type: 'object',
        additionalProperties: false,
        properties: {
          verified: { enum: [...VERIFIED_VALUES], markdownEnumDescriptions: ['Overgenomen uit het document zelf.', 'Alleen gezien als citaat in publicaties.'] },
          document: text('Waar de tekst uit is overgenomen (bv. dataset en commit).'),
          quotedIn: {
            type: 'array',
            description: 'Publicaties die de tekst citeerden (naam, adres, datum; nooit hun eigen tekst).',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['publication'],
              properties: {
                publication: text('Naam van de publicatie, bv. berthub.eu.'),
                url: { type: 'string', description: 'Adres van de publicatie.' },
                date: isoDate,
                excerpt: text('Het deel dat deze publicatie citeerde, als dat niet de hele tekst is.'),
                note: text('Hoe deze publicatie de tekst ondersteunt.'),
              },
            },
          },
        },
      },
      commitment: {
        type: 'object',
        additionalProperties: false,
        // firmness is expected but not required: the loader warns when it is missing.
        required: ['id', 'text'],
        properties: {
          id: { ...slug, description: 'Leesbare, stabiele id, uniek in dit bestand (bv. nederlandse-digitale-dienst).' },
          text: text('De letterlijke tekst. Inkortingen (…) en invoegingen [zo] van een citerende bron blijven zichtbaar.'),
          fragments: { type: 'array', items: { type: 'string', minLength: 1 }, description: 'Andere letterlijke formuleringen van delen van dezelfde passage.' },
          ...location,
          tags: { type: 'array', items: tagRef, description: 'Onderwerpen uit corpus/tags.yaml.' },
          ministry: { description: 'Ministerie(s), afkorting; alleen als het te zeggen is.', anyOf: [ministryRef, { type: 'array', items: ministryRef }] },
          firmness: { enum: [...FIRMNESS_VALUES], markdownEnumDescriptions: FIRMNESS_VALUES.map((f) => FIRMNESS_DOC[f]!), description: 'Hoe stellig de toezegging is.' },
          deadline: { type: ['string', 'integer'], description: 'Termijn, alleen als de tekst er een noemt (bv. "2030").' },
          amount: { type: ['string', 'number'], description: 'Bedrag, alleen als de tekst er een noemt (bv. "€ 5 mln").' },
          seeAlso: {
            type: 'array',
            uniqueItems: true,
            items: slug,
            description: 'Ids van andere toezeggingen in dit bestand die dezelfde belofte doen (het document herhaalt haar). Een id die niet in het bestand staat, is een waarschuwing.',
          },
          source: { $ref: '#/definitions/source', description: 'Herkomst van deze toezegging (vult die van het corpus aan).' },
        },
      },
      passage: {
        type: 'object',
        additionalProperties: false,
        required: ['text'],
        properties: {
          text: text('De letterlijke tekst.'),
          kind: { enum: [...PASSAGE_KINDS], default: 'context', markdownEnumDescriptions: ['Een los stuk tekst of term.', 'Een zin die niets toezegt.', 'Een titel of kop.'] },
          ...location,
          source: { $ref: '#/definitions/source' },
        },
      },
    },
  };
}
