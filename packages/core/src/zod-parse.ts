import { MessageSchema } from "./schema.js";

/**
 * zod's own answer for `value`, with its issues: what safeParseMessage asks for a message the
 * generated parser refused. A module of its own, so a bundle can load zod on the first invalid
 * message instead of at every start (the GitHub action does).
 */
export function parseWithZod(value: unknown): ReturnType<typeof MessageSchema.safeParse> {
  return MessageSchema.safeParse(value);
}
