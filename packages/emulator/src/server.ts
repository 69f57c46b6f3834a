import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { INBOX_CSS, INBOX_JS } from "./assets.js";
import { CardCache } from "./card-cache.js";
import { controlHosts } from "./control-hosts.js";
import { EmulatorError, type StorageError } from "./errors.js";
import { EventHub, sendStreamHead } from "./events.js";
import { Faults, parseFault } from "./faults.js";
import { sendJson, sendMethodNotAllowed, sendNotFound } from "./http-util.js";
import { MemoryStore } from "./memory-store.js";
import { handleMessage } from "./messages.js";
import { handlePush } from "./push-api.js";
import { handleApi } from "./read-api.js";
import {
  type CardParts,
  renderEvent,
  renderNotFound,
  renderPage,
  renderState,
  renderThread,
} from "./render.js";
import { logPath, parseTarget, type RequestTarget } from "./request-target.js";
import { sourceId } from "./source-id.js";
import { databasePath, openSqliteStore, storageError } from "./sqlite-store.js";
import type { Change, Store, ThreadSummary } from "./store-types.js";
import { threadPage } from "./thread-page.js";
import type { Emulator, EmulatorOptions, FlowConfig, FlowEvent } from "./types.js";

/** Threads shown on the page; older ones stay in the read API. */
const PAGE_THREADS = 100;
/** How many of a thread's latest messages its card shows. */
const SHOWN_MESSAGES = 10;
/** The older Push API, token in the path. */
const PUSH_PATH = /^(?:\/v1)?\/messages\/(team_inbox|chat)\/([^/]+)$/;
/** Team-inbox items and chat lines shown beside the threads. */
const STREAM_ITEMS = 20;
/** How often live pages hear of changed threads. */
const LIVE_TICK_MS = 100;
/** Characters of rendered HTML each cache may hold: a few very large threads must not fill memory. */
const CARD_CHARS = 8_000_000;
const PART_CHARS = 4_000_000;
/** Time a client has to send a request's head, and the whole request with its body (at most 1 MiB). */
const HEADERS_TIMEOUT_MS = 10_000;
const REQUEST_TIMEOUT_MS = 30_000;
/** Distinct token lengths the request log searches for; each costs a hash per character logged. */
const MAX_TOKEN_LENGTHS = 16;

const PAGE_HEADERS = {
  "content-security-policy":
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src http: https:; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "cache-control": "no-store",
};

function sendText(
  res: ServerResponse,
  type: string,
  text: string,
  headers = {},
  status = 200,
): void {
  res.writeHead(status, {
    "content-type": `${type}; charset=utf-8`,
    "content-length": Buffer.byteLength(text),
    ...PAGE_HEADERS,
    ...headers,
  });
  res.end(text);
}

/** Starts a Flowdock Messages API and team inbox on 127.0.0.1 (port 0 picks a free one). */
export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const host = options.host ?? "127.0.0.1";
  const log = options.log ?? (() => {});
  const store: Store =
    options.dataDir === undefined
      ? new MemoryStore()
      : await openSqliteStore(options.dataDir, {
          ...(options.dataLimitBytes !== undefined && { maxBytes: options.dataLimitBytes }),
        });
  const faults = new Faults();
  const events = new EventHub((reason) => log(`events: ${reason}`));
  const cards = new CardCache({ max: 500, maxSize: CARD_CHARS });
  /** The storage error behind a failure (undefined in memory); damage stops further writes. */
  const storageFailure = (error: unknown): StorageError | undefined => {
    if (options.dataDir === undefined) return undefined;
    const failure = storageError(error, databasePath(options.dataDir));
    if (failure.reason === "damaged") store.refuseWrites?.(failure);
    return failure;
  };
  const describeFailure = (error: unknown): string => {
    const failure = storageFailure(error);
    return failure === undefined ? String(error) : `storage: ${failure.message}`;
  };
  // Known once the server listens; requests only arrive after that.
  let origin = "";
  let apiUrl = "";

  // Events never change and a state often comes again: each is sanitised once, not once per card.
  const eventHtml = new CardCache({ max: 5000, maxSize: PART_CHARS });
  const stateHtml = new CardCache<{ head: string; details: string }>({
    max: 1000,
    maxSize: PART_CHARS,
    size: ({ head, details }) => head.length + details.length,
  });
  const parts: CardParts = {
    event: (item) => eventHtml.get(String(item.id), "", () => renderEvent(item)),
    state: (view) => stateHtml.get(view.id, JSON.stringify(view.thread), () => renderState(view)),
  };
  const cardFor = (view: ThreadSummary): string =>
    // Cards are rendered once per change, not once per page view.
    cards.get(view.id, `${view.message_count}@${view.last_message_id}`, () =>
      renderThread(view, parts),
    );

  // Live pages get each changed thread once per tick, however many messages changed it.
  const changed = new Set<string>();
  const streamed: FlowEvent[] = [];
  let flushTimer: NodeJS.Timeout | undefined;
  const flush = () => {
    flushTimer = undefined;
    if (events.size === 0) {
      changed.clear();
      streamed.length = 0;
      return;
    }
    try {
      for (const item of streamed)
        events.send("stream", { flow: item.flow, html: parts.event(item) });
      const flows = store.flows().map(({ name, threads }) => ({ name, threads }));
      for (const id of changed) {
        const view = store.thread(id, SHOWN_MESSAGES);
        if (view)
          events.send("thread", { id: view.id, flow: view.flow, html: cardFor(view), flows });
      }
    } catch (error) {
      // A timer's throw would end the process: live pages miss this tick, requests still get answers.
      log(`events: ${describeFailure(error)}`);
    } finally {
      streamed.length = 0;
      changed.clear();
    }
  };

  /** Applies a change; resolves once it is durable, then tells live pages. */
  const record = async (change: Change): Promise<string | undefined> => {
    const threadId = await store.apply(change);
    if (events.size === 0) return threadId;
    if (change.t === "mail" || change.t === "chat") {
      streamed.push(change.t === "mail" ? change.item : change.line);
      if (streamed.length > STREAM_ITEMS) streamed.shift();
    }
    if (threadId !== undefined) changed.add(threadId);
    if (threadId !== undefined || streamed.length > 0)
      flushTimer ??= setTimeout(flush, LIVE_TICK_MS);
    return threadId;
  };

  // Lengths of the tokens seen, so the request log can find one inside a longer path segment.
  const tokenLengths = new Set<number>();
  const noteToken = (token: string) => {
    if (tokenLengths.size < MAX_TOKEN_LENGTHS) tokenLengths.add(token.length);
  };

  const addSource = (flow: FlowConfig): Promise<unknown> => {
    if (!flow.name || !flow.token) throw new EmulatorError("a flow needs a name and a token");
    noteToken(flow.token);
    const id = sourceId(flow.token);
    if (store.hasSource(id)) {
      const owner = store.sourceFlow(id);
      if (owner !== flow.name)
        throw new EmulatorError(
          `this token already belongs to flow "${owner}", not "${flow.name}"`,
        );
      return Promise.resolve();
    }
    return record({ t: "source", flow: flow.name, source: id });
  };

  const messageContext = {
    store,
    faults,
    open: options.open === true,
    maxOpenFlows: options.maxOpenFlows ?? 1000,
    record,
    noteToken,
    log,
  };

  const page = (target: RequestTarget): string | undefined => {
    const selected = target.query.get("flow") ?? undefined;
    if (selected !== undefined && !store.hasFlow(selected)) return undefined;
    const views = store.threadPage(selected, { limit: PAGE_THREADS });
    return renderPage({
      flows: store.flows(),
      selected,
      threads: views.map(cardFor),
      stream: store.stream(selected, STREAM_ITEMS),
      apiUrl,
    });
  };

  // Set once the server listens (the port is known then); requests only arrive after that.
  let addressedHere: (req: IncomingMessage) => boolean = () => false;

  const handle = async (
    req: IncomingMessage,
    res: ServerResponse,
    target: RequestTarget,
  ): Promise<string> => {
    const { path } = target;
    const method = req.method ?? "GET";
    if (path === "/messages" || path === "/v1/messages") {
      if (method !== "POST") return methodNotAllowed(res, "POST");
      return handleMessage(req, res, target.query, messageContext);
    }
    const push = PUSH_PATH.exec(path);
    if (push) {
      if (method !== "POST") return methodNotAllowed(res, "POST");
      const kind = push[1] === "chat" ? "chat" : "team_inbox";
      return handlePush(req, res, kind, push[2] ?? "", messageContext);
    }
    // Everything past the two APIs shows a flow's data or changes state: a page on another name
    // that resolves here (DNS rebinding) must not read or drive it.
    if (!addressedHere(req)) {
      const message = `the inbox, read API and test controls answer only requests addressed to this emulator (${origin} or localhost); start it with --allow-host NAME (allowedHosts) to use another name`;
      if (path.startsWith("/api/")) sendJson(res, 403, { message });
      else sendText(res, "text/plain", `${message}\n`, {}, 403);
      return "403 (host not allowed)";
    }
    if (path.startsWith("/api/"))
      return handleApi(req, res, path, target.query, {
        store,
        faults,
        appSecret: options.appSecret ?? "flowdock-emulator",
        removeSource: (token) => removeSource(token),
        addFlow: addSource,
      });
    if (method !== "GET" && method !== "HEAD") return methodNotAllowed(res, "GET");
    if (path.startsWith("/threads/")) {
      let id: string;
      try {
        id = decodeURIComponent(path.slice("/threads/".length));
      } catch {
        id = "";
      }
      const shown = threadPage(store, id, target.query);
      if (shown.html !== undefined) {
        sendText(res, "text/html", shown.html);
        return "200";
      }
      const what =
        shown.status === 400
          ? "That page of the thread does not exist."
          : "There is no such thread.";
      sendText(res, "text/html", renderNotFound(store.flows(), what), {}, shown.status);
      return String(shown.status);
    }
    switch (path) {
      case "/": {
        const html = page(target);
        if (html === undefined) {
          sendText(
            res,
            "text/html",
            renderNotFound(store.flows(), "There is no such flow."),
            {},
            404,
          );
          return "404 (no such flow)";
        }
        sendText(res, "text/html", html);
        return "200";
      }
      case "/inbox.css":
        sendText(res, "text/css", INBOX_CSS);
        return "200";
      case "/inbox.js":
        sendText(res, "text/javascript", INBOX_JS);
        return "200";
      case "/events":
        if (method === "HEAD") {
          sendStreamHead(res);
          return "200";
        }
        events.add(res);
        return "200 (live)";
      case "/favicon.ico":
        res.writeHead(204).end();
        return "204";
      default:
        sendNotFound(res);
        return "404";
    }
  };

  const isSource = (id: string) => store.hasSource(id);
  // Timeouts are checked this often; Node's 30 s would let a stalled request live twice as long.
  const server = createServer({ connectionsCheckingInterval: 1_000 }, (req, res) => {
    let started = "";
    // Nothing about a request may end the process: every failure becomes an answer.
    const failed = (error: unknown) => {
      const damaged = storageFailure(error);
      if (damaged && damaged.reason === "damaged") log(`storage: ${damaged.message}`);
      log(`${started || "request"} 500 ${error instanceof Error ? error.name : "error"}`);
      if (res.headersSent) res.destroy();
      else if (damaged && damaged.reason === "damaged")
        sendJson(res, 500, { message: "the emulator's database is damaged; see its log" });
      else sendJson(res, 500, { message: "internal error" });
    };
    try {
      const target = parseTarget(req.url);
      started = `${req.method} ${logPath(target.path, isSource, tokenLengths)}`;
      handle(req, res, target).then((outcome) => log(`${started} ${outcome}`), failed);
    } catch (error) {
      failed(error);
    }
  });
  server.on("clientError", (_error, socket) => {
    if (socket.writable) socket.end("HTTP/1.1 400 Bad Request\r\nconnection: close\r\n\r\n");
    else socket.destroy();
  });
  server.keepAliveTimeout = 10_000;
  // A client that stalls mid-request holds a socket and part of a body: it gets far less than Node's 300 s.
  server.headersTimeout = HEADERS_TIMEOUT_MS;
  server.requestTimeout = REQUEST_TIMEOUT_MS;

  // A start that fails leaves nothing open: the database is closed before the error is thrown.
  try {
    for (const flow of options.flows ?? []) {
      try {
        await addSource(flow);
      } catch (error) {
        // A damaged page may first be met here: the user is told the path and what to do.
        throw error instanceof EmulatorError ? error : (storageFailure(error) ?? error);
      }
    }
    await new Promise<void>((resolve, reject) => {
      server.once("error", (error) => reject(listenError(error, host, options.port ?? 0)));
      server.listen(options.port ?? 0, host, () => resolve());
    });
  } catch (error) {
    await store.close();
    throw error;
  }
  const { port } = server.address() as AddressInfo;
  addressedHere = controlHosts(host, port, options.allowedHosts);
  origin = `http://${host.includes(":") ? `[${host}]` : host}:${port}`;
  apiUrl = origin;

  const removeSource = async (token: string): Promise<boolean> => {
    const lookup = store.lookup(token);
    if (lookup.status !== "ok") return lookup.status === "removed";
    await record({ t: "removed", source: sourceId(token) });
    return true;
  };

  let closing: Promise<void> | undefined;
  return {
    url: origin,
    apiUrl,
    port,
    close() {
      closing ??= (async () => {
        events.close();
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        });
        clearTimeout(flushTimer);
        await store.close();
      })();
      return closing;
    },
    flows: () => store.flows(),
    threads: (flow) => store.threads(flow),
    faults: {
      add: (rule) => {
        const parsed = parseFault(rule);
        if (!parsed.ok)
          throw new EmulatorError(
            `not a fault the emulator can apply: ${Object.entries(parsed.errors)
              .map(([key, problems]) => `${key} ${problems.join(", ")}`)
              .join("; ")}`,
          );
        faults.add(parsed.rule);
      },
      clear: () => faults.clear(),
      list: () => faults.list(),
    },
    addFlow(flow) {
      addSource(flow).catch((error: unknown) => log(`storage: ${String(error)}`));
    },
    removeSource(token) {
      if (store.lookup(token).status === "unknown")
        throw new EmulatorError("no source has this token");
      removeSource(token).catch((error: unknown) => log(`storage: ${String(error)}`));
    },
  };
}

/** Says why the port cannot be had, in the words a user would search for. */
function listenError(error: Error, host: string, port: number): EmulatorError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "EADDRINUSE")
    return new EmulatorError(`port ${port} is already in use on ${host}`, { cause: error });
  if (code === "EACCES")
    return new EmulatorError(`port ${port} on ${host} needs more privileges`, { cause: error });
  if (code === "EADDRNOTAVAIL")
    return new EmulatorError(`${host} is not an address of this machine`, { cause: error });
  return new EmulatorError(`cannot listen on ${host}:${port}`, { cause: error });
}

function methodNotAllowed(res: ServerResponse, allow: string): string {
  sendMethodNotAllowed(res, allow);
  return "405";
}
