import { EventEmitter } from "node:events";
import type { Dispatcher } from "undici";

type Undici = typeof import("undici");

let undici: Promise<Undici> | undefined;

/**
 * undici, loaded on first use: importing the sender costs nothing until a message is sent, which
 * matters to the action's cold start when an event needs no message.
 */
function loadUndici(): Promise<Undici> {
  undici ??= import("undici");
  return undici;
}

/** How the client's own connection pool is set up. */
export interface PoolOptions {
  /** An explicit proxy URL; without it `HTTP_PROXY`/`HTTPS_PROXY`/`NO_PROXY` decide. */
  proxy?: string | undefined;
  connectTimeoutMs: number;
  env?: NodeJS.ProcessEnv;
}

const PROXY_VARIABLES = ["http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY"] as const;

/** One keep-alive pool for a client: a `ProxyAgent` for `proxy`, else undici's env proxy agent. */
export async function createPool({
  proxy,
  connectTimeoutMs,
  env = process.env,
}: PoolOptions): Promise<Dispatcher> {
  const { Agent, EnvHttpProxyAgent, ProxyAgent } = await loadUndici();
  const pool = { keepAliveTimeout: 10_000, connect: { timeout: connectTimeoutMs } };
  if (proxy !== undefined) return new ProxyAgent({ ...pool, uri: proxy });
  // With no proxy variable set, EnvHttpProxyAgent sends everything direct anyway, yet parses the
  // URL and reads NO_PROXY on every request; a plain Agent skips that (the bench shows it).
  return PROXY_VARIABLES.some((name) => env[name]) ? new EnvHttpProxyAgent(pool) : new Agent(pool);
}

/** `user:password` of a proxy URL, to be redacted wherever it could show up. */
export function proxySecrets(proxy: string | undefined): string[] {
  if (proxy === undefined || !URL.canParse(proxy)) return [];
  const { username, password } = new URL(proxy);
  return [username, password]
    .filter((part) => part !== "")
    .flatMap((part) => [part, decodeURIComponent(part)]);
}

/**
 * An abort signal that fires after `ms`. undici takes an EventEmitter as `signal`; this one costs
 * far less per request than an AbortController, whose EventTarget showed up in the benchmark.
 */
export class DeadlineSignal extends EventEmitter {
  aborted = false;
  reason: Error | undefined;
  readonly #timer: NodeJS.Timeout;

  constructor(ms: number, reason: () => Error) {
    super();
    this.#timer = setTimeout(() => {
      this.aborted = true;
      this.reason = reason();
      this.emit("abort");
    }, ms);
  }

  /** Stops the clock once the attempt is over. */
  clear(): void {
    clearTimeout(this.#timer);
  }
}
