import * as z from "zod/mini";
import { MessageSchema } from "./schema.js";

/**
 * The message's JSON Schema (draft 2020-12), for users of other languages. Checks that JSON
 * Schema cannot say (one of the two thread ids, safe HTML, `null` taken as absent) are left to
 * `parseMessage`.
 */
export function messageJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(MessageSchema, { unrepresentable: "any", io: "input" }) as Record<
    string,
    unknown
  >;
}
