import type { z } from "zod/mini";
import { FlowdockValidationError, type ValidationIssue } from "./errors.js";
import { type Message, MessageSchema } from "./schema.js";

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

/** Checks a wire message (with or without `flow_token`) with {@link MessageSchema}, without throwing. */
export function safeParseMessage(value: unknown): ParseResult {
  const result = MessageSchema.safeParse(value);
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
