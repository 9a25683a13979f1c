import { getProxyForUrl } from 'proxy-from-env';
import { Agent, fetch as undiciFetch, ProxyAgent, type Dispatcher } from 'undici';
import type { FetchLike } from '../shared/opendata';

/*
 * The node side's `fetch` for the one online step, with the proxy a user's network needs.
 *
 * undici 6 (the same fetch Node 20 ships, from the Node.js project; 7 and later need Node 22): its `fetch` follows
 * redirects, streams the body and reports failures with the system's error codes, which the shared module reads; its
 * `ProxyAgent` tunnels through an HTTP proxy with credentials taken from the proxy URL. Which proxy serves a URL, if
 * any, is `proxy-from-env`'s reading of HTTPS_PROXY / HTTP_PROXY / ALL_PROXY and NO_PROXY (upper or lower case), the
 * conventions curl established. undici's own EnvHttpProxyAgent would do that too, but in undici 6 it prints an
 * "experimental" warning on every run. Extra certificate authorities come from NODE_EXTRA_CA_CERTS, which Node reads
 * at start-up for every TLS connection; nothing here needs to know about them.
 */

export interface NodeFetchOptions {
  /** A proxy URL given explicitly (`--proxy`): it serves every request, whatever NO_PROXY says. */
  proxy?: string;
}

export interface NodeFetch {
  fetch: FetchLike;
  /** The proxy a request to `url` goes through, without its credentials; undefined when it goes direct. */
  proxyFor(url: string): string | undefined;
  /** Close the connections kept open (a CLI run ends right after). */
  close(): Promise<void>;
}

/** A `fetch` for the open-data client that goes through `options.proxy`, else the proxy the environment names. */
export function createNodeFetch(options: NodeFetchOptions = {}): NodeFetch {
  const direct = new Agent();
  const proxies = new Map<string, ProxyAgent>();
  const proxyUrl = (url: string): string | undefined => options.proxy || getProxyForUrl(url) || undefined;
  const dispatcherFor = (url: string): Dispatcher => {
    const proxy = proxyUrl(url);
    if (!proxy) return direct;
    let agent = proxies.get(proxy);
    if (!agent) proxies.set(proxy, (agent = new ProxyAgent({ uri: proxy })));
    return agent;
  };
  const fetch: FetchLike = async (url, init) => (await undiciFetch(url, { ...init, dispatcher: dispatcherFor(url) }));
  return {
    fetch,
    proxyFor: (url) => {
      const proxy = proxyUrl(url);
      return proxy === undefined ? undefined : withoutCredentials(proxy);
    },
    close: async () => {
      await Promise.all([direct, ...proxies.values()].map((d) => d.close().catch(() => undefined)));
    },
  };
}

/** A proxy URL fit to print: `http://name:secret@proxy:8080` → `http://proxy:8080`. */
export function withoutCredentials(proxy: string): string {
  try {
    const url = new URL(proxy);
    url.username = '';
    url.password = '';
    return url.toString().replace(/\/$/, '');
  } catch {
    return proxy.replace(/\/\/[^@/]*@/, '//');
  }
}
