import { type Agent, request as httpRequest, type IncomingMessage } from "node:http";
import type { Dispatcher } from "undici";

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

/** The sender's transport when no proxy is configured: node:http(s) instead of undici. */
export interface NodeTransport {
  /** Handed to the sender as its `dispatcher`: it only ever calls `request`. */
  dispatcher: Dispatcher;
  /** Closes the kept-alive connections so the process can exit. */
  close(): void;
}

/**
 * A transport on Node's own HTTP client. undici takes ~20 ms to load (HTTP/2, TLS, its WebAssembly
 * parser) and an action posts one or two messages, so on the common path, without a proxy, this
 * is what the sender sends through. With HTTP(S)_PROXY set the sender's undici agent is used.
 */
export function createNodeTransport(): NodeTransport {
  const agents: Agent[] = [];
  const agentFor = async (protocol: string): Promise<Agent> => {
    // node:https loads TLS; only an https URL pays for it.
    const module = protocol === "https:" ? await import("node:https") : await import("node:http");
    const agent = new module.Agent({ keepAlive: true });
    agents.push(agent);
    return agent;
  };
  const byProtocol = new Map<string, Promise<Agent>>();

  const request = async (options: RequestOptions): Promise<Response> => {
    const url = new URL(options.path, options.origin);
    let agent = byProtocol.get(url.protocol);
    if (!agent) {
      agent = agentFor(url.protocol);
      byProtocol.set(url.protocol, agent);
    }
    const send = url.protocol === "https:" ? (await import("node:https")).request : httpRequest;
    const resolvedAgent = await agent;
    return new Promise<Response>((resolve, reject) => {
      const { signal } = options;
      if (signal?.aborted) {
        reject(signal.reason ?? new Error("aborted"));
        return;
      }
      const req = send(url, {
        method: options.method,
        headers: options.headers ?? {},
        agent: resolvedAgent,
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
        reject(error);
      });
      req.on("response", (res) => {
        res.on("close", stopListening);
        const body = Object.assign(res, {
          text: async () => {
            const chunks: Buffer[] = [];
            for await (const chunk of res) chunks.push(chunk as Buffer);
            return Buffer.concat(chunks).toString("utf8");
          },
        });
        resolve({ statusCode: res.statusCode ?? 0, headers: res.headers, body });
      });
      req.end(options.body ?? undefined);
    });
  };

  return {
    // Only `request` is called on a dispatcher the sender is given; the rest of undici's
    // Dispatcher interface is never used.
    dispatcher: { request } as unknown as Dispatcher,
    close: () => {
      for (const agent of agents) agent.destroy();
    },
  };
}

function toError(reason: unknown): Error {
  return reason instanceof Error ? reason : new Error(String(reason ?? "aborted"));
}

const PROXY_VARIABLES = ["https_proxy", "HTTPS_PROXY", "http_proxy", "HTTP_PROXY"];

/** Whether the runner configured a proxy (then undici's proxy agent has to do the sending). */
export function proxyConfigured(env: Record<string, string | undefined>): boolean {
  return PROXY_VARIABLES.some((name) => Boolean(env[name]));
}
