/** What stands in for a secret in every message, stack and property the sender produces. */
export const REDACTED = "[REDACTED]";

/**
 * Replaces every occurrence of each secret (as is, URL-encoded and JSON-escaped) in `text`.
 * Secrets shorter than 4 characters are ignored: replacing them would shred ordinary words.
 */
export function redact(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length < 4) continue;
    for (const form of new Set([
      secret,
      encodeURIComponent(secret),
      JSON.stringify(secret).slice(1, -1),
    ])) {
      out = out.split(form).join(REDACTED);
    }
  }
  return out;
}

const MAX_CAUSE_DEPTH = 8;

/**
 * A copy of `cause` that is safe to keep: an `Error` becomes a plain `Error` with the same name,
 * message, stack and primitive properties (`code`, `errno`, `syscall`…), all redacted, and its own
 * cause copied the same way. Object-valued properties (sockets, requests, bodies) are dropped.
 */
export function redactCause(cause: unknown, secrets: readonly string[], depth = 0): unknown {
  if (cause === undefined || cause === null) return cause;
  if (typeof cause === "string") return redact(cause, secrets);
  if (typeof cause !== "object" || depth >= MAX_CAUSE_DEPTH) {
    return typeof cause === "object" ? undefined : cause;
  }
  if (!(cause instanceof Error)) return undefined;
  const copy = new Error(redact(cause.message, secrets));
  for (const [key, value] of Object.entries(cause)) {
    if (key === "cause" || key === "message" || key === "stack") continue;
    if (typeof value === "string") Object.assign(copy, { [key]: redact(value, secrets) });
    else if (typeof value === "number" || typeof value === "boolean") {
      Object.assign(copy, { [key]: value });
    }
  }
  // `name` is usually on the prototype, so Object.entries misses it.
  Object.defineProperty(copy, "name", {
    value: redact(cause.name, secrets),
    configurable: true,
    writable: true,
  });
  copy.stack =
    cause.stack === undefined ? `${copy.name}: ${copy.message}` : redact(cause.stack, secrets);
  if (cause instanceof AggregateError) {
    Object.defineProperty(copy, "errors", {
      value: cause.errors.map((error) => redactCause(error, secrets, depth + 1)),
      configurable: true,
      writable: true,
      enumerable: true,
    });
  }
  if (cause.cause !== undefined) copy.cause = redactCause(cause.cause, secrets, depth + 1);
  return copy;
}
