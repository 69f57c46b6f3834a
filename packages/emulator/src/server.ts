import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { INBOX_CSS, INBOX_JS } from "./assets.js";
import { CardCache } from "./card-cache.js";
import { controlHosts } from "./control-hosts.js";
import { EmulatorError } from "./errors.js";
import { EventHub } from "./events.js";
import { Faults } from "./faults.js";
import { sendJson, sendMethodNotAllowed, sendNotFound } from "./http-util.js";
import { Journal, readJournal } from "./journal.js";
import { handleMessage } from "./messages.js";
import { handleApi } from "./read-api.js";
import { renderPage, renderThread } from "./render.js";
import { logPath, parseTarget, type RequestTarget } from "./request-target.js";
import { sourceId } from "./source-id.js";
import { type JournalRecord, Store } from "./store.js";
import type { Emulator, EmulatorOptions, FlowConfig, ThreadView } from "./types.js";

/** Threads shown on the page; older ones stay in the read API. */
const PAGE_THREADS = 100;

const PAGE_HEADERS = {
  "content-security-policy":
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src http: https:; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "cache-control": "no-store",
};

function sendText(res: ServerResponse, type: string, text: string, headers = {}): void {
  res.writeHead(200, {
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
  const store = new Store();
  const faults = new Faults();
  const events = new EventHub((reason) => log(`events: ${reason}`));
  const cards = new CardCache();
  let journal: Journal | undefined;
  // Known once the server listens; requests only arrive after that.
  let origin = "";
  let apiUrl = "";

  if (options.dataDir !== undefined) {
    const { records, skipped } = await readJournal<JournalRecord>(options.dataDir);
    let unusable = skipped;
    for (const record of records) {
      try {
        store.apply(record);
      } catch {
        unusable += 1;
      }
    }
    if (unusable > 0) log(`journal: skipped ${unusable} unusable record(s)`);
    log(`journal: replayed ${records.length} record(s) from ${options.dataDir}`);
    journal = await Journal.open(options.dataDir);
  }

  const cardFor = (view: ThreadView): string => {
    // Cards are rendered (and sanitised) once per change, not once per page view.
    return cards.get(view.id, `${view.messages.length}@${view.updated_at}`, () =>
      renderThread(view),
    );
  };

  /** Applies a change at once (so concurrent posts see it) and resolves once it is on disk. */
  const record = async (change: JournalRecord): Promise<string | undefined> => {
    const threadId = store.apply(change);
    await journal?.append(change);
    const view = threadId !== undefined && events.size > 0 ? store.thread(threadId) : undefined;
    if (view)
      events.send("thread", {
        id: view.id,
        flow: view.flow,
        html: cardFor(view),
        flows: store.flows().map(({ name, threads }) => ({ name, threads })),
      });
    return threadId;
  };

  const addSource = (flow: FlowConfig): Promise<unknown> => {
    if (!flow.name || !flow.token) throw new EmulatorError("a flow needs a name and a token");
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

  for (const flow of options.flows ?? []) await addSource(flow);

  const messageContext = {
    store,
    faults,
    journal,
    open: options.open === true,
    maxOpenFlows: options.maxOpenFlows ?? 1000,
    record,
    log,
  };

  const page = (target: RequestTarget): string => {
    const selected = target.query.get("flow") ?? undefined;
    const flows = store.flows();
    const names = selected === undefined ? flows.map((flow) => flow.name) : [selected];
    const views = names
      .flatMap((name) => store.threads(name, PAGE_THREADS))
      .sort((a, b) => b.updated_at - a.updated_at)
      .slice(0, PAGE_THREADS);
    return renderPage({ flows, selected, threads: views.map(cardFor), apiUrl });
  };

  // Set once the server listens (the port is known then); requests only arrive after that.
  let mayControl: (req: IncomingMessage) => boolean = () => false;

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
    if (path.startsWith("/api/") && method !== "GET" && method !== "HEAD" && !mayControl(req)) {
      sendJson(res, 403, {
        message: "test controls answer only requests addressed to the emulator's own host",
      });
      return "403 (host not allowed)";
    }
    if (path.startsWith("/api/"))
      return handleApi(req, res, path, {
        store,
        faults,
        appSecret: options.appSecret ?? "flowdock-emulator",
        removeSource: (token) => removeSource(token),
        addFlow: addSource,
      });
    if (method !== "GET" && method !== "HEAD") return methodNotAllowed(res, "GET");
    switch (path) {
      case "/":
        sendText(res, "text/html", page(target));
        return "200";
      case "/inbox.css":
        sendText(res, "text/css", INBOX_CSS);
        return "200";
      case "/inbox.js":
        sendText(res, "text/javascript", INBOX_JS);
        return "200";
      case "/events":
        return events.add(res) ? "200 (live)" : "503 (too many live pages)";
      case "/favicon.ico":
        res.writeHead(204).end();
        return "204";
      default:
        sendNotFound(res);
        return "404";
    }
  };

  const isSource = (id: string) => store.hasSource(id);
  const server = createServer((req, res) => {
    let started = "";
    // Nothing about a request may end the process: every failure becomes an answer.
    const failed = (error: unknown) => {
      log(`${started || "request"} 500 ${error instanceof Error ? error.name : "error"}`);
      if (!res.headersSent) sendJson(res, 500, { message: "internal error" });
      else res.destroy();
    };
    try {
      const target = parseTarget(req.url);
      started = `${req.method} ${logPath(target.path, isSource)}`;
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

  await new Promise<void>((resolve, reject) => {
    server.once("error", (error) =>
      reject(new EmulatorError(`cannot listen on ${host}:${options.port ?? 0}`, { cause: error })),
    );
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  mayControl = controlHosts(host, port, options.allowedHosts);
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
    url: `${origin}/`,
    apiUrl,
    port,
    close() {
      closing ??= (async () => {
        events.close();
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        });
        await journal?.close();
      })();
      return closing;
    },
    flows: () => store.flows(),
    threads: (flow) => store.threads(flow),
    addFlow(flow) {
      addSource(flow).catch((error: unknown) => log(`journal: ${String(error)}`));
    },
    removeSource(token) {
      if (store.lookup(token).status === "unknown")
        throw new EmulatorError("no source has this token");
      removeSource(token).catch((error: unknown) => log(`journal: ${String(error)}`));
    },
  };
}

function methodNotAllowed(res: ServerResponse, allow: string): string {
  sendMethodNotAllowed(res, allow);
  return "405";
}
