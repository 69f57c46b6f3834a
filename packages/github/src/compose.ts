import {
  type ActivityInput,
  buildActivity,
  buildDiscussion,
  type FieldInput,
  LIMITS,
  type Message,
  markdownToHtml,
  type Text,
  type ThreadAction,
  viewAction,
} from "@flowdock-kit/core";
import { messageTags } from "./mentions.js";
import type { Repo } from "./repository.js";
import { skip } from "./skip.js";
import { sliceChars } from "./text.js";
import type { MapOptions, MappedStatus, MapResult } from "./types.js";

/** Everything known about the item after the event: becomes `thread` on every message. */
export interface ThreadState {
  id: string;
  title: string;
  url?: string | undefined;
  status?: MappedStatus | undefined;
  fields: readonly (FieldInput | undefined)[];
  body?: Text | undefined;
  actions: readonly (ThreadAction | undefined)[];
}

/** One message about the item: an activity (something happened) or a discussion (a comment). */
export interface Post {
  event: "activity" | "discussion";
  title: Text;
  body?: Text | undefined;
  author: ActivityInput["author"];
  /** GitHub logins of the people the message concerns; tagged when `options.mentions` maps them. */
  mentions?: readonly (string | undefined)[] | undefined;
}

/**
 * Builds the messages for `posts` on the thread described by `state`, with the user's options
 * (thread id override, extra fields, tags) applied. `state.fields` may hold holes for fields the
 * payload lacks. `omitThread` posts without thread state, for events that do not know it; the
 * state then goes to `threadIfNew`, for a thread that does not exist yet.
 */
export function compose(
  state: ThreadState,
  posts: readonly Post[],
  options: MapOptions,
  omitThread = false,
): MapResult {
  const threadId = options.threadId?.trim() || state.id;
  const fields: FieldInput[] = [];
  for (const field of state.fields) if (field !== undefined) fields.push(field);
  for (const extra of options.fields ?? []) fields.push({ label: extra.label, value: extra.value });
  const actions: ThreadAction[] = [];
  for (const action of state.actions) if (action !== undefined) actions.push(action);
  const thread = {
    title: state.title,
    ...(state.body !== undefined && { body: state.body }),
    ...(state.url !== undefined && { externalUrl: state.url }),
    ...(state.status !== undefined && { status: state.status }),
    ...(fields.length > 0 && { fields }),
    ...(actions.length > 0 && { actions }),
  };
  const common = { externalThreadId: threadId, thread };
  const messages: Message[] = posts.map((post) => {
    const tags = messageTags(options, post.mentions);
    const shared = { ...common, ...(tags.length > 0 && { tags }) };
    return post.event === "discussion" && post.body !== undefined
      ? buildDiscussion({ ...shared, title: post.title, body: post.body, author: post.author })
      : buildActivity({
          ...shared,
          title: post.title,
          ...(post.body !== undefined && { body: post.body }),
          author: post.author,
        });
  });
  // Built with the state, so it is validated like any other, then kept apart from the messages.
  const threadIfNew = omitThread ? messages[0]?.thread : undefined;
  if (omitThread) for (const message of messages) delete message.thread;
  return {
    skipped: false,
    messages,
    ...(threadIfNew !== undefined && { threadIfNew }),
    threadId,
    threadTitle: state.title,
    ...(state.url !== undefined && { threadUrl: state.url }),
    ...(state.status !== undefined && !omitThread && { status: state.status }),
  };
}

/** Whether bodies (descriptions, comments, commit messages) are posted. */
export function wantsBody(options: MapOptions): boolean {
  return options.includeBody !== false;
}

/** Bodies rendered lately; most recently used last. */
const rendered = new Map<string, Text>();
const RENDERED_MAX = 100;
const RENDERED_MAX_SOURCE = 50_000;

/**
 * GitHub Markdown as safe HTML, relative links resolved against the repository's page.
 *
 * Every event of an item carries its description, which becomes the thread's body again, so a
 * service mapping many events (the relay) renders the same text over and over: the last
 * {@link RENDERED_MAX} results are kept.
 */
export function renderMarkdown(
  markdown: string | undefined,
  repo: Repo,
  options: MapOptions,
): Text | undefined {
  if (markdown === undefined || markdown.trim() === "" || !wantsBody(options)) return undefined;
  const baseUrl = repo.htmlUrl === undefined ? undefined : `${repo.htmlUrl.replace(/\/+$/, "")}/`;
  const key = `${baseUrl ?? ""}\n${options.bodyMaxLength ?? ""}\n${markdown}`;
  const known = rendered.get(key);
  if (known !== undefined) {
    rendered.delete(key);
    rendered.set(key, known);
    return known;
  }
  // A thread body holds at most LIMITS.body characters whatever the option: render no more.
  const max = Math.min(options.bodyMaxLength ?? LIMITS.body, LIMITS.body);
  const html = markdownToHtml(cutSource(markdown, max), {
    ...(baseUrl !== undefined && { baseUrl }),
    ...(options.bodyMaxLength !== undefined && { maxLength: max }),
  });
  if (markdown.length <= RENDERED_MAX_SOURCE) {
    rendered.set(key, html);
    if (rendered.size > RENDERED_MAX) rendered.delete(rendered.keys().next().value as string);
  }
  return html;
}

/**
 * Rendering a megabyte of Markdown to keep 20 000 characters wastes seconds, and HTML is
 * rarely shorter than its Markdown source, so the source is cut to the limit first; the marker says so.
 */
function cutSource(markdown: string, max: number): string {
  if (markdown.length <= max) return markdown;
  return `${sliceChars(markdown, max)}\n\n*… (truncated)*`;
}

/** A `ViewAction` when `url` is known. */
export function view(name: string, url: string | undefined): ThreadAction | undefined {
  return url === undefined ? undefined : viewAction(name, url);
}

/** A field when it has a value. */
export function field(label: string, value: Text | undefined): FieldInput | undefined {
  if (value === undefined) return undefined;
  if (typeof value === "string" && value.trim() === "") return undefined;
  return { label, value };
}

/** Runs a mapper; an exception becomes a skipped result that says what went wrong. */
export function guarded(what: string, map: () => MapResult): MapResult {
  try {
    return map();
  } catch (error) {
    // A payload shape nobody foresaw must not fail the workflow; say what happened instead.
    const detail = error instanceof Error ? error.message : String(error);
    return skip(`The ${what} message could not be built: ${detail}`);
  }
}
