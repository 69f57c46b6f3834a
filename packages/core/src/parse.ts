import type { z } from "zod/mini";
import { compileSchema } from "./compile-schema.js";
import { FlowdockValidationError, type ValidationIssue } from "./errors.js";
import { type Message, MessageSchema } from "./schema.js";

/**
 * zod's compiled parser checks a message about three times faster, but compiling it takes ~10 ms:
 * more than a one-shot CLI or action spends on validation in all. So a process compiles once it
 * has parsed this many messages (a `sendAll`, the emulator).
 */
const COMPILE_AFTER = 200;
let parses = 0;
let compiled: typeof MessageSchema | undefined;

function messageSchema(): typeof MessageSchema {
  if (compiled) return compiled;
  parses += 1;
  if (parses < COMPILE_AFTER) return MessageSchema;
  compiled = compileSchema(MessageSchema);
  return compiled;
}

/** The outcome of {@link safeParseMessage}: the message, or the error listing every problem. */
export type ParseResult<T = Message> =
  | { success: true; data: T; error?: undefined }
  | { success: false; data?: undefined; error: FlowdockValidationError };

/** Writes a zod issue path the way people and the error messages read it: `thread.fields[0].value`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, key) =>
      typeof key === "number" ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key),
    "",
  );
}

/** Turns a zod error (from `zod` or `zod/mini`) into one readable {@link FlowdockValidationError}. */
export function toValidationError(error: z.core.$ZodError): FlowdockValidationError {
  const issues: ValidationIssue[] = error.issues.map((issue) => ({
    path: formatPath(issue.path),
    message: issue.message,
  }));
  return new FlowdockValidationError(issues, { cause: error });
}

/** Checks a wire message (with or without `flow_token`) without throwing. */
export function safeParseMessage(value: unknown): ParseResult {
  const result = messageSchema().safeParse(value);
  return result.success
    ? { success: true, data: result.data }
    : { success: false, error: toValidationError(result.error) };
}

/** Checks a wire message (with or without `flow_token`); throws {@link FlowdockValidationError}. */
export function parseMessage(value: unknown): Message {
  const result = safeParseMessage(value);
  if (!result.success) throw result.error;
  return result.data;
}
