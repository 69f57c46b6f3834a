import type { IncomingMessage, ServerResponse } from "node:http";
import { setTimeout as sleep } from "node:timers/promises";
import { safeParseMessage, type Thread } from "@flowdock-kit/core";
import { BodyTooLargeError, FormTooComplexError } from "./errors.js";
import type { Faults } from "./faults.js";
import { parseForm } from "./form.js";
import { readBody, sendJson, sendNotFound, sendValidationError } from "./http-util.js";
import type { Journal } from "./journal.js";
import { sourceId } from "./source-id.js";
import type { JournalRecord, Store } from "./store.js";
import type { StoredMessage } from "./types.js";

/** What `POST /messages` needs from the running emulator. */
export interface MessageContext {
  store: Store;
  faults: Faults;
  journal: Journal | undefined;
  open: boolean;
  /** In open mode, the most flows made for new tokens. */
  maxOpenFlows: number;
  /** Makes a flow for a new token in open mode; journals it. */
  record(record: JournalRecord): Promise<string | undefined>;
  log(line: string): void;
}

type Body = { ok: true; value: unknown } | { ok: false; errors: Record<string, string[]> };

function parseBody(req: IncomingMessage, text: string): Body {
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
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, errors: { message: ["is not valid JSON"] } };
  }
}

function tokenOf(body: unknown, query: URLSearchParams): string | undefined {
  const inBody =
    typeof body === "object" && body !== null
      ? (body as Record<string, unknown>).flow_token
      : undefined;
  if (typeof inBody === "string" && inBody !== "") return inBody;
  return query.get("flow_token") || undefined;
}

function waited(req: IncomingMessage): boolean {
  return String(req.headers["x-flowdock-wait-for-message"]).toLowerCase() === "true";
}

function answer(
  res: ServerResponse,
  req: IncomingMessage,
  status: number,
  message: StoredMessage,
  thread: Thread | undefined,
) {
  if (!waited(req)) {
    sendJson(res, 202, {});
    return;
  }
  sendJson(res, status, { ...message, ...(thread && { thread }) });
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
  let text: string;
  try {
    text = await readBody(req);
  } catch (error) {
    if (error instanceof BodyTooLargeError) {
      sendJson(res, 413, { message: "payload too large" });
      return "413";
    }
    throw error;
  }

  const fault = ctx.faults.next();
  if (fault) {
    if (fault.delayMs > 0) await sleep(fault.delayMs);
    if (fault.reset) {
      // A TCP RST after the request was read: the sender cannot know whether it arrived.
      req.socket.resetAndDestroy();
      return "reset (fault)";
    }
    if (fault.status !== undefined) {
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
  }

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

  let source = ctx.store.lookup(token);
  if (source.status === "unknown" && ctx.open) {
    if (ctx.store.flowCount >= ctx.maxOpenFlows) {
      sendJson(res, 403, {
        message: `open mode makes at most ${ctx.maxOpenFlows} flows; this token is not accepted`,
      });
      return "403 (open mode is full)";
    }
    const id = sourceId(token);
    await ctx.record({ t: "source", flow: `open-${id.slice(0, 8)}`, source: id });
    source = ctx.store.lookup(token);
  }
  if (source.status === "unknown") {
    sendNotFound(res);
    return "404";
  }
  if (source.status === "removed") {
    sendJson(res, 410, { message: "this source has been removed from the flow" });
    return "410";
  }

  const parsed = safeParseMessage(body.value);
  if (!parsed.success) {
    sendValidationError(res, parsed.error.fieldErrors);
    return `400 (flow ${source.flow})`;
  }
  const prepared = ctx.store.prepare(source.source, source.flow, parsed.data, Date.now());
  if (prepared.status === "invalid") {
    sendValidationError(res, prepared.errors);
    return `400 (flow ${source.flow})`;
  }
  if (prepared.status === "duplicate") {
    // The first copy may still be on its way to disk: answer only once it is there.
    await ctx.journal?.sync();
    answer(res, req, 200, prepared.message, ctx.store.threadState(prepared.threadId));
    return `${waited(req) ? 200 : 202} (flow ${source.flow}, repeated uuid)`;
  }
  const threadId = await ctx.record(prepared.record);
  answer(
    res,
    req,
    201,
    prepared.record.message,
    threadId === undefined ? undefined : ctx.store.threadState(threadId),
  );
  return `${waited(req) ? 201 : 202} (flow ${source.flow})`;
}
