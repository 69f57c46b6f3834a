import * as z from "zod/mini";
import { STATUS_COLORS } from "./colors.js";
import { findUnsafeHtml, INLINE_TAGS } from "./html-inspect.js";
import { isHttpUrl } from "./url.js";

const COLOR_LIST = STATUS_COLORS.join(", ");

// Every schema names its own message: zod's wording comes from a global locale that the app (or
// any other zod user in it) may change, and these messages are part of the API.
function expected(what: string) {
  return {
    error: (issue: { input?: unknown }) =>
      issue.input === undefined || issue.input === null ? "is required" : `must be ${what}`,
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
    error: (issue) =>
      issue.input === undefined || issue.input === null ? "is required" : `must be "${value}"`,
  });
}

/**
 * An optional field that also takes JSON `null` for "absent", as Flowdock did (its own git hook
 * sends `"body": null`); the object schemas then leave the key out with {@link withoutAbsentKeys}.
 * The outer `optional` keeps the key optional, which the pipe alone would not (`z.toJSONSchema`).
 */
function optional<T extends z.ZodMiniType>(schema: T) {
  const nullAsAbsent = z.transform((value: z.input<T> | null | undefined): unknown =>
    value === null ? undefined : value,
  );
  return z.optional(z.pipe(nullAsAbsent, z.optional(schema)));
}

/** `value` without the keys whose value is `undefined`, so an absent field is absent, not `null`. */
function withoutAbsentKeys<T extends object>(value: T): T {
  if (!Object.values(value).includes(undefined)) return value;
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

const NonBlank = z.string(expected("a string")).check(z.minLength(1, "can't be blank"));

/** Text that may hold `<a>` links and nothing else (titles, field values). */
const InlineHtml = z.string(expected("a string")).check(
  z.superRefine((value, ctx) => {
    for (const problem of findUnsafeHtml(value, INLINE_TAGS))
      ctx.addIssue({ code: "custom", message: problem });
  }),
);

const HttpUrl = z
  .string(expected("a string"))
  .check(z.refine(isHttpUrl, "must be an absolute http(s) URL"));

/** Who did it: `name` is required, `avatar` an http(s) image URL. */
export const AuthorSchema = z
  .object(
    {
      name: NonBlank,
      avatar: optional(HttpUrl),
      email: optional(z.string(expected("a string"))),
    },
    expected("an object with a name"),
  )
  .check(z.overwrite(withoutAbsentKeys));
/** A message's author, as on the wire. */
export type Author = z.infer<typeof AuthorSchema>;

/** `{ color, value }`: one of the ten colours and a short free text such as `open`. */
export const StatusSchema = z.object(
  {
    color: z.enum(STATUS_COLORS, {
      error: (issue) =>
        issue.input === undefined || issue.input === null
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
export const ViewActionSchema = z
  .object(
    {
      "@type": typeLiteral("ViewAction"),
      name: NonBlank,
      url: HttpUrl,
      description: optional(z.string(expected("a string"))),
      image: optional(HttpUrl),
    },
    expected("a ViewAction object"),
  )
  .check(z.overwrite(withoutAbsentKeys));
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
export const ThreadSchema = z
  .object(
    {
      title: z.pipe(InlineHtml, NonBlank),
      body: optional(z.string(expected("a string"))),
      external_url: optional(HttpUrl),
      status: optional(StatusSchema),
      fields: optional(z.array(FieldSchema, expected("an array"))),
      actions: optional(z.array(ThreadActionSchema, expected("an array"))),
    },
    expected("an object"),
  )
  .check(z.overwrite(withoutAbsentKeys));
/** A thread's state, as on the wire (snake_case). */
export type Thread = z.infer<typeof ThreadSchema>;

/** The message kind: `activity` (the item changed) or `discussion` (a comment on it). */
export const MessageEventSchema = z.enum(["activity", "discussion"], {
  error: (issue) =>
    issue.input === undefined || issue.input === null
      ? "is required"
      : `must be "activity" or "discussion" (got ${shown(issue.input)})`,
});
/** `activity` or `discussion`. */
export type MessageEvent = z.infer<typeof MessageEventSchema>;

/**
 * A message as the Messages API takes it (`POST /messages`). `flow_token` is optional here: built
 * messages never hold it, the sender adds it on the way out. An optional field sent as JSON `null`
 * is taken as absent and left out of the result; a required one sent as `null` "is required".
 */
export const MessageSchema = z
  .object(
    {
      flow_token: optional(NonBlank),
      event: MessageEventSchema,
      title: z.pipe(InlineHtml, NonBlank),
      body: optional(z.string(expected("a string"))),
      author: AuthorSchema,
      external_thread_id: optional(NonBlank),
      thread_id: optional(NonBlank),
      thread: optional(ThreadSchema),
      tags: optional(z.union([z.array(NonBlank), z.string()], expected("a list of strings"))),
      uuid: optional(NonBlank),
    },
    { error: () => "must be a JSON object" },
  )
  .check(
    z.overwrite(withoutAbsentKeys),
    z.superRefine((message, ctx) => {
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
    }),
  );
/** A validated wire message; built messages have no `flow_token`. */
export type Message = z.infer<typeof MessageSchema>;
