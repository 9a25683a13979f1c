/*
 * The register client against the stand-in on the loopback interface (constructed answers, see
 * test/fixtures/toezeggingen/README.md), with Node's own fetch as the transport. No test here uses the internet.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { activiteitUrl, fetchKamerToezeggingen, kamerToezeggingenUrl, ledByCommissie, odataDay, parseKamerToezegging } from '../../../src/shared/kamerToezeggingen';
import { OpenDataError, type FetchLike } from '../../../src/shared/opendata';
import { startToezeggingenServer, toezeggingFixture, type ToezeggingenServer } from '../../cli/toezeggingenServer';

let served: ToezeggingenServer;
const nodeFetch = globalThis.fetch as unknown as FetchLike;

beforeAll(async () => {
  served = await startToezeggingenServer();
});
afterAll(() => served.close());
beforeEach(() => {
  served.requests.length = 0;
  served.mode = 'nextLink';
});

describe('reading one Toezegging', () => {
  it('keeps what it knows, ignores unknown fields, and reads 0001-01-01 as no date', () => {
    const [open, kept] = toezeggingFixture('page-1').value.map(parseKamerToezegging);
    expect(open).toMatchObject({ nummer: 'TZ202603-130', status: 'Openstaand', datumNakoming: '2026-07-01', aanmaakdatum: '2026-03-19', verwijderd: false });
    expect(open!.activiteit).toMatchObject({ nummer: '2026A01894', voortouwafkorting: 'DiZa', datum: '2026-03-19' });
    expect(kept!.datumNakoming).toBeUndefined();
    expect(kept!.kamerbriefNakoming).toBe('2026D20001');
    const [odd, deleted, noNumber] = toezeggingFixture('page-2').value.map(parseKamerToezegging);
    expect(odd).toMatchObject({ naam: 'Hermans, S.T.M.', datumNakoming: '2025-03-01', tekst: 'De minister zegt toe de Kamer vóór 1 maart 2025 te informeren over de netcongestie.' });
    expect(odd!.status).toBeUndefined();
    expect(odd!.activiteit).toBeUndefined();
    expect(odd).not.toHaveProperty('NieuwVeldDatDeClientNietKent');
    expect(deleted!.verwijderd).toBe(true);
    expect(noNumber).toBeUndefined();
    expect([null, 3, 'x', [], {}].map(parseKamerToezegging)).toEqual([undefined, undefined, undefined, undefined, undefined]);
    expect([odataDay('0001-01-01T00:00:00Z'), odataDay(''), odataDay(null), odataDay('2026-02-03T00:00:00+01:00')]).toEqual([undefined, undefined, undefined, '2026-02-03']);
  });

  it('links the debate on tweedekamer.nl (plenary and committee pages differ) and matches a committee by abbreviation or name', () => {
    expect(activiteitUrl({ nummer: '2026A01894', soort: 'Commissiedebat' })).toBe('https://www.tweedekamer.nl/debat_en_vergadering/commissievergaderingen/details?id=2026A01894');
    expect(activiteitUrl({ nummer: '2026A02001', soort: 'Plenair debat' })).toBe('https://www.tweedekamer.nl/debat_en_vergadering/plenaire_vergaderingen/details/activiteit?id=2026A02001');
    expect(activiteitUrl(undefined)).toBeUndefined();
    const open = parseKamerToezegging(toezeggingFixture('page-1').value[0])!;
    expect(['diza', 'Digitale Zaken', 'digitale'].map((c) => ledByCommissie(open, c))).toEqual([true, true, true]);
    expect(ledByCommissie(open, 'FIN')).toBe(false);
  });

  it('asks for live records only on a first fetch, for deletions too on a refresh, and filters Aanmaakdatum by --sinds', () => {
    const first = decodeURIComponent(kamerToezeggingenUrl('https://x/OData/v4/2.0/', { sinds: '2025-01-01' }, 250));
    expect(first).toContain('/Toezegging?$filter=Verwijderd eq false and Aanmaakdatum ge 2025-01-01T00:00:00Z&$expand=Activiteit($select=');
    expect(first).toContain('$top=250');
    const refresh = decodeURIComponent(kamerToezeggingenUrl('https://x/OData/v4/2.0', { gewijzigdSinds: '2026-03-20T09:00:00+01:00' }, 250));
    expect(refresh).toContain('$filter=GewijzigdOp gt 2026-03-20T09:00:00+01:00&');
    expect(refresh).not.toContain('Verwijderd');
  });
});

describe('fetching the register page after page', () => {
  it('follows @odata.nextLink, drops deleted records and entries without a number', async () => {
    const pages: number[] = [];
    const answer = await fetchKamerToezeggingen({}, { fetch: nodeFetch, baseUrl: served.url, onPage: (n) => pages.push(n) });
    expect(answer.records.map((r) => r.nummer)).toEqual(['TZ202603-130', 'TZ202604-011', 'TZ202410-077']);
    expect(answer.deleted).toEqual(['0a1b2c3d-0000-4000-8000-000000000004']);
    expect(answer.skipped).toBe(1);
    expect(pages).toEqual([2, 3]);
    expect(served.requests).toHaveLength(2);
    expect(served.requests[1]).toContain("$skiptoken='0a1b2c3d-0000-4000-8000-000000000002'");
  });

  it('pages with $skip and $top when the server gives no link, until a page comes back short', async () => {
    served.mode = 'skip';
    const answer = await fetchKamerToezeggingen({}, { fetch: nodeFetch, baseUrl: served.url, pageSize: 2 });
    expect(answer.records.map((r) => r.nummer)).toEqual(['TZ202603-130', 'TZ202604-011', 'TZ202410-077']);
    expect(answer.pages).toBe(3);
    expect(served.requests.map((r) => /\$skip=(\d+)/.exec(r)?.[1] ?? '0')).toEqual(['0', '2', '4']);
  });

  it('does not follow a link to another server', async () => {
    const fetch: FetchLike = async (url, init) => {
      const response = await nodeFetch(url, init);
      const body = { ...toezeggingFixture('page-1'), '@odata.nextLink': 'https://elsewhere.example/OData/v4/2.0/Toezegging?$skiptoken=1' };
      return { ...response, status: 200, text: async () => JSON.stringify(body) } as typeof response;
    };
    const answer = await fetchKamerToezeggingen({}, { fetch, baseUrl: served.url });
    expect(answer.pages).toBe(1);
  });

  it('an error response is an OpenDataError with the server\'s message and no document number in it', async () => {
    served.mode = 'error';
    const error = await fetchKamerToezeggingen({}, { fetch: nodeFetch, baseUrl: served.url }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpenDataError);
    expect((error as OpenDataError).kind).toBe('http');
    expect((error as OpenDataError).text.nl).toBe(
      "De open data van de Tweede Kamer antwoordde met HTTP 500 (The query specified in the URI is not valid. Could not find a property named 'Onbekend'.). Probeer het later opnieuw.",
    );
  });
});
