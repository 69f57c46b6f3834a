import type { IncomingMessage, ServerResponse } from "node:http";
import { SUPPORTED_EVENTS } from "@flowdock-kit/github";
import { verify } from "@octokit/webhooks-methods";
import type { RelayConfig } from "./config.js";
import type { Engine } from "./engine.js";
import { errorText, type Logger } from "./log.js";
import { repositoryOf } from "./map-delivery.js";
import type { RelayMetrics } from "./metrics.js";
import { readBody } from "./read-body.js";
import { matchRoutes } from "./routes.js";

/** GitHub's own cap on a webhook payload. */
export const MAX_PAYLOAD_BYTES = 25 * 1024 * 1024;

/** The first bytes of every body are not counted in the shared budget: most webhooks are this small. */
export const SMALL_BODY_BYTES = 1024 * 1024;

/**
 * How long a body over {@link SMALL_BODY_BYTES} may take to arrive; GitHub itself gives up on a
 * delivery after 10 s, so only a client stalling on purpose is slower.
 */
export const LARGE_BODY_TIMEOUT_MS = 10_000;

/** What `POST /github` needs. */
export interface WebhookContext {
  secret: string;
  config: RelayConfig;
  engine: Engine;
  metrics: RelayMetrics;
  log: Logger;
  maxPayloadBytes?: number;
  /** How long a body over {@link SMALL_BODY_BYTES} may take (default {@link LARGE_BODY_TIMEOUT_MS}). */
  largeBodyTimeoutMs?: number;
  /** The memory all large request bodies may hold together. */
  memory: { reserve(bytes: number): boolean; release(bytes: number): void };
}

function answer(
  res: ServerResponse,
  status: number,
  body: Record<string, unknown>,
  close = false,
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(text),
    ...(close && { connection: "close" }),
  });
  res.end(text);
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return typeof value === "string" ? value : undefined;
}

/** The JSON text of a webhook body sent as `application/json` or as a form with a `payload` field. */
function payloadText(contentType: string, body: string): string {
  if (contentType !== "application/x-www-form-urlencoded") return body;
  const payload = new URLSearchParams(body).get("payload");
  if (payload === null) throw new SyntaxError("the form has no payload field");
  return payload;
}

// GitHub sends UTF-8 only; a lenient decode would turn other bytes into U+FFFD and so verify a
// signature over a text that is not the body that was sent.
const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

async function signatureMatches(secret: string, text: string, signature: string): Promise<boolean> {
  try {
    return text !== "" && (await verify(secret, text, signature));
  } catch {
    return false;
  }
}

/**
 * `POST /github`: checks the signature, size and shape, then answers 202 only once the delivery is
 * stored; mapping and sending happen afterwards.
 */
export async function handleWebhook(
  req: IncomingMessage,
  res: ServerResponse,
  context: WebhookContext,
): Promise<void> {
  const { engine, metrics, log } = context;
  const delivery = header(req, "x-github-delivery");
  const event = header(req, "x-github-event");
  const refuse = (status: number, reason: string, message: string, close = false) => {
    metrics.refused.inc({ reason });
    log.warn("webhook refused", { delivery: delivery?.slice(0, 100), status, reason });
    answer(res, status, { message }, close);
  };

  const limit = context.maxPayloadBytes ?? MAX_PAYLOAD_BYTES;
  const signature = header(req, "x-hub-signature-256");
  // An unsigned body is never kept: it is read and dropped before the 401.
  let size = 0;
  let held = 0;
  // Only the bytes past SMALL_BODY_BYTES are reserved, so clients stalling large bodies with a
  // forged signature cannot make small deliveries wait.
  const reserve = (bytes: number) => {
    size += bytes;
    const more = size - SMALL_BODY_BYTES - held;
    if (more <= 0) return true;
    if (!context.memory.reserve(more)) return false;
    held += more;
    return true;
  };
  // Held until the answer is sent: the body lives on in the store's write until then.
  res.once("close", () => context.memory.release(held));
  const read = await readBody(req, signature === undefined ? 0 : limit, limit * 2, reserve, {
    bytes: SMALL_BODY_BYTES,
    timeoutMs: context.largeBodyTimeoutMs ?? LARGE_BODY_TIMEOUT_MS,
  });
  if (signature === undefined) {
    if (!read.ok && read.reason === "timeout") {
      refuse(408, "slow_body", "the body took too long to arrive", true);
      res.once("finish", () => req.destroy());
    } else if (read.ok || read.drained) {
      refuse(401, "unsigned", "X-Hub-Signature-256 is missing: set the webhook's secret");
    } else {
      refuse(413, "too_large", `payload over ${limit} bytes`, true);
      res.once("finish", () => req.destroy());
    }
    return;
  }
  if (!read.ok) {
    if (read.reason === "timeout") {
      refuse(408, "slow_body", "the body took too long to arrive", true);
      res.once("finish", () => req.destroy());
      return;
    }
    if (read.reason === "busy")
      refuse(503, "busy", "too many large deliveries at once; redeliver it", !read.drained);
    else refuse(413, "too_large", `payload over ${limit} bytes`, !read.drained);
    if (!read.drained) res.once("finish", () => req.destroy());
    return;
  }
  let text: string;
  try {
    text = utf8.decode(read.body);
  } catch {
    refuse(400, "not_utf8", "the body is not UTF-8, so it is not a GitHub delivery");
    return;
  }
  if (!(await signatureMatches(context.secret, text, signature))) {
    refuse(401, "bad_signature", "X-Hub-Signature-256 does not match: check the webhook's secret");
    return;
  }
  if (event === undefined || !/^[a-z][a-z0-9_]{0,63}$/.test(event)) {
    refuse(400, "no_event", "X-GitHub-Event is missing or not an event name");
    return;
  }
  if (delivery === undefined || !/^[A-Za-z0-9-]{1,100}$/.test(delivery)) {
    refuse(400, "no_delivery", "X-GitHub-Delivery is missing or not a delivery id");
    return;
  }
  const contentType = (header(req, "content-type") ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
  if (contentType !== "application/json" && contentType !== "application/x-www-form-urlencoded") {
    refuse(415, "content_type", "content type must be application/json");
    return;
  }
  let json: string;
  let payload: unknown;
  try {
    json = payloadText(contentType, text);
    payload = JSON.parse(json);
  } catch {
    refuse(400, "malformed", "the payload is not JSON");
    return;
  }
  if (typeof payload !== "object" || payload === null || Array.isArray(payload)) {
    refuse(400, "malformed", "the payload is not a JSON object");
    return;
  }
  if (event === "ping") {
    log.info("ping", { delivery });
    answer(res, 200, { message: "pong" });
    return;
  }

  // Decided now so an unwanted payload is never kept; the stored ones are mapped afterwards.
  let skipped: string | undefined;
  if (!SUPPORTED_EVENTS.includes(event)) skipped = `the "${event}" event is not supported`;
  else if (matchRoutes(context.config.routes, event, repositoryOf(payload)).length === 0)
    skipped = "no route takes it";

  let outcome: "stored" | "duplicate";
  try {
    outcome = await engine.storeDelivery({
      id: delivery,
      event,
      payload: skipped === undefined ? json : undefined,
      parsed: payload,
      skipped,
      receivedAt: Date.now(),
    });
  } catch (error) {
    log.error("cannot store the delivery", {
      delivery,
      error: errorText(error),
    });
    answer(res, 503, { message: "the delivery could not be stored; redeliver it later" });
    return;
  }
  if (outcome === "duplicate") {
    log.info("duplicate delivery", { delivery, event });
    answer(res, 200, { message: "already received", delivery });
    return;
  }
  metrics.received.inc({ event: SUPPORTED_EVENTS.includes(event) ? event : "other" });
  if (skipped !== undefined) {
    metrics.skipped.inc();
    log.info("delivery skipped", { delivery, event, reason: skipped });
    answer(res, 202, { message: "accepted, nothing to post", reason: skipped, delivery });
    return;
  }
  log.info("delivery stored", { delivery, event });
  answer(res, 202, { message: "accepted", delivery });
}
