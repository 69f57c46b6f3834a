import { FlowdockValidationError } from "@flowdock-kit/core";
import { FlowdockError, FlowdockRejectedError } from "./errors.js";

/** Any error of a `sendAll` item as a `FlowdockError`; an invalid message is a rejection with status 0. */
export function asFlowdockError(error: unknown, secrets: readonly string[]): FlowdockError {
  if (error instanceof FlowdockError) return error;
  if (error instanceof FlowdockValidationError) {
    return new FlowdockRejectedError(error.message, {
      fieldErrors: error.fieldErrors,
      cause: error,
      secrets,
    });
  }
  return new FlowdockError(`could not send the message: ${describeFailure(error)}`, {
    cause: error,
    secrets,
  });
}

// Mistakes in the request itself; sending it again cannot help.
const FINAL_ERROR_CODES = new Set([
  "UND_ERR_INVALID_ARG",
  "UND_ERR_NOT_SUPPORTED",
  "ERR_INVALID_URL",
]);

/** Whether a request that got no answer may succeed if sent again. */
export function isRetryableFailure(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return !(typeof code === "string" && FINAL_ERROR_CODES.has(code));
}

/** One line on a network failure: its code, message and cause, e.g. `ECONNRESET: other side closed`. */
export function describeFailure(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error as { code?: unknown }).code;
  const inner = error.cause instanceof Error ? ` (${error.cause.message})` : "";
  const prefix = typeof code === "string" && !error.message.includes(code) ? `${code}: ` : "";
  return `${prefix}${error.message}${inner}`;
}
