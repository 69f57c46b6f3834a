import * as z from "zod/mini";
import { STATUS_COLORS } from "./colors.js";
import { checkInlineHtml, checkMessageRules } from "./message-rules.js";
import { isHttpUrl } from "./url.js";

const COLOR_LIST = STATUS_COLORS.join(", ");

// Every schema names its own message: zod's wording comes from a global locale that the app (or
// any other zod user in it) may change, and these messages are part of the API.
function expected(what: string) {
  return {
    error: (issue: { input?: unknown }) =>
      issue.input === undefined ? "is required" : `must be ${what}`,
  };
}

/** A wrong value as the error shows it; `JSON.stringify` throws on a BigInt or a cycle. */
function shown(value: unknown): string {
  try {
    return JSON.stringify(value) ?? typeof value;
  } catch {
    return typeof value;
  }
}

/** The `@type` of a thread action or its target. */
function typeLiteral<T extends string>(value: T) {
  return z.literal(value, {
    error: (issue) => (issue.input === undefined ? "is required" : `must be "${value}"`),
  });
}

const NonBlank = z.string(expected("a string")).check(z.minLength(1, "can't be blank"));

// The checks that run the message format's own functions, each with the name the generated parser
// (message-parser.ts) calls it by.
const inlineHtmlCheck = z.superRefine(checkInlineHtml);
const httpUrlCheck = z.refine<string>(isHttpUrl, "must be an absolute http(s) URL");
const messageRulesCheck = z.superRefine(checkMessageRules);

/** @internal For the parser generator (test/message-parser-codegen.ts); not exported by index.ts. */
export const CUSTOM_CHECKS: ReadonlyMap<object, { name: string; module: string; kind: string }> =
  new Map<object, { name: string; module: string; kind: string }>([
    [
      inlineHtmlCheck,
      { name: "checkInlineHtml", module: "./message-rules.js", kind: "superRefine" },
    ],
    [httpUrlCheck, { name: "isHttpUrl", module: "./url.js", kind: "refine" }],
    [
      messageRulesCheck,
      { name: "checkMessageRules", module: "./message-rules.js", kind: "superRefine" },
    ],
  ]);

/** Text that may hold `<a>` links and nothing else (titles, field values). */
const InlineHtml = z.string(expected("a string")).check(inlineHtmlCheck);

const HttpUrl = z.string(expected("a string")).check(httpUrlCheck);

/** Who did it: `name` is required, `avatar` an http(s) image URL. */
export const AuthorSchema = z.object(
  {
    name: NonBlank,
    avatar: z.optional(HttpUrl),
    email: z.optional(z.string(expected("a string"))),
  },
  expected("an object with a name"),
);
/** A message's author, as on the wire. */
export type Author = z.infer<typeof AuthorSchema>;

/** `{ color, value }`: one of the ten colours and a short free text such as `open`. */
export const StatusSchema = z.object(
  {
    color: z.enum(STATUS_COLORS, {
      error: (issue) =>
        issue.input === undefined
          ? "is required"
          : `must be one of ${COLOR_LIST} (got ${shown(issue.input)})`,
    }),
    value: NonBlank,
  },
  expected("an object with color and value"),
);
/** A thread's status badge, as on the wire. */
export type Status = z.infer<typeof StatusSchema>;

/** A row in the thread's field table; `value` may hold `<a>` links. */
export const FieldSchema = z.object(
  { label: NonBlank, value: InlineHtml },
  expected("an object with label and value"),
);
/** A row of a thread's field table, as on the wire. */
export type Field = z.infer<typeof FieldSchema>;

/** A link shown on the thread (schema.org `ViewAction`). */
export const ViewActionSchema = z.object(
  {
    "@type": typeLiteral("ViewAction"),
    name: NonBlank,
    url: HttpUrl,
    description: z.optional(z.string(expected("a string"))),
    image: z.optional(HttpUrl),
  },
  expected("a ViewAction object"),
);
/** A `ViewAction` as on the wire. */
export type ViewAction = z.infer<typeof ViewActionSchema>;

/** A button that makes Flowdock call `target.urlTemplate` (schema.org `UpdateAction`). */
export const UpdateActionSchema = z.object(
  {
    "@type": typeLiteral("UpdateAction"),
    name: NonBlank,
    target: z.object(
      {
        "@type": typeLiteral("EntryPoint"),
        urlTemplate: HttpUrl,
        httpMethod: z.enum(["POST", "PUT", "PATCH", "DELETE"], {
          error: () => "must be POST, PUT, PATCH or DELETE",
        }),
      },
      expected("an EntryPoint object"),
    ),
  },
  expected("an UpdateAction object"),
);
/** An `UpdateAction` as on the wire. */
export type UpdateAction = z.infer<typeof UpdateActionSchema>;

/** A thread action: a `ViewAction` link or an `UpdateAction` button, told apart by `@type`. */
export const ThreadActionSchema = z.discriminatedUnion(
  "@type",
  [ViewActionSchema, UpdateActionSchema],
  {
    error: () => 'must have "@type" ViewAction or UpdateAction',
  },
);
/** Either kind of thread action. */
export type ThreadAction = z.infer<typeof ThreadActionSchema>;

/** The item's full current state, sent with every message about it. */
export const ThreadSchema = z.object(
  {
    title: z.pipe(InlineHtml, NonBlank),
    body: z.optional(z.string(expected("a string"))),
    external_url: z.optional(HttpUrl),
    status: z.optional(StatusSchema),
    fields: z.optional(z.array(FieldSchema, expected("an array"))),
    actions: z.optional(z.array(ThreadActionSchema, expected("an array"))),
  },
  expected("an object"),
);
/** A thread's state, as on the wire (snake_case). */
export type Thread = z.infer<typeof ThreadSchema>;

/** The message kind: `activity` (the item changed) or `discussion` (a comment on it). */
export const MessageEventSchema = z.enum(["activity", "discussion"], {
  error: (issue) =>
    issue.input === undefined
      ? "is required"
      : `must be "activity" or "discussion" (got ${shown(issue.input)})`,
});
/** `activity` or `discussion`. */
export type MessageEvent = z.infer<typeof MessageEventSchema>;

/**
 * A message as the Messages API takes it (`POST /messages`). `flow_token` is optional here: built
 * messages never hold it, the sender adds it on the way out.
 */
export const MessageSchema = z
  .object(
    {
      flow_token: z.optional(NonBlank),
      event: MessageEventSchema,
      title: z.pipe(InlineHtml, NonBlank),
      body: z.optional(z.string(expected("a string"))),
      author: AuthorSchema,
      external_thread_id: z.optional(NonBlank),
      thread_id: z.optional(NonBlank),
      thread: z.optional(ThreadSchema),
      tags: z.optional(z.union([z.array(NonBlank), z.string()], expected("a list of strings"))),
      uuid: z.optional(NonBlank),
    },
    expected("a JSON object"),
  )
  .check(messageRulesCheck);
/** A validated wire message; built messages have no `flow_token`. */
export type Message = z.infer<typeof MessageSchema>;
