/*
 * The network guard: drafts are confidential, so under test nothing may leave the machine. Loaded with
 * `node --require` into every process the tests start (the vitest workers, the language server, the CLI) through
 * NODE_OPTIONS (see test/setup/netGuard.ts). Every outgoing connection and name lookup is checked: the loopback
 * interface and local sockets pass (the test stand-ins for the open data listen there); anything else throws and is
 * written to the file in AKKOORDWIJZER_NET_GUARD_LOG, which the test hooks read, so a blocked attempt fails the test
 * even when the code under test catches the error (as the fetch does, to say "offline").
 */
'use strict';
const net = require('node:net');
const dns = require('node:dns');
const { appendFileSync } = require('node:fs');

/*
 * Under the real-editor tests (test/e2e/run.ts) the guard is preloaded into every Node process of code-server and of
 * Neovim's client; AKKOORDWIJZER_NET_GUARD_ONLY (a pattern) names the main scripts it guards — the language server —
 * and the editor's own processes run as they would. A guarded process of that kind says so in the log once, so the
 * runner can show that the server it tested was guarded.
 */
const only = process.env.AKKOORDWIJZER_NET_GUARD_ONLY;
const guarded = !only || new RegExp(only).test(process.argv[1] ?? '');
if (only && guarded && process.env.AKKOORDWIJZER_NET_GUARD_LOG) {
  try {
    appendFileSync(process.env.AKKOORDWIJZER_NET_GUARD_LOG, `${JSON.stringify({ pid: process.pid, installed: process.argv[1] })}\n`);
  } catch {
    // The log is the test's; the guard works without it.
  }
}

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost', '::ffff:127.0.0.1']);
const allowed = (host) => host === undefined || host === null || host === '' || LOOPBACK.has(String(host).replace(/^\[|\]$/g, '').toLowerCase()) || /^127\./.test(String(host));

function blocked(what) {
  const error = new Error(`network guard: ${what} is blocked (only the loopback interface is reachable under test)`);
  error.code = 'EAKKOORDWIJZERGUARD';
  const log = process.env.AKKOORDWIJZER_NET_GUARD_LOG;
  if (log) {
    try {
      appendFileSync(log, `${JSON.stringify({ pid: process.pid, what, stack: error.stack })}\n`);
    } catch {
      // The log is the test's; a failure to write it must not hide the error itself.
    }
  }
  return error;
}

if (guarded) install();

function install() {
  // net.connect, http(s).request, tls.connect and undici's fetch all open their sockets through Socket#connect.
  const connect = net.Socket.prototype.connect;
  net.Socket.prototype.connect = function guardedConnect(...args) {
    const first = args[0];
    const options = Array.isArray(first) ? first[0] : first;
    if (options && typeof options === 'object') {
      if (typeof options.path !== 'string' && !allowed(options.host)) throw blocked(`a connection to ${options.host}:${options.port}`);
    } else if (typeof first === 'number' || (typeof first === 'string' && !Number.isNaN(Number(first)))) {
      const host = typeof args[1] === 'string' ? args[1] : undefined;
      if (!allowed(host)) throw blocked(`a connection to ${host}:${first}`);
    }
    return connect.apply(this, args);
  };

  // Name lookups leak the names looked up; only local names are resolved.
  for (const name of ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCname', 'resolveMx', 'resolveTxt', 'resolveSrv', 'resolveNs', 'reverse']) {
    for (const target of [dns, dns.promises]) {
      const original = target[name];
      if (typeof original !== 'function') continue;
      target[name] = function guardedLookup(host, ...rest) {
        if (!allowed(host)) throw blocked(`a name lookup of ${host} (dns.${name})`);
        return original.call(this, host, ...rest);
      };
    }
  }
}
