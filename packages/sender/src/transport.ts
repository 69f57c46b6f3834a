import type { Dispatcher } from "undici";

type Undici = typeof import("undici");

let undici: Promise<Undici> | undefined;

/**
 * undici, loaded on first use: importing the sender costs nothing until a message is sent, which
 * matters to the action's cold start when an event needs no message.
 */
export function loadUndici(): Promise<Undici> {
  undici ??= import("undici");
  return undici;
}

/** How the client's own connection pool is set up. */
export interface PoolOptions {
  /** An explicit proxy URL; without it `HTTP_PROXY`/`HTTPS_PROXY`/`NO_PROXY` decide. */
  proxy?: string | undefined;
  connectTimeoutMs: number;
}

/** One keep-alive pool for a client: a `ProxyAgent` for `proxy`, else undici's env proxy agent. */
export async function createPool({ proxy, connectTimeoutMs }: PoolOptions): Promise<Dispatcher> {
  const { EnvHttpProxyAgent, ProxyAgent } = await loadUndici();
  const pool = {
    keepAliveTimeout: 10_000,
    connect: { timeout: connectTimeoutMs },
  };
  return proxy === undefined
    ? new EnvHttpProxyAgent(pool)
    : new ProxyAgent({ ...pool, uri: proxy });
}

/** `user:password` of a proxy URL, to be redacted wherever it could show up. */
export function proxySecrets(proxy: string | undefined): string[] {
  if (proxy === undefined || !URL.canParse(proxy)) return [];
  const { username, password } = new URL(proxy);
  return [username, password]
    .filter((part) => part !== "")
    .flatMap((part) => [part, decodeURIComponent(part)]);
}
