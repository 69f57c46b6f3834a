import { Agent as HttpAgent, request as httpRequest } from "node:http";
import { Agent as HttpsAgent, request as httpsRequest } from "node:https";
import { envProxySecrets, PROXY_VARIABLES, proxySecrets } from "./proxy-secrets.js";
import { flatHeaders, readBody } from "./read-body.js";
import type { HttpAnswer, HttpRequest, Transport } from "./transport.js";

/** Options of {@link createNodeTransport}. */
export interface NodeTransportOptions {
  /** Proxy URL for every request; without it `HTTPS_PROXY`/`HTTP_PROXY`/`ALL_PROXY`/`NO_PROXY` decide. */
  proxy?: string | undefined;
}

/**
 * A transport on `node:http`/`node:https`, for short processes that send a message or two (the
 * GitHub Action, `flowdock-send`): it never loads undici. Proxies go through `https-proxy-agent`
 * (a CONNECT tunnel, for http and https targets alike), chosen by `proxy-from-env` as curl does;
 * both are loaded only when a proxy variable is set.
 */
export function createNodeTransport(options: NodeTransportOptions = {}): Transport {
  const { proxy } = options;
  // Kept-alive connections for direct requests, one agent per scheme, made on first use.
  let http: HttpAgent | undefined;
  let https: HttpsAgent | undefined;
  const directAgent = (secure: boolean): HttpAgent => {
    if (secure) {
      https ??= new HttpsAgent({ keepAlive: true });
      return https;
    }
    http ??= new HttpAgent({ keepAlive: true });
    return http;
  };
  const inFlight = new Set<Promise<unknown>>();
  const track = <T>(work: Promise<T>): Promise<T> => {
    inFlight.add(work);
    const done = () => inFlight.delete(work);
    work.then(done, done);
    return work;
  };

  async function send(request: HttpRequest): Promise<HttpAnswer> {
    const { signal } = request;
    signal.throwIfAborted();
    const url = new URL(request.url);
    const secure = url.protocol === "https:";
    const through = proxy ?? (await proxyFromEnv(url));
    const agent = through ? await tunnelAgent(through, signal) : directAgent(secure);
    return new Promise<HttpAnswer>((resolve, reject) => {
      // The signal destroys the request in every phase: lookup, connect, TLS, headers and body.
      const req = (secure ? httpsRequest : httpRequest)(url, {
        method: request.method,
        headers: request.headers,
        agent,
        signal,
      });
      req.on("error", (error) => reject(signal.aborted ? signal.reason : error));
      // Settles at the deadline even where a destroyed request emits no error (Node 24, below).
      signal.addEventListener("abort", () => reject(signal.reason), { once: true });
      // https-proxy-agent hands a refused CONNECT on as if the target had answered it.
      req.once("proxyConnect", ({ statusCode }: { statusCode: number }) => {
        if (statusCode === 200) return;
        const refused = new Error(`the proxy answered ${statusCode} to CONNECT ${url.host}`);
        Object.assign(refused, { code: "ERR_PROXY_TUNNEL" });
        // On Node 24 destroying the request before it has its socket emits no "error".
        reject(refused);
        req.destroy(refused);
      });
      req.once("response", (res) => {
        let text: Promise<string> | undefined;
        resolve({
          status: res.statusCode ?? 0,
          headers: flatHeaders(res.headers),
          text: () => (text ??= track(readBody(res, signal))),
        });
      });
      req.end(request.body);
    });
  }

  let closing: Promise<void> | undefined;
  return {
    request: (request) => track(send(request)),
    close: () =>
      (closing ??= (async () => {
        await Promise.allSettled([...inFlight]);
        http?.destroy();
        https?.destroy();
      })()),
    secrets: [...proxySecrets(proxy), ...envProxySecrets(process.env)],
  };
}

/** The proxy the environment names for `url`, or undefined; `proxy-from-env` loads only if one is set. */
async function proxyFromEnv(url: URL): Promise<string | undefined> {
  if (!PROXY_VARIABLES.some((name) => process.env[name])) return undefined;
  const { getProxyForUrl } = await import("proxy-from-env");
  return getProxyForUrl(url.href) || undefined;
}

/**
 * An agent that tunnels one request through `proxy`. One per request, so the request's signal
 * also destroys the socket to the proxy while it waits for the CONNECT answer. The credentials go
 * in a header of their own, so the library never holds (or logs) a URL with them.
 */
async function tunnelAgent(proxy: string, signal: AbortSignal) {
  const { HttpsProxyAgent } = await import("https-proxy-agent");
  // Never the URL itself in the message: it may hold the proxy's credentials.
  if (!URL.canParse(proxy)) {
    throw Object.assign(
      new Error(
        "the proxy URL (--proxy, or HTTPS_PROXY / HTTP_PROXY / ALL_PROXY) is not a valid URL",
      ),
      { code: "ERR_INVALID_URL" },
    );
  }
  const url = new URL(proxy);
  const headers: Record<string, string> = {};
  if (url.username || url.password) {
    const credentials = `${decodedOrRaw(url.username)}:${decodedOrRaw(url.password)}`;
    headers["proxy-authorization"] = `Basic ${Buffer.from(credentials).toString("base64")}`;
    url.username = "";
    url.password = "";
  }
  return new HttpsProxyAgent(url, { headers, signal });
}

/** A percent-encoded URL part decoded, or as written when it holds a stray `%`. */
function decodedOrRaw(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}
