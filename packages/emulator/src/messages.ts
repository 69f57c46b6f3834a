import type { IncomingMessage, ServerResponse } from "node:http";
import { setTimeout as sleep } from "node:timers/promises";
import { safeParseMessage, type Thread } from "@flowdock-kit/core";
import { dropNulls } from "./drop-nulls.js";
import { FormTooComplexError, StorageError } from "./errors.js";
import type { Faults } from "./faults.js";
import { parseForm } from "./form.js";
import {
  readMessageBody,
  sendJson,
  sendNotFound,
  sendValidationError,
  unreadOutcome,
} from "./http-util.js";
import { sourceId } from "./source-id.js";
import type { Change, SourceLookup, Store } from "./store-types.js";
import type { StoredMessage } from "./types.js";

/** What the message routes need from the running emulator. */
export interface MessageContext {
  store: Store;
  faults: Faults;
  open: boolean;
  /** In open mode, the most flows made for new tokens. */
  maxOpenFlows: number;
  /** Applies a change and tells live pages; resolves once it is durable. */
  record(change: Change): Promise<string | undefined>;
  /** Tells the request log of a token in use, so it can hide it wherever it appears. */
  noteToken(token: string): void;
  log(line: string): void;
}

export type Body = { ok: true; value: unknown } | { ok: false; errors: Record<string, string[]> };

/** Reads a JSON or form-encoded body; `null` fields are dropped, as Flowdock read them. */
export function parseBody(req: IncomingMessage, text: string): Body {
  const type = (req.headers["content-type"] ?? "").split(";")[0]?.trim().toLowerCase();
  // `curl -d '{…}'` labels JSON as a form; a body that opens like JSON is read as JSON.
  const looksJson = /^\s*[{[]/.test(text);
  if (type === "application/x-www-form-urlencoded" && !looksJson) {
    try {
      return { ok: true, value: parseForm(text) };
    } catch (error) {
      if (error instanceof FormTooComplexError)
        return { ok: false, errors: { message: [error.message] } };
      throw error;
    }
  }
  try {
    return { ok: true, value: dropNulls(JSON.parse(text)) };
  } catch {
    return { ok: false, errors: { message: ["is not valid JSON"] } };
  }
}

/** Applies the next fault, if any; answers whether it already answered the request. */
export async function applyFault(
  req: IncomingMessage,
  res: ServerResponse,
  faults: Faults,
): Promise<string | undefined> {
  const fault = faults.next();
  if (!fault) return undefined;
  if (fault.delayMs > 0) await sleep(fault.delayMs);
  if (fault.reset) {
    // A TCP RST after the request was read: the sender cannot know whether it arrived.
    req.socket.resetAndDestroy();
    return "reset (fault)";
  }
  if (fault.status === undefined) return undefined;
  const headers: Record<string, string> =
    fault.retryAfter !== undefined ? { "retry-after": String(fault.retryAfter) } : {};
  sendJson(
    res,
    fault.status,
    { message: fault.status === 429 ? "rate limited" : "fault injected by the emulator" },
    headers,
  );
  return `${fault.status} (fault)`;
}

/** Finds the token's source (making a flow for it in open mode), or answers 404/410/403 and says so. */
export async function sourceFor(
  token: string,
  res: ServerResponse,
  ctx: MessageContext,
): Promise<Extract<SourceLookup, { status: "ok" }> | { answered: string }> {
  let source = ctx.store.lookup(token);
  if (source.status === "unknown" && ctx.open) {
    if (ctx.store.flowCount >= ctx.maxOpenFlows) {
      sendJson(res, 403, {
        message: `open mode makes at most ${ctx.maxOpenFlows} flows; this token is not accepted`,
      });
      return { answered: "403 (open mode is full)" };
    }
    const id = sourceId(token);
    try {
      await ctx.record({ t: "source", flow: `open-${id.slice(0, 8)}`, source: id });
    } catch (error) {
      return { answered: storageFailed(res, error, ctx) };
    }
    source = ctx.store.lookup(token);
  }
  if (source.status !== "unknown") ctx.noteToken(token);
  if (source.status === "unknown") {
    sendNotFound(res);
    return { answered: "404" };
  }
  if (source.status === "removed") {
    sendJson(res, 410, { message: "this source has been removed from the flow" });
    return { answered: "410" };
  }
  return source;
}

const STORAGE_ANSWERS = {
  full: [507, "the emulator could not store the message: its disk is full"],
  damaged: [500, "the emulator's database is damaged; see its log"],
  io: [500, "the emulator could not store the message: its data folder cannot be written"],
} as const;

/** Answers a change that could not be stored: 507 for a full disk, 500 otherwise. */
export function storageFailed(res: ServerResponse, error: unknown, ctx: MessageContext): string {
  if (!(error instanceof StorageError)) throw error;
  ctx.log(`storage: ${error.message}`);
  const [status, message] = STORAGE_ANSWERS[error.reason];
  sendJson(res, status, { message });
  return `${status} (not stored)`;
}

function tokenOf(body: unknown, query: URLSearchParams): string | undefined {
  const inBody =
    typeof body === "object" && body !== null
      ? (body as Record<string, unknown>).flow_token
      : undefined;
  if (typeof inBody === "string" && inBody !== "") return inBody;
  return query.get("flow_token") || undefined;
}

/** `X-flowdock-wait-for-message: true`, or a number of milliseconds as Jenkins libraries send. */
export function waited(req: IncomingMessage): boolean {
  const value = String(req.headers["x-flowdock-wait-for-message"] ?? "")
    .trim()
    .toLowerCase();
  return value === "true" || /^[1-9]\d*$/.test(value);
}

function answer(
  res: ServerResponse,
  req: IncomingMessage,
  status: number,
  message: StoredMessage,
  thread: () => Thread | undefined,
) {
  if (!waited(req)) {
    sendJson(res, 202, {});
    return;
  }
  const state = thread();
  sendJson(res, status, { ...message, ...(state && { thread: state }) });
}

/**
 * `POST /messages`: faults first, then the token (404 unknown, 410 removed), then the message
 * (400 with every problem), then the thread it belongs to; a repeated `uuid` answers as the first.
 */
export async function handleMessage(
  req: IncomingMessage,
  res: ServerResponse,
  query: URLSearchParams,
  ctx: MessageContext,
): Promise<string> {
  const text = await readMessageBody(req, res);
  if (text === undefined) return unreadOutcome(res);
  const faulted = await applyFault(req, res, ctx.faults);
  if (faulted !== undefined) return faulted;

  const body = parseBody(req, text);
  if (!body.ok) {
    sendValidationError(res, body.errors);
    return "400";
  }
  const token = tokenOf(body.value, query);
  if (token === undefined) {
    const parsed = safeParseMessage(body.value);
    sendValidationError(res, {
      flow_token: ["can't be blank"],
      ...(parsed.success ? {} : parsed.error.fieldErrors),
    });
    return "400";
  }

  const source = await sourceFor(token, res, ctx);
  if ("answered" in source) return source.answered;

  const parsed = safeParseMessage(body.value);
  if (!parsed.success) {
    sendValidationError(res, parsed.error.fieldErrors);
    return `400 (flow ${source.flow})`;
  }
  const now = Date.now();
  let prepared = ctx.store.prepare(source.source, source.flow, parsed.data, now);
  // A first copy still in a transaction is waited for; if that fails, this retry is stored instead.
  while (prepared.status === "duplicate") {
    const first = prepared;
    if (await ctx.store.committed(source.flow, first.message.uuid ?? "")) {
      answer(res, req, 200, first.message, () => ctx.store.threadState(first.threadId));
      return `${waited(req) ? 200 : 202} (flow ${source.flow}, repeated uuid)`;
    }
    prepared = ctx.store.prepare(source.source, source.flow, parsed.data, now);
  }
  if (prepared.status === "invalid") {
    sendValidationError(res, prepared.errors);
    return `400 (flow ${source.flow})`;
  }
  try {
    const threadId = await ctx.record(prepared.change);
    answer(res, req, 201, prepared.change.message, () =>
      threadId === undefined ? undefined : ctx.store.threadState(threadId),
    );
    return `${waited(req) ? 201 : 202} (flow ${source.flow})`;
  } catch (error) {
    return storageFailed(res, error, ctx);
  }
}
