import {
  FlowdockError,
  FlowdockRejectedError,
  FlowdockSourceGoneError,
  FlowdockTokenError,
} from "./errors.js";
import { redact } from "./redact.js";

/** Statuses worth another try: rate limited, or the server or a gateway failed. */
const RETRYABLE_STATUSES = new Set([429, 500, 502, 503, 504]);

/** Whether an answer with this status may succeed if sent again. */
export function isRetryableStatus(status: number): boolean {
  return RETRYABLE_STATUSES.has(status);
}

/** The server's JSON answer, or undefined when it is not JSON. */
export function parseJson(text: string): unknown {
  if (text === "") return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** The ids the server gives when asked to wait for the message (`X-flowdock-wait-for-message`). */
export function messageIds(body: unknown): { messageId?: string; threadId?: string } {
  if (typeof body !== "object" || body === null) return {};
  const { id, thread_id: threadId } = body as Record<string, unknown>;
  const ids: { messageId?: string; threadId?: string } = {};
  if (typeof id === "string" || typeof id === "number") ids.messageId = String(id);
  if (typeof threadId === "string" || typeof threadId === "number") ids.threadId = String(threadId);
  return ids;
}

/** The most fields of an `errors` answer kept, and the most reasons per field. */
const MAX_FIELD_ERRORS = 20;

/**
 * The server's `errors` answer (`{"title": ["can't be blank"]}`) as lists of reasons, each field
 * and reason a short line with `secrets` redacted: they end up in logs and job summaries.
 */
export function fieldErrorsOf(
  body: unknown,
  secrets: readonly string[] = [],
): Record<string, string[]> {
  if (typeof body !== "object" || body === null) return {};
  const { errors } = body as Record<string, unknown>;
  if (typeof errors !== "object" || errors === null || Array.isArray(errors)) return {};
  const out: Record<string, string[]> = {};
  for (const [field, reasons] of Object.entries(errors).slice(0, MAX_FIELD_ERRORS)) {
    const list = Array.isArray(reasons) ? reasons : [reasons];
    out[excerpt(field, secrets, 80)] = list
      .slice(0, MAX_FIELD_ERRORS)
      .map((reason) =>
        excerpt(typeof reason === "string" ? reason : String(JSON.stringify(reason)), secrets),
      );
  }
  return out;
}

/**
 * A short, single-line excerpt of a server's text for error messages: `secrets` are redacted
 * before the cut (a cut through one would leave most of it), control characters become spaces.
 */
export function excerpt(text: string, secrets: readonly string[], max = 200): string {
  const line = redact(text, secrets)
    .replace(/[\s\p{Cc}]+/gu, " ")
    .trim();
  return line.length > max ? `${line.slice(0, max)}…` : line;
}

function serverMessage(body: unknown, text: string, secrets: readonly string[]): string {
  if (typeof body === "object" && body !== null) {
    const { message } = body as Record<string, unknown>;
    if (typeof message === "string") return excerpt(message, secrets);
  }
  return excerpt(text, secrets);
}

/** The error for an answer that must not be retried (any non-2xx status but the retryable ones). */
export function finalAnswerError(
  status: number,
  text: string,
  context: { attempts: number; secrets: readonly string[] },
): FlowdockError {
  const body = parseJson(text);
  const options = { status, ...context };
  if (status === 400 || status === 422) {
    const fieldErrors = fieldErrorsOf(body, context.secrets);
    const reasons = Object.entries(fieldErrors).map(
      ([field, list]) => `${field}: ${list.join(", ")}`,
    );
    const detail =
      reasons.length > 0
        ? excerpt(reasons.join("; "), [], 400)
        : serverMessage(body, text, context.secrets);
    return new FlowdockRejectedError(
      `Flowdock rejected the message (HTTP ${status})${detail ? `: ${detail}` : ""}`,
      { ...options, fieldErrors },
    );
  }
  if (status === 401 || status === 403 || status === 404) {
    return new FlowdockTokenError(`the flow token was not accepted (HTTP ${status})`, options);
  }
  if (status === 410) {
    return new FlowdockSourceGoneError(
      `the source was removed in Flowdock; stop using this token (HTTP ${status})`,
      options,
    );
  }
  const detail = serverMessage(body, text, context.secrets);
  return new FlowdockError(
    `Flowdock answered HTTP ${status}${detail ? `: ${detail}` : ""}`,
    options,
  );
}
