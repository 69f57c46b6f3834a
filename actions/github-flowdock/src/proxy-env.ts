type Env = Record<string, string | undefined>;

/**
 * The proxy for `url` from the runner's environment, as curl and undici read it: `https_proxy` /
 * `HTTPS_PROXY` for https (falling back to the http ones), `http_proxy` / `HTTP_PROXY` for http,
 * unless `no_proxy` / `NO_PROXY` lists the host (`*`, `example.com`, `.example.com`, `host:port`).
 */
export function proxyFor(url: URL, env: Env): URL | undefined {
  const http = env.http_proxy || env.HTTP_PROXY;
  const raw = url.protocol === "https:" ? env.https_proxy || env.HTTPS_PROXY || http : http;
  if (!raw || bypassed(url, env.no_proxy ?? env.NO_PROXY ?? "")) return undefined;
  return new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `http://${raw}`);
}

function bypassed(url: URL, noProxy: string): boolean {
  const host = url.hostname.toLowerCase().replace(/^\[(.*)\]$/, "$1");
  const port = url.port || (url.protocol === "https:" ? "443" : "80");
  for (const entry of noProxy.toLowerCase().split(/[\s,]+/)) {
    if (!entry) continue;
    if (entry === "*") return true;
    // `host:port` (IPv6 addresses in brackets); a bare IPv6 address has no port to split off.
    const match = /^(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(entry);
    const name = (match?.[1] ?? entry).replace(/^\[(.*)\]$/, "$1").replace(/^\*?\./, "");
    if (match?.[2] && match[2] !== port) continue;
    if (host === name || host.endsWith(`.${name}`)) return true;
  }
  return false;
}
