import type { StatusColor } from "./colors.js";
import { FlowdockValidationError, type ValidationIssue } from "./errors.js";
import { escapeHtml, isHtml, type Text } from "./html.js";
import { BODY_TAGS, findUnsafeHtml } from "./html-inspect.js";
import { LIMITS } from "./limits.js";
import { safeParseMessage } from "./parse.js";
import type { Message, ThreadAction, UpdateAction, ViewAction } from "./schema.js";
import { BLOCK_MARKER, INLINE_MARKER, truncateHtml } from "./truncate.js";

/** Who did it. `name` is text; `avatar` an http(s) image URL. */
export interface AuthorInput {
  name: string;
  avatar?: string | undefined;
  email?: string | undefined;
}

/** A row of the thread's field table. The value is text, or {@link Text} markup such as a link. */
export interface FieldInput {
  label: string;
  value: Text;
}

/** The thread's status badge. */
export interface StatusInput {
  color: StatusColor;
  value: string;
}

/** The item's full current state; sent with every message so the thread always shows the latest. */
export interface ThreadInput {
  title: Text;
  body?: Text | undefined;
  externalUrl?: string | undefined;
  status?: StatusInput | undefined;
  fields?: readonly FieldInput[] | undefined;
  actions?: readonly ThreadAction[] | undefined;
}

interface MessageInput {
  author: AuthorInput;
  /** Your id for the item; the same id is the same thread. One of this or `threadId`. */
  externalThreadId?: string | undefined;
  /** Flowdock's own thread id. */
  threadId?: string | undefined;
  thread?: ThreadInput | undefined;
  tags?: readonly string[] | undefined;
  uuid?: string | undefined;
}

/** Input of {@link buildActivity}: something happened to the item (`opened pull request`). */
export interface ActivityInput extends MessageInput {
  title: Text;
  body?: Text | undefined;
}

/** Input of {@link buildDiscussion}: a comment on the item; `title` defaults to `commented`. */
export interface DiscussionInput extends MessageInput {
  title?: Text | undefined;
  body: Text;
}

/** A built activity message: validated, no `flow_token`. */
export type ActivityMessage = Message & { event: "activity"; flow_token?: undefined };
/** A built discussion message: validated, no `flow_token`, always a body. */
export type DiscussionMessage = Message & {
  event: "discussion";
  body: string;
  flow_token?: undefined;
};

/** An activity message (the item was created, changed or deleted), validated and ready to send. */
export function buildActivity(input: ActivityInput): ActivityMessage {
  return build("activity", input.title, input.body, input) as ActivityMessage;
}

/** A discussion message (a comment on the item), validated and ready to send. */
export function buildDiscussion(input: DiscussionInput): DiscussionMessage {
  return build("discussion", input.title ?? "commented", input.body, input) as DiscussionMessage;
}

/** A `ViewAction`: a link shown on the thread. */
export function viewAction(
  name: string,
  url: string,
  extra: { description?: string; image?: string } = {},
): ViewAction {
  return { "@type": "ViewAction", name, url, ...extra };
}

/** An `UpdateAction`: a button that makes Flowdock call `urlTemplate`. */
export function updateAction(
  name: string,
  urlTemplate: string,
  httpMethod: UpdateAction["target"]["httpMethod"] = "POST",
): UpdateAction {
  return {
    "@type": "UpdateAction",
    name,
    target: { "@type": "EntryPoint", urlTemplate, httpMethod },
  };
}

/** The HTML of `value`; text past `max` characters would be cut anyway, so it is not escaped. */
function htmlOf(value: Text, max: number): string {
  return isHtml(value)
    ? value.value
    : escapeHtml(typeof value === "string" && value.length > max ? value.slice(0, max + 1) : value);
}

function inline(value: Text, max: number): string {
  return truncateHtml(htmlOf(value, max), max, INLINE_MARKER);
}

function block(value: Text, path: string, unsafe: ValidationIssue[]): string {
  const markup = truncateHtml(htmlOf(value, LIMITS.body), LIMITS.body, BLOCK_MARKER);
  if (isHtml(value))
    for (const message of findUnsafeHtml(markup, BODY_TAGS)) unsafe.push({ path, message });
  return markup;
}

function build(
  event: Message["event"],
  title: Text,
  body: Text | undefined,
  input: MessageInput,
): Message {
  const unsafe: ValidationIssue[] = [];
  const { thread, author } = input;
  const wire = {
    event,
    title: inline(title, LIMITS.title),
    ...(body !== undefined && { body: block(body, "body", unsafe) }),
    author: {
      name: inline(author.name, LIMITS.title),
      ...(author.avatar !== undefined && { avatar: author.avatar }),
      ...(author.email !== undefined && { email: author.email }),
    },
    ...(input.externalThreadId !== undefined && { external_thread_id: input.externalThreadId }),
    ...(input.threadId !== undefined && { thread_id: input.threadId }),
    ...(thread !== undefined && {
      thread: {
        title: inline(thread.title, LIMITS.title),
        ...(thread.body !== undefined && { body: block(thread.body, "thread.body", unsafe) }),
        ...(thread.externalUrl !== undefined && { external_url: thread.externalUrl }),
        ...(thread.status !== undefined && {
          status: { color: thread.status.color, value: inline(thread.status.value, LIMITS.title) },
        }),
        ...(thread.fields !== undefined && {
          fields: thread.fields.map((field) => ({
            label: inline(field.label, LIMITS.title),
            value: inline(field.value, LIMITS.fieldValue),
          })),
        }),
        ...(thread.actions !== undefined && { actions: [...thread.actions] }),
      },
    }),
    ...(input.tags !== undefined && { tags: input.tags.map((tag) => tag.trim()).filter(Boolean) }),
    ...(input.uuid !== undefined && { uuid: input.uuid }),
  };
  const result = safeParseMessage(wire);
  if (result.success && unsafe.length === 0) return result.data;
  // One error naming every problem, the unsafe markup and the schema's alike.
  throw new FlowdockValidationError([...unsafe, ...(result.error?.issues ?? [])], {
    cause: result.error,
  });
}
