// proxy-from-env ships no types; this is the one function the node transport calls.
declare module "proxy-from-env" {
  /** The proxy URL for `url` from `*_PROXY` and `NO_PROXY` (lower case first), or "" for none. */
  export function getProxyForUrl(url: string | URL): string;
}
