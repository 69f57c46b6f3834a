import type { Agent, IncomingMessage } from "node:http";
import { isIP, type Socket } from "node:net";
import type { Dispatcher } from "undici";
import { proxyFor } from "./proxy-env.js";

/** What the sender passes to `dispatcher.request`. */
interface RequestOptions {
  origin: string | URL;
  path: string;
  method: string;
  headers?: Record<string, string> | null;
  body?: string | Buffer | null;
  signal?: AbortSignalLike | null;
}

type AbortSignalLike = {
  aborted?: boolean;
  reason?: unknown;
  addEventListener?: (type: "abort", listener: () => void) => void;
  removeEventListener?: (type: "abort", listener: () => void) => void;
  once?: (type: "abort", listener: () => void) => void;
  off?: (type: "abort", listener: () => void) => void;
};

type Response = {
  statusCode: number;
  headers: IncomingMessage["headers"];
  body: IncomingMessage & { text(): Promise<string> };
};

type Env = Record<string, string | undefined>;

/** The sender's transport: Node's own HTTP client, with the runner's proxy settings. */
export interface NodeTransport {
  /** Handed to the sender as its `dispatcher`: it only ever calls `request`. */
  dispatcher: Dispatcher;
  /** Closes kept-alive connections so the process can exit. */
  close(): void;
}

// Built-ins through process.getBuiltinModule: loaded on first use, and without the ESM facade
// that reads every export (on Node 24 `http.WebSocket` alone loads Node's bundled fetch).
const builtin = <T>(name: string): T => process.getBuiltinModule(name) as T;
const http = () => builtin<typeof import("node:http")>("node:http");
const https = () => builtin<typeof import("node:https")>("node:https");
const tls = () => builtin<typeof import("node:tls")>("node:tls");

/**
 * A transport on node:http(s). The action posts one or two messages per run, so loading undici
 * (HTTP/2, its WebAssembly parser, fetch) would cost more than the whole request; the sender keeps
 * its retries, timeouts, validation and redaction, and sends through this instead.
 * `HTTPS_PROXY`/`HTTP_PROXY`/`NO_PROXY` are honoured: proxied requests go through a CONNECT tunnel.
 */
export function createNodeTransport(env: Env = process.env): NodeTransport {
  const agents = new Map<string, Agent>();
  const tunnels = new Set<Socket>();
  const agentFor = (protocol: string): Agent => {
    let agent = agents.get(protocol);
    if (!agent) {
      agent = new (protocol === "https:" ? https() : http()).Agent({ keepAlive: true });
      agents.set(protocol, agent);
    }
    return agent;
  };

  const request = async (options: RequestOptions): Promise<Response> => {
    const url = new URL(options.path, options.origin);
    const { signal } = options;
    if (signal?.aborted) throw toError(signal.reason);
    const proxy = proxyFor(url, env);
    const socket = proxy ? await tunnel(proxy, url) : undefined;
    if (socket) tunnels.add(socket);
    // SNI takes host names only; the certificate is checked against `host` either way.
    const host = url.hostname.replace(/^\[(.*)\]$/, "$1");
    return new Promise<Response>((resolve, reject) => {
      const target = {
        method: options.method,
        headers: { ...options.headers },
      };
      const req = socket
        ? // Through the tunnel: plain HTTP on the socket, TLS inside it for an https target.
          http().request({
            ...target,
            host: url.hostname,
            port: url.port || (url.protocol === "https:" ? 443 : 80),
            path: `${url.pathname}${url.search}`,
            headers: { host: url.host, ...target.headers },
            // No `agent` at all: with `agent: false` Node ignores createConnection and goes direct.
            createConnection: () =>
              url.protocol === "https:"
                ? tls().connect({ socket, host, ...(isIP(host) ? {} : { servername: host }) })
                : socket,
          })
        : (url.protocol === "https:" ? https() : http()).request(url, {
            ...target,
            agent: agentFor(url.protocol),
          });
      const onAbort = () => req.destroy(toError(signal?.reason));
      const stopListening = () => {
        signal?.removeEventListener?.("abort", onAbort);
        signal?.off?.("abort", onAbort);
      };
      if (signal?.addEventListener) signal.addEventListener("abort", onAbort);
      else signal?.once?.("abort", onAbort);
      req.on("error", (error) => {
        stopListening();
        socket?.destroy();
        reject(error);
      });
      req.on("response", (res) => {
        res.on("close", () => {
          stopListening();
          // A tunnel carries one request: close it, or it would keep the process alive.
          if (socket) {
            socket.destroy();
            tunnels.delete(socket);
          }
        });
        // One read, however often text() is called: the stream can be read only once.
        let text: Promise<string> | undefined;
        const body = Object.assign(res, { text: () => (text ??= readText(res)) });
        resolve({ statusCode: res.statusCode ?? 0, headers: res.headers, body });
      });
      req.end(options.body ?? undefined);
    });
  };

  return {
    // Only `request` is called on a dispatcher the sender is given.
    dispatcher: { request } as unknown as Dispatcher,
    close: () => {
      for (const agent of agents.values()) agent.destroy();
      for (const socket of tunnels) socket.destroy();
    },
  };
}

/**
 * The whole answer as text. Events, not `for await`: the stream's async iterator is a cold path
 * of its own at every start, for the one small body the action reads.
 */
function readText(res: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const cutShort = () =>
      Object.assign(new Error("the connection closed before the answer ended"), {
        code: "ECONNRESET",
      });
    if (res.destroyed && !res.readableEnded) {
      reject(cutShort());
      return;
    }
    const chunks: Buffer[] = [];
    let ended = false;
    res.on("data", (chunk: Buffer) => chunks.push(chunk));
    res.once("end", () => {
      ended = true;
      resolve(Buffer.concat(chunks).toString("utf8"));
    });
    res.once("error", reject);
    res.once("close", () => {
      if (!ended) reject(cutShort());
    });
  });
}

/** Opens a CONNECT tunnel through `proxy` to the target's host and port. */
function tunnel(proxy: URL, target: URL): Promise<Socket> {
  const port = target.port || (target.protocol === "https:" ? "443" : "80");
  const authority = `${target.hostname}:${port}`;
  const headers: Record<string, string> = { host: authority };
  if (proxy.username || proxy.password) {
    const credentials = `${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`;
    headers["proxy-authorization"] = `Basic ${Buffer.from(credentials).toString("base64")}`;
  }
  return new Promise((resolve, reject) => {
    const req = (proxy.protocol === "https:" ? https() : http()).request({
      host: proxy.hostname,
      port: proxy.port || (proxy.protocol === "https:" ? 443 : 80),
      method: "CONNECT",
      path: authority,
      headers,
      agent: false,
    });
    req.once("connect", (res, socket) => {
      if (res.statusCode === 200) {
        resolve(socket);
        return;
      }
      socket.destroy();
      // Never the proxy URL: it may hold credentials.
      reject(
        Object.assign(new Error(`the proxy answered ${res.statusCode} to CONNECT ${authority}`), {
          code: "ERR_PROXY_TUNNEL",
        }),
      );
    });
    req.once("error", reject);
    req.end();
  });
}

function toError(reason: unknown): Error {
  return reason instanceof Error ? reason : new Error(String(reason ?? "aborted"));
}
