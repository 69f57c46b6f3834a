import { MockAgent } from "undici";
import { createFlowdockClient, type FlowdockClientOptions } from "../../src/index.js";

export const ORIGIN = "http://flowdock.test";
/** Looks like a real flow token (32 hex digits), so redaction is tested on the real shape. */
export const TOKEN = "c0ffee00deadbeef1234567890abcdef";

/** What the mock server saw of one request. */
export interface SeenRequest {
  path: string;
  headers: Record<string, string>;
  body: Record<string, unknown>;
}

/** An answer the mock server gives: a status, an optional body, optional headers. */
export interface Answer {
  status: number;
  body?: unknown;
  headers?: Record<string, string | string[]>;
  delayMs?: number;
}

/** A client wired to a `MockAgent` that answers with `answers` in turn and records each request. */
export function mockFlowdock(options: Partial<FlowdockClientOptions> = {}) {
  const agent = new MockAgent();
  agent.disableNetConnect();
  const pool = agent.get(ORIGIN);
  const requests: SeenRequest[] = [];
  const client = createFlowdockClient({
    flowToken: TOKEN,
    apiUrl: ORIGIN,
    dispatcher: agent,
    minDelayMs: 1,
    maxDelayMs: 4,
    ...options,
  });
  const answer = (...answers: Answer[]) => {
    for (const { status, body = {}, headers = {}, delayMs = 0 } of answers) {
      const scope = pool.intercept({ path: () => true, method: "POST" }).reply((request) => {
        requests.push({
          path: request.path,
          headers: Object.fromEntries(
            Object.entries(request.headers ?? {}).map(([k, v]) => [k.toLowerCase(), String(v)]),
          ),
          body: JSON.parse(String(request.body)) as Record<string, unknown>,
        });
        return {
          statusCode: status,
          data: typeof body === "string" ? body : JSON.stringify(body),
          responseOptions: { headers: { "content-type": "application/json", ...headers } },
        };
      });
      if (delayMs > 0) scope.delay(delayMs);
    }
  };
  const fail = (error: Error, times = 1) => {
    pool
      .intercept({ path: () => true, method: "POST" })
      .replyWithError(error)
      .times(times);
  };
  return { agent, pool, client, requests, answer, fail };
}

/** A valid wire message of one thread. */
export function message(thread = "github:octo/repo:issue:1", extra: Record<string, unknown> = {}) {
  return {
    event: "activity",
    title: "opened issue",
    author: { name: "octocat" },
    external_thread_id: thread,
    thread: { title: "Fix the flux capacitor", status: { color: "green", value: "open" } },
    ...extra,
  };
}
