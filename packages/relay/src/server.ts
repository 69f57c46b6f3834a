import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { type AddressInfo, isIP } from "node:net";
import { adminAccess, isLocalHostHeader, isLoopback } from "./admin-access.js";
import type { RelayConfig } from "./config.js";
import type { Engine } from "./engine.js";
import { RelayConfigError } from "./errors.js";
import { errorText, type Logger, silentLogger } from "./log.js";
import { createMetrics, type RelayMetrics } from "./metrics.js";
import type { DatabaseTimeouts } from "./postgres-timeouts.js";
import { startSqliteEngine } from "./sqlite-engine.js";
import type { MessageRow, MessageState } from "./sqlite-store.js";
import { handleWebhook, LARGE_BODY_TIMEOUT_MS, MAX_PAYLOAD_BYTES } from "./webhook.js";

/** Options of {@link startRelay}. */
export interface RelayOptions {
  /** The validated config, with its tokens (see `loadConfig`). */
  config: RelayConfig;
  /** The webhook secret shared with GitHub. Never logged. */
  secret: string;
  /** SQLite data directory (default `./relay-data`); ignored when `databaseUrl` is set. */
  dataDir?: string | undefined;
  /** `postgres://…`: keep the queue in PostgreSQL, shared by several relays. */
  databaseUrl?: string | undefined;
  /** Longest wait for a PostgreSQL connection (default 10 s) and for one query's answer (default 60 s). */
  databaseTimeouts?: DatabaseTimeouts | undefined;
  /** Port to listen on; 0 picks a free one. Default 8080. */
  port?: number | undefined;
  /** Interface to listen on; default `127.0.0.1`. */
  host?: string | undefined;
  /** JSON log lines; silent by default. */
  log?: Logger | undefined;
  /** Largest webhook body accepted (default GitHub's 25 MB). */
  maxPayloadBytes?: number | undefined;
  /**
   * Bearer token `/api/*` requires (`Authorization: Bearer …`). Without it `/api/*` answers only
   * loopback clients. Never logged.
   */
  adminToken?: string | undefined;
  /** Longest a client may take to send one whole request, headers and body (default 60 s). */
  requestTimeoutMs?: number | undefined;
}

/** A running relay. */
export interface Relay {
  /** Base URL, e.g. `http://127.0.0.1:8080`; GitHub posts to `${url}/github`. */
  url: string;
  port: number;
  /** Prometheus metrics of this relay. */
  metrics: RelayMetrics;
  /** Stops accepting, finishes or hands back in-flight work, closes the store. */
  close(): Promise<void>;
}

const STATES: readonly MessageState[] = ["pending", "delivered", "failed"];

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(text),
    "cache-control": "no-store",
  });
  res.end(text);
}

/** A dead-lettered or queued message as `GET /api/deliveries` lists it (no message body). */
function describeMessage(row: MessageRow) {
  return {
    seq: row.seq,
    delivery: row.delivery,
    route: row.route,
    thread: row.thread,
    uuid: row.uuid,
    state: row.state,
    attempts: row.attempts,
    error: row.error,
    received_at: new Date(row.receivedAt).toISOString(),
    updated_at: new Date(row.updatedAt).toISOString(),
  };
}

async function startEngine(
  options: RelayOptions,
  metrics: RelayMetrics,
  log: Logger,
): Promise<Engine> {
  if (options.databaseUrl !== undefined) {
    const { startPostgresEngine } = await import("./postgres-engine.js");
    return startPostgresEngine({
      databaseUrl: options.databaseUrl,
      timeouts: options.databaseTimeouts,
      config: options.config,
      log,
      metrics,
    });
  }
  return startSqliteEngine({
    dataDir: options.dataDir ?? "relay-data",
    config: options.config,
    log,
    metrics,
  });
}

/** Starts the relay: `POST /github`, `GET /healthz`, `GET /metrics`, `GET /api/deliveries`. */
export async function startRelay(options: RelayOptions): Promise<Relay> {
  if (typeof options.secret !== "string" || options.secret === "") {
    throw new RelayConfigError("the webhook secret is empty");
  }
  if (options.adminToken !== undefined && options.adminToken.trim() === "") {
    throw new RelayConfigError("the admin token is empty");
  }
  const log = options.log ?? silentLogger;
  let engine: Engine | undefined;
  let held = 0;
  const metrics = createMetrics(
    () => engine?.depth() ?? 0,
    () => held,
  );
  const ready = await startEngine(options, metrics, log);
  engine = ready;
  let closing = false;
  // Large bodies in memory at once, all requests together: four of GitHub's largest.
  const maxHeld = 4 * (options.maxPayloadBytes ?? MAX_PAYLOAD_BYTES);
  const memory = {
    reserve(bytes: number) {
      if (held + bytes > maxHeld) return false;
      held += bytes;
      return true;
    },
    release(bytes: number) {
      held -= bytes;
    },
  };

  const requestTimeout = options.requestTimeoutMs ?? 60_000;
  const listenHost = options.host ?? "127.0.0.1";
  const bareHost = listenHost.replace(/^\[|\]$/g, "");
  const loopbackOnly = bareHost === "localhost" || (isIP(bareHost) !== 0 && isLoopback(bareHost));
  const route = async (req: IncomingMessage, res: ServerResponse) => {
    let url: URL;
    try {
      url = new URL(req.url ?? "/", "http://relay.invalid");
    } catch {
      return sendJson(res, 400, { message: "malformed request target" });
    }
    const method = req.method ?? "GET";
    // GitHub's form does not care, and a trailing slash is an easy slip in the payload URL.
    if (url.pathname === "/github" || url.pathname === "/github/") {
      if (method !== "POST") return sendJson(res, 405, { message: "POST webhooks here" });
      if (closing) return sendJson(res, 503, { message: "shutting down" });
      return handleWebhook(req, res, {
        secret: options.secret,
        config: options.config,
        engine: ready,
        metrics,
        log,
        memory,
        largeBodyTimeoutMs: Math.min(LARGE_BODY_TIMEOUT_MS, requestTimeout),
        ...(options.maxPayloadBytes !== undefined && { maxPayloadBytes: options.maxPayloadBytes }),
      });
    }
    if (method !== "GET" && method !== "HEAD")
      return sendJson(res, 405, { message: "method not allowed" });
    if (url.pathname === "/healthz") {
      const ok = !closing && ready.isReady();
      return sendJson(res, ok ? 200 : 503, { status: ok ? "ok" : "unavailable" });
    }
    if (url.pathname === "/metrics") {
      // Listening on loopback, only local clients can scrape: a foreign Host is a rebound page.
      if (loopbackOnly && !isLocalHostHeader(req, listenHost))
        return sendJson(res, 403, { message: "the Host header does not name this relay" });
      const text = await metrics.registry.metrics();
      res.writeHead(200, { "content-type": metrics.registry.contentType });
      res.end(text);
      return;
    }
    if (url.pathname.startsWith("/api/")) {
      const access = adminAccess(req, options.adminToken, listenHost);
      if (access !== "allowed") {
        log.warn("admin API refused", { path: url.pathname, status: access.status });
        if (access.status === 401) res.setHeader("www-authenticate", "Bearer");
        return sendJson(res, access.status, { message: access.message });
      }
    }
    if (url.pathname === "/api/deliveries") {
      const state = url.searchParams.get("state") ?? "failed";
      if (!STATES.includes(state as MessageState)) {
        return sendJson(res, 400, { message: `state must be one of ${STATES.join(", ")}` });
      }
      const limit = Math.min(1000, Math.max(1, Number(url.searchParams.get("limit")) || 100));
      const rows = await ready.listMessages(state as MessageState, limit);
      return sendJson(res, 200, { deliveries: rows.map(describeMessage) });
    }
    return sendJson(res, 404, { message: "not found" });
  };

  // Requests being answered, so shutdown can wait for them (and only them) for a bounded time.
  const inFlight = new Set<ServerResponse>();
  let drained: (() => void) | undefined;
  const server = createServer(
    // Timeouts are checked this often, so a stalled client is cut soon after its time is up.
    { connectionsCheckingInterval: Math.min(30_000, Math.max(100, requestTimeout / 4)) },
    (req, res) => {
      inFlight.add(res);
      if (closing) res.setHeader("connection", "close");
      res.once("close", () => {
        inFlight.delete(res);
        if (inFlight.size === 0) drained?.();
      });
      route(req, res).catch((error: unknown) => {
        // A client that hung up or timed out mid-request is its own business, not the relay's.
        const code = (error as NodeJS.ErrnoException).code;
        if (req.destroyed || code === "ECONNRESET" || code === "ECONNABORTED")
          log.info("client went away", { error: errorText(error) });
        else log.error("request failed", { error: errorText(error) });
        if (!res.headersSent && !res.destroyed) sendJson(res, 500, { message: "internal error" });
        else res.destroy();
      });
    },
  );
  // A client trickling its headers or body is answered 408 and cut off (Node's own clientError
  // answer: 400, 408 or 431 by the error, and only if no answer was started).
  server.requestTimeout = requestTimeout;
  server.headersTimeout = Math.min(20_000, requestTimeout);

  try {
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(options.port ?? 8080, listenHost, () => {
        server.off("error", reject);
        resolve();
      });
    });
  } catch (error) {
    await ready.close();
    throw error;
  }
  const { port, address, family } = server.address() as AddressInfo;
  const host = family === "IPv6" ? `[${address}]` : address;
  log.info("relay listening", { url: `http://${host}:${port}` });

  let closed: Promise<void> | undefined;
  return {
    url: `http://${host}:${port}`,
    port,
    metrics,
    close() {
      closed ??= (async () => {
        closing = true;
        const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeIdleConnections();
        // server.close() stops Node's request timeouts, so a trickling client would hold shutdown
        // for ever: requests on the wire get the grace to finish, then every connection is cut.
        for (const res of inFlight) if (!res.headersSent) res.setHeader("connection", "close");
        if (inFlight.size > 0) {
          let timer: NodeJS.Timeout | undefined;
          await new Promise<void>((resolve) => {
            drained = resolve;
            timer = setTimeout(resolve, options.config.delivery.shutdownGraceMs);
          });
          clearTimeout(timer);
        }
        server.closeAllConnections();
        await stopped;
        await ready.close();
        log.info("relay stopped");
      })();
      return closed;
    },
  };
}
