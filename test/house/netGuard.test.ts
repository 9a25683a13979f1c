import { spawnSync } from 'node:child_process';
import { promises as dnsPromises } from 'node:dns';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { takeBlocked } from '../support/netGuardLog';

/** TEST-NET-1 (RFC 5737): an address that belongs to no one, so even without the guard nothing would be reached. */
const OUTSIDE = '192.0.2.1';

describe('the network guard (every test process and every process it starts)', () => {
  it('blocks a fetch to the outside in the test process and records it', async () => {
    await expect(fetch(`http://${OUTSIDE}/`)).rejects.toThrow();
    expect(takeBlocked().map((b) => b.what)).toEqual([`a connection to ${OUTSIDE}:80`]);
  });

  it('blocks a name lookup', async () => {
    await expect(Promise.resolve().then(() => dnsPromises.lookup('gegevensmagazijn.tweedekamer.nl'))).rejects.toThrow(/network guard/);
    expect(takeBlocked().map((b) => b.what)).toEqual(['a name lookup of gegevensmagazijn.tweedekamer.nl (dns.lookup)']);
  });

  it('lets the loopback interface through (the test stand-ins listen there)', async () => {
    const server = http.createServer((_req, res) => res.end('ok'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const res = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
      expect(await res.text()).toBe('ok');
    } finally {
      server.close();
    }
    expect(takeBlocked()).toEqual([]);
  });

  it('is installed in the processes a test starts (the server, the CLI), which record what it blocked', () => {
    const script = `require('node:https').get('https://${OUTSIDE}/').on('error', (e) => { console.log(e.code); });`;
    const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    expect(r.stderr + r.stdout).toMatch(/network guard|EAKKOORDWIJZERGUARD/);
    const blocked = takeBlocked();
    expect(blocked).toHaveLength(1);
    expect(blocked[0]!.pid).not.toBe(process.pid);
    expect(blocked[0]!.what).toBe(`a connection to ${OUTSIDE}:443`);
  });
});
