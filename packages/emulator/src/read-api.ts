import type { IncomingMessage, ServerResponse } from "node:http";
import type { Faults } from "./faults.js";
import { parseFault } from "./faults.js";
import {
  readMessageBody,
  sendJson,
  sendMethodNotAllowed,
  sendNotFound,
  sendValidationError,
  unreadOutcome,
  wantsJson,
} from "./http-util.js";
import { fitPage, fitting, MAX_PAGE_CHARS, nextLink, parsePage } from "./paging.js";
import type { Store, ThreadSummary } from "./store-types.js";
import type { FlowConfig } from "./types.js";
import { callUpdateAction } from "./update-action.js";

/** What the `/api/…` routes need from the running emulator. */
export interface ApiContext {
  store: Store;
  faults: Faults;
  appSecret: string;
  addFlow(flow: FlowConfig): Promise<unknown>;
  removeSource(token: string): Promise<boolean>;
}

/** The body as JSON; `undefined` once a body over the limit was answered 413. */
async function readJson(
  req: IncomingMessage,
  res: ServerResponse,
): Promise<{ ok: true; value: unknown } | { ok: false } | undefined> {
  const text = await readMessageBody(req, res);
  if (text === undefined) return undefined;
  try {
    return { ok: true, value: text.trim() === "" ? {} : JSON.parse(text) };
  } catch (error) {
    if (error instanceof SyntaxError) return { ok: false };
    throw error;
  }
}

function segments(path: string): string[] {
  return path
    .slice("/api/".length)
    .split("/")
    .map((part) => decodeURIComponent(part));
}

function notAllowed(res: ServerResponse, allow: string): string {
  sendMethodNotAllowed(res, allow);
  return "405";
}

/** A thread as the read API answers it: `messages` holds the events it was read with. */
function threadJson({ latest, ...rest }: ThreadSummary) {
  return { ...rest, messages: latest };
}

/** A thread of a list, its latest messages cut to the newest that fit in one page. */
function threadListJson(summary: ThreadSummary) {
  const { messages, ...rest } = threadJson(summary);
  const kept = fitting([...messages].reverse(), MAX_PAGE_CHARS - JSON.stringify(rest).length);
  return { ...rest, messages: messages.slice(messages.length - kept) };
}

/**
 * The read API and test controls: flows, threads, messages (paged, newest first), source
 * removal, faults and UpdateAction buttons. No answer here ever holds a token.
 */
export async function handleApi(
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  query: URLSearchParams,
  ctx: ApiContext,
): Promise<string> {
  const method = req.method ?? "GET";
  let parts: string[];
  try {
    parts = segments(path);
  } catch {
    sendNotFound(res);
    return "404";
  }
  const [root, id, sub, key, extra] = parts;

  if (root === "flows" && id === undefined) {
    if (method === "GET") {
      sendJson(res, 200, ctx.store.flows());
      return "200";
    }
    if (method !== "POST") return notAllowed(res, "GET, POST");
    const body = await readJson(req, res);
    if (body === undefined) return unreadOutcome(res);
    const input = body.ok ? (body.value as Partial<Record<string, unknown>>) : {};
    if (
      typeof input?.name !== "string" ||
      !input.name ||
      typeof input.token !== "string" ||
      !input.token
    ) {
      sendValidationError(res, { flow: ["needs a name and a token"] });
      return "400";
    }
    try {
      await ctx.addFlow({ name: input.name, token: input.token });
    } catch {
      // Which flow owns the token is not this caller's business.
      sendJson(res, 409, { message: "this token cannot be added to this flow" });
      return "409";
    }
    sendJson(res, 201, { name: input.name });
    return "201";
  }

  if (
    root === "flows" &&
    id !== undefined &&
    (sub === "threads" || sub === "messages") &&
    key === undefined
  ) {
    if (method !== "GET") return notAllowed(res, "GET");
    if (!ctx.store.hasFlow(id)) {
      sendNotFound(res);
      return "404";
    }
    const page = parsePage(query, sub === "messages");
    if (!page.ok) {
      sendValidationError(res, page.errors);
      return "400";
    }
    if (sub === "threads") {
      const found = ctx.store.threadPage(id, page.query).map(threadListJson);
      const { items: threads, full } = fitPage(found, page.query.limit);
      const lastId = threads.at(-1)?.last_message_id;
      sendJson(res, 200, threads, nextLink(path, query, page.query, lastId, full));
      return "200";
    }
    const { items: events, full } = fitPage(ctx.store.events(id, page.query), page.query.limit);
    sendJson(res, 200, events, nextLink(path, query, page.query, events.at(-1)?.id, full));
    return "200";
  }

  if (root === "flows" && id !== undefined && sub === "sources" && key && extra === undefined) {
    if (method !== "DELETE") return notAllowed(res, "DELETE");
    const lookup = ctx.store.lookup(key);
    if (lookup.status !== "ok" || lookup.flow !== id) {
      sendNotFound(res);
      return "404";
    }
    await ctx.removeSource(key);
    res.writeHead(204).end();
    return "204";
  }

  if (root === "threads" && id !== undefined && sub === undefined) {
    if (method !== "GET") return notAllowed(res, "GET");
    const view = ctx.store.thread(id, 0);
    if (!view) {
      sendNotFound(res);
      return "404";
    }
    const page = parsePage(query, false);
    if (!page.ok) {
      sendValidationError(res, page.errors);
      return "400";
    }
    // The page is read newest first (or from `since_id` up) and shown oldest first.
    const { items: events, full } = fitPage(
      ctx.store.events(view.flow, { ...page.query, threadId: id }),
      page.query.limit,
      MAX_PAGE_CHARS - JSON.stringify(view).length,
    );
    const link = nextLink(path, query, page.query, events.at(-1)?.id, full);
    if (page.query.order !== "asc") events.reverse();
    sendJson(res, 200, threadJson({ ...view, latest: events }), link);
    return "200";
  }

  if (root === "threads" && id !== undefined && sub === "actions" && key !== undefined) {
    if (method !== "POST") return notAllowed(res, "POST");
    if ((await readMessageBody(req, res)) === undefined) return unreadOutcome(res);
    const action = ctx.store.threadState(id)?.actions?.[Number(key)];
    if (action?.["@type"] !== "UpdateAction") {
      sendNotFound(res);
      return "404";
    }
    const result = await callUpdateAction(action, ctx.appSecret);
    if (wantsJson(req)) {
      sendJson(res, result.ok ? 200 : 502, result);
    } else {
      // Without JavaScript the button is a plain form: go back to the thread.
      res.writeHead(303, { location: `/threads/${encodeURIComponent(id)}` }).end();
    }
    return `${result.ok ? 200 : 502} (target answered ${result.status})`;
  }

  if (root === "faults" && id === undefined) {
    if (method === "GET") {
      sendJson(res, 200, { faults: ctx.faults.list() });
      return "200";
    }
    if (method === "DELETE") {
      ctx.faults.clear();
      sendJson(res, 200, { faults: [] });
      return "200";
    }
    if (method !== "POST") return notAllowed(res, "GET, POST, DELETE");
    const body = await readJson(req, res);
    if (body === undefined) return unreadOutcome(res);
    if (!body.ok) {
      sendValidationError(res, { message: ["is not valid JSON"] });
      return "400";
    }
    const parsed = parseFault(body.value);
    if (!parsed.ok) {
      sendValidationError(res, parsed.errors);
      return "400";
    }
    ctx.faults.add(parsed.rule);
    sendJson(res, 201, { faults: ctx.faults.list() });
    return "201";
  }

  sendNotFound(res);
  return "404";
}
