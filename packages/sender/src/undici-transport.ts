import type { Dispatcher } from "undici";
import { envProxySecrets, PROXY_VARIABLES, proxySecrets } from "./proxy-secrets.js";
import { flatHeaders, MAX_ANSWER_BYTES, readBody } from "./read-body.js";
import type { HttpAnswer, HttpRequest, Transport } from "./transport.js";

/** Options of {@link createUndiciTransport}. */
export interface UndiciTransportOptions {
  /** Proxy URL for every request; without it `HTTPS_PROXY`/`HTTP_PROXY`/`NO_PROXY` decide. */
  proxy?: string | undefined;
  /** Sends through this undici dispatcher (tests: `MockAgent`); `close()` leaves it open. */
  dispatcher?: Dispatcher | undefined;
  /** Longest wait for a TCP connection of the transport's own pool (default 10000). */
  connectTimeoutMs?: number | undefined;
}

/**
 * A transport on undici with one keep-alive pool: for long-running senders. undici is imported on
 * the first request, so a program that never sends through it never loads it.
 */
export function createUndiciTransport(options: UndiciTransportOptions = {}): Transport {
  const { proxy, dispatcher } = options;
  const connectTimeoutMs = options.connectTimeoutMs ?? 10_000;
  let pool: Promise<Dispatcher> | undefined;
  let ready: Dispatcher | undefined = dispatcher;
  // Requests given up at their deadline that undici still holds (e.g. waiting for a CONNECT answer).
  let abandoned = 0;

  // The client posts to one URL: split it once.
  let target: { url: string; origin: string; path: string } | undefined;
  const split = (url: string) => {
    if (target?.url !== url) {
      const parsed = new URL(url);
      target = { url, origin: parsed.origin, path: `${parsed.pathname}${parsed.search}` };
    }
    return target;
  };

  async function send(request: HttpRequest): Promise<HttpAnswer> {
    const { signal } = request;
    signal.throwIfAborted();
    if (!ready) {
      pool ??= createPool(proxy, connectTimeoutMs);
      ready = await pool;
    }
    const { origin, path } = split(request.url);
    const pending = ready.request({
      origin,
      path,
      method: request.method as Dispatcher.HttpMethod,
      headers: request.headers,
      body: request.body,
      signal,
    });
    // undici hears the signal only once a connection is up, so a proxy that never answers CONNECT
    // would hold the request: the deadline is enforced here as well, for every phase.
    const response = await untilAborted(pending, signal, () => {
      abandoned++;
      pending
        .then(
          (late) => late.body.destroy(),
          () => {},
        )
        .finally(() => abandoned--);
    });
    let text: Promise<string> | undefined;
    return {
      status: response.statusCode,
      headers: flatHeaders(response.headers),
      text: () => (text ??= readAnswer(response, signal)),
    };
  }

  let closing: Promise<void> | undefined;
  return {
    request: send,
    close: () =>
      (closing ??= (async () => {
        // A pool that never came up (undici could not be loaded) has nothing to close.
        const own = await pool?.catch(() => undefined);
        if (!own) return;
        // close() waits for every request undici holds; one given up at its deadline may wait for
        // a connection forever, so then the pool is destroyed instead.
        await (abandoned > 0 ? own.destroy() : own.close());
      })()),
    secrets: [...proxySecrets(proxy), ...envProxySecrets(process.env)],
  };
}

async function createPool(proxy: string | undefined, connectTimeoutMs: number) {
  const { Agent, EnvHttpProxyAgent, ProxyAgent } = await import("undici");
  const pool = { keepAliveTimeout: 10_000, connect: { timeout: connectTimeoutMs } };
  if (proxy !== undefined) return new ProxyAgent({ ...pool, uri: proxy });
  // With no proxy variable set, EnvHttpProxyAgent sends everything direct anyway, yet parses the
  // URL and reads NO_PROXY on every request; a plain Agent skips that work.
  return PROXY_VARIABLES.some((name) => process.env[name])
    ? new EnvHttpProxyAgent(pool)
    : new Agent(pool);
}

function readAnswer(response: Dispatcher.ResponseData, signal: AbortSignal): Promise<string> {
  const length = Number(response.headers["content-length"]);
  // undici's own reader is the fast path; the request's signal stops it, as it stops readBody.
  if (length <= MAX_ANSWER_BYTES) return response.body.text();
  return readBody(response.body, signal);
}

/** `work`, or the signal's reason as soon as it fires; `giveUp` is told when `work` is left behind. */
function untilAborted<T>(work: Promise<T>, signal: AbortSignal, giveUp: () => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => {
      reject(signal.reason);
      giveUp();
    };
    if (signal.aborted) return onAbort();
    // Removed by hand either way; `once` would cost a wrapper per request.
    signal.addEventListener("abort", onAbort);
    work.then(
      (value) => {
        signal.removeEventListener("abort", onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener("abort", onAbort);
        reject(error);
      },
    );
  });
}
