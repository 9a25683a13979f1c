// proxy-from-env 2 ships no types; this is its one function, as its README documents it.
declare module 'proxy-from-env' {
  /** The proxy URL for `url` from the *_PROXY and NO_PROXY environment variables; '' when it goes direct. */
  export function getProxyForUrl(url: string | URL): string;
}
