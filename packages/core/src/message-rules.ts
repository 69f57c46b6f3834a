import { findUnsafeHtml, INLINE_TAGS } from "./html-inspect.js";

// The message format's own rules, as plain functions: schema.ts runs them as zod refinements, and
// the generated parser (message-parser.ts) calls them directly, without loading zod.

/** Where a rule reports what is wrong: zod's refinement context has this method. */
export interface IssueSink {
  addIssue(issue: { code: "custom"; message: string; path?: PropertyKey[] }): void;
}

/** Text that may hold `<a>` links and nothing else (titles, field values). */
export function checkInlineHtml(value: string, ctx: IssueSink): void {
  for (const problem of findUnsafeHtml(value, INLINE_TAGS))
    ctx.addIssue({ code: "custom", message: problem });
}

/** What no single field can say: a message names its thread, and a discussion has a body. */
export function checkMessageRules(
  message: {
    event: string;
    body?: string | undefined;
    external_thread_id?: string | undefined;
    thread_id?: string | undefined;
  },
  ctx: IssueSink,
): void {
  if (message.external_thread_id === undefined && message.thread_id === undefined) {
    ctx.addIssue({
      code: "custom",
      path: ["external_thread_id"],
      message: "one of external_thread_id or thread_id is required",
    });
  }
  if (message.event === "discussion" && !message.body) {
    ctx.addIssue({
      code: "custom",
      path: ["body"],
      message: "can't be blank for a discussion message",
    });
  }
}
