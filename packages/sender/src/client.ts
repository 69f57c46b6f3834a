import type { Message, Thread } from "@flowdock-kit/core";
import type { Dispatcher } from "undici";
import { excerpt, finalAnswerError, isRetryableStatus, messageIds, parseJson } from "./answer.js";
import { backoffDelay, parseRetryAfter } from "./backoff.js";
import { runByThread } from "./by-thread.js";
import {
  FlowdockError,
  FlowdockRejectedError,
  FlowdockRetryError,
  FlowdockSourceGoneError,
  FlowdockTimeoutError,
  FlowdockTokenError,
} from "./errors.js";
import { asFlowdockError, describeFailure, isRetryableFailure } from "./failure.js";
import { type PreparedMessage, prepareMessage, threadKey } from "./prepare.js";
import { redact } from "./redact.js";
import type { Transport } from "./transport.js";
import { createUndiciTransport } from "./undici-transport.js";

/** What a client is told before each retry. */
export interface RetryInfo {
  /** The attempt that just failed (1 for the first request). */
  attempt: number;
  /** How long the client waits before the next attempt. */
  delayMs: number;
  /** HTTP status of the failed attempt; 0 when the server was not reached. */
  status: number;
  /** Why it failed, e.g. `HTTP 503` or `ECONNRESET: other side closed`; never holds the token. */
  reason: string;
}

/** Options of {@link createFlowdockClient}. */
export interface FlowdockClientOptions {
  /** The source's flow token. Sent in the body only; never in an error or a log line. */
  flowToken: string;
  /** Default `https://api.flowdock.com`; messages go to `<apiUrl>/messages`. */
  apiUrl?: string | undefined;
  /** Retries after the first attempt (default 4), for network errors, timeouts, 429 and 5xx. */
  retries?: number | undefined;
  /** Longest wait for one attempt, connecting and reading the answer included (default 10000). */
  timeoutMs?: number | undefined;
  /** First backoff delay (default 1000); doubles each retry, with jitter. */
  minDelayMs?: number | undefined;
  /** Longest backoff delay (default 30000). */
  maxDelayMs?: number | undefined;
  /** Longest wait a `Retry-After` answer can impose (default 60000). */
  maxRetryAfterMs?: number | undefined;
  /** Asks the server to process the message before answering, so the result has its ids. */
  waitForMessage?: boolean | undefined;
  /**
   * Sends through this transport, e.g. {@link createNodeTransport} for a short process; the caller
   * closes it. Without it the client makes its own {@link createUndiciTransport}.
   */
  transport?: Transport | undefined;
  /** Proxy URL of the client's own transport; without it `HTTPS_PROXY`/`HTTP_PROXY`/`NO_PROXY` are honoured. */
  proxy?: string | undefined;
  /** An undici dispatcher for the client's own transport to send through (tests: `MockAgent`). */
  dispatcher?: Dispatcher | undefined;
  /** `User-Agent` header. */
  userAgent?: string | undefined;
  /** Called before each retry, e.g. to log it. */
  onRetry?: ((info: RetryInfo) => void) | undefined;
}

/** A delivered message. */
export interface SendResult {
  /** The 2xx status the server answered. */
  status: number;
  /** Requests made, 1 when the first one succeeded. */
  attempts: number;
  /** From the first request to the answer, retries and waits included. */
  durationMs: number;
  /** The message's `uuid`, the same on every attempt. */
  uuid: string;
  /** Flowdock's thread id (only with `waitForMessage`). */
  threadId?: string;
  /** Flowdock's message id (only with `waitForMessage`). */
  messageId?: string;
  /** Set when the thread did not exist and the message was sent again with `threadIfNew`. */
  createdThread?: true;
}

/** Options of {@link FlowdockClient.send}. */
export interface SendOptions {
  /**
   * For a message without `thread` (one that leaves the thread's state alone, as a workflow job's):
   * the state to send it again with, same `uuid`, if Flowdock answers that the thread does not
   * exist yet (400 with a `thread` error). `mapEvent` gives it as `threadIfNew`.
   */
  threadIfNew?: Thread | undefined;
}

/** One entry of {@link FlowdockClient.sendAll}'s answer, at the message's input index. */
export type SendAllResult =
  | { ok: true; index: number; result: SendResult }
  | { ok: false; index: number; error: FlowdockError };

/** Options of {@link FlowdockClient.sendAll}. */
export interface SendAllOptions {
  /** Most requests in flight at once (default 8). */
  concurrency?: number | undefined;
}

/** Sends messages to one flow. */
export interface FlowdockClient {
  /**
   * Validates, then delivers one message; resolves on 2xx. An invalid message rejects with core's
   * `FlowdockValidationError` before any request; a failed delivery with a `FlowdockError`.
   */
  send(message: Message | unknown, options?: SendOptions): Promise<SendResult>;
  /**
   * Delivers every message, in parallel but in input order within each thread, reading the input
   * lazily. Never rejects for a message: each gets a result, in input order.
   */
  sendAll(
    messages: Iterable<unknown> | AsyncIterable<unknown>,
    options?: SendAllOptions,
  ): Promise<SendAllResult[]>;
  /**
   * Stops retrying (messages waiting for a retry reject), waits for requests in flight, then closes
   * the client's own connections; a `transport` or `dispatcher` passed in is left open.
   */
  close(): Promise<void>;
}

const DEFAULTS = {
  apiUrl: "https://api.flowdock.com",
  retries: 4,
  timeoutMs: 10_000,
  minDelayMs: 1000,
  maxDelayMs: 30_000,
  maxRetryAfterMs: 60_000,
  userAgent: "flowdock-kit-sender (+https://github.com/flowdock-kit/flowdock-kit)",
};

type Attempt =
  | { kind: "answer"; status: number; headers: Record<string, string | undefined>; text: string }
  | { kind: "failure"; error: unknown; timedOut: boolean };

/** The longest a Node timer waits; a longer one fires at once. */
const MAX_TIMER_MS = 2 ** 31 - 1;

function checkCount(
  name: string,
  value: number | undefined,
  fallback: number,
  max = Number.MAX_SAFE_INTEGER,
): number {
  if (value === undefined) return fallback;
  if (!Number.isFinite(value) || value < 0 || value > max) {
    throw new RangeError(`${name} must be a number from 0 to ${max} (got ${value})`);
  }
  return value;
}

/** A client for one flow token; by default with its own undici keep-alive pool. */
export function createFlowdockClient(options: FlowdockClientOptions): FlowdockClient {
  const { flowToken } = options;
  if (typeof flowToken !== "string" || flowToken.trim() === "") {
    throw new TypeError("flowToken must be a non-empty string");
  }
  if (options.transport && (options.proxy !== undefined || options.dispatcher)) {
    throw new TypeError(
      "give a transport or proxy/dispatcher options for the client's own, not both",
    );
  }
  const timeoutOption = checkCount(
    "timeoutMs",
    options.timeoutMs,
    DEFAULTS.timeoutMs,
    MAX_TIMER_MS,
  );
  const own = options.transport
    ? undefined
    : createUndiciTransport({
        proxy: options.proxy,
        dispatcher: options.dispatcher,
        connectTimeoutMs: timeoutOption,
      });
  const transport = options.transport ?? (own as Transport);
  const secrets = [flowToken, ...(transport.secrets ?? [])];
  const apiUrl = options.apiUrl ?? DEFAULTS.apiUrl;
  if (!URL.canParse(apiUrl) || !/^https?:$/.test(new URL(apiUrl).protocol)) {
    throw new TypeError(redact(`apiUrl must be an http(s) URL (got ${apiUrl})`, secrets));
  }
  const url = new URL(`${apiUrl.replace(/\/+$/, "")}/messages`).href;
  const retries = Math.floor(checkCount("retries", options.retries, DEFAULTS.retries));
  const timeoutMs = timeoutOption;
  // 0 means "no limit" to undici and many tools; here it would fail every attempt at once.
  if (timeoutMs === 0) throw new RangeError("timeoutMs must be above 0");
  const minDelayMs = checkCount(
    "minDelayMs",
    options.minDelayMs,
    DEFAULTS.minDelayMs,
    MAX_TIMER_MS,
  );
  const maxDelayMs = checkCount(
    "maxDelayMs",
    options.maxDelayMs,
    DEFAULTS.maxDelayMs,
    MAX_TIMER_MS,
  );
  const maxRetryAfterMs = checkCount(
    "maxRetryAfterMs",
    options.maxRetryAfterMs,
    DEFAULTS.maxRetryAfterMs,
    MAX_TIMER_MS,
  );
  const headers: Record<string, string> = {
    "content-type": "application/json",
    accept: "application/json",
    "user-agent": options.userAgent ?? DEFAULTS.userAgent,
  };
  if (options.waitForMessage) headers["x-flowdock-wait-for-message"] = "true";

  let closed = false;

  async function attempt(body: string): Promise<Attempt> {
    const deadline = new AbortController();
    const timer = setTimeout(
      () => deadline.abort(new Error(`no answer within ${timeoutMs} ms`)),
      timeoutMs,
    );
    const { signal } = deadline;
    try {
      const answer = await transport.request({ method: "POST", url, headers, body, signal });
      const text = await answer.text();
      return { kind: "answer", status: answer.status, headers: answer.headers, text };
    } catch (error) {
      return { kind: "failure", error, timedOut: signal.aborted };
    } finally {
      clearTimeout(timer);
    }
  }

  // Once the server refuses the token (or says its source is gone), every later message would be
  // refused too; they fail at once instead of hammering the API ("stop using this token").
  let tokenRefused: FlowdockTokenError | FlowdockSourceGoneError | undefined;
  const notSent = (refusal: FlowdockTokenError | FlowdockSourceGoneError) => {
    const options = { status: refusal.status, attempts: 0, cause: refusal, secrets };
    const message = `not sent: ${refusal.message}`;
    return refusal instanceof FlowdockSourceGoneError
      ? new FlowdockSourceGoneError(message, options)
      : new FlowdockTokenError(message, options);
  };

  async function deliver(message: PreparedMessage): Promise<SendResult> {
    const body = JSON.stringify({ ...message, flow_token: flowToken });
    const started = performance.now();
    for (let attempts = 1; ; attempts++) {
      if (tokenRefused) throw notSent(tokenRefused);
      if (closed) {
        throw new FlowdockError("the client was closed before the message was sent", {
          attempts: attempts - 1,
          secrets,
        });
      }
      const outcome = await attempt(body);
      if (outcome.kind === "answer" && outcome.status >= 200 && outcome.status < 300) {
        return {
          status: outcome.status,
          attempts,
          durationMs: Math.round(performance.now() - started),
          uuid: message.uuid,
          ...messageIds(parseJson(outcome.text)),
        };
      }
      if (outcome.kind === "answer" && !isRetryableStatus(outcome.status)) {
        const error = finalAnswerError(outcome.status, outcome.text, { attempts, secrets });
        if (error instanceof FlowdockTokenError || error instanceof FlowdockSourceGoneError) {
          tokenRefused ??= error;
        }
        throw error;
      }
      if (outcome.kind === "failure" && !outcome.timedOut && !isRetryableFailure(outcome.error)) {
        throw new FlowdockError(`could not send the message: ${describeFailure(outcome.error)}`, {
          attempts,
          cause: outcome.error,
          secrets,
        });
      }
      const status = outcome.kind === "answer" ? outcome.status : 0;
      const reason = redact(
        outcome.kind === "answer"
          ? `HTTP ${outcome.status}${outcome.text ? `: ${excerpt(outcome.text, secrets, 80)}` : ""}`
          : outcome.timedOut
            ? `no answer within ${timeoutMs} ms`
            : describeFailure(outcome.error),
        secrets,
      );
      if (attempts > retries) throw giveUp(outcome, status, reason, attempts);
      const retryAfter =
        outcome.kind === "answer" ? parseRetryAfter(outcome.headers["retry-after"]) : undefined;
      const delayMs =
        retryAfter === undefined
          ? backoffDelay(attempts, { minDelayMs, maxDelayMs })
          : Math.min(retryAfter, maxRetryAfterMs);
      try {
        options.onRetry?.({ attempt: attempts, delayMs, status, reason });
      } catch {
        // A failing log callback must not cost the message.
      }
      await sleep(delayMs);
    }
  }

  // Waits between attempts; close() cuts them short so a closed client does not hold the process.
  const sleeping = new Set<() => void>();
  function sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        sleeping.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, ms);
      sleeping.add(wake);
    });
  }

  function giveUp(outcome: Attempt, status: number, reason: string, attempts: number) {
    const tries = `${attempts} attempt${attempts === 1 ? "" : "s"}`;
    if (outcome.kind === "failure" && outcome.timedOut) {
      return new FlowdockTimeoutError(`gave up after ${tries}: ${reason}`, {
        status,
        attempts,
        cause: outcome.error,
        secrets,
      });
    }
    const cause =
      outcome.kind === "failure"
        ? outcome.error
        : new FlowdockError(reason, { status, attempts, secrets });
    return new FlowdockRetryError(`gave up after ${tries}: ${reason}`, {
      status,
      attempts,
      cause,
      secrets,
    });
  }

  async function send(message: unknown, sendOptions: SendOptions = {}): Promise<SendResult> {
    const prepared = prepareMessage(message);
    try {
      return await deliver(prepared);
    } catch (error) {
      const { threadIfNew } = sendOptions;
      const noThread =
        error instanceof FlowdockRejectedError &&
        error.fieldErrors.thread !== undefined &&
        prepared.thread === undefined;
      if (!noThread || threadIfNew === undefined) throw error;
      const again = await deliver(prepareMessage({ ...prepared, thread: threadIfNew }));
      return { ...again, attempts: again.attempts + error.attempts, createdThread: true };
    }
  }

  async function sendAll(
    messages: Iterable<unknown> | AsyncIterable<unknown>,
    sendAllOptions: SendAllOptions = {},
  ): Promise<SendAllResult[]> {
    const concurrency = Math.floor(sendAllOptions.concurrency ?? 8);
    if (!(concurrency >= 1)) {
      throw new RangeError(`concurrency must be 1 or more (got ${sendAllOptions.concurrency})`);
    }
    const results: SendAllResult[] = [];
    await runByThread(
      messages,
      { concurrency, maxBuffered: Math.max(256, concurrency * 8) },
      threadKey,
      async (message, index) => {
        try {
          results[index] = { ok: true, index, result: await send(message) };
        } catch (error) {
          results[index] = { ok: false, index, error: asFlowdockError(error, secrets) };
        }
      },
    );
    return results;
  }

  let closing: Promise<void> | undefined;
  function close(): Promise<void> {
    closed = true;
    for (const wake of sleeping) wake();
    closing ??= own ? own.close() : Promise.resolve();
    return closing;
  }

  return { send, sendAll, close };
}
