import { BODY_TAGS, findUnsafeHtml, INLINE_TAGS, type Message } from "@flowdock-kit/core";
import type { MapResult } from "../src/index.js";

/** The mapped messages, failing the test with the reason when the event was skipped. */
export function posted(result: MapResult): Message[] {
  if (result.skipped) throw new Error(`expected messages, got skipped: ${result.reason}`);
  return result.messages;
}

/** The single message of a result. */
export function only(result: MapResult): Message {
  const messages = posted(result);
  if (messages.length !== 1) throw new Error(`expected one message, got ${messages.length}`);
  return messages[0] as Message;
}

/** Field values by label. */
export function fieldsOf(message: Message): Record<string, string> {
  return Object.fromEntries((message.thread?.fields ?? []).map((f) => [f.label, f.value]));
}

const HREF = /\bhref="([^"]*)"/g;

/** Link targets in `markup`, plus the thread's external_url and ViewAction URLs. */
function collectLinks(message: Message, markup: readonly string[]): string[] {
  const links = markup.flatMap((text) =>
    [...text.matchAll(HREF)].map((m) => (m[1] ?? "").replace(/&amp;/g, "&")),
  );
  if (message.thread?.external_url) links.push(message.thread.external_url);
  for (const action of message.thread?.actions ?? [])
    if (action["@type"] === "ViewAction") links.push(action.url);
  return links;
}

/** The markup GitHub fills in itself: titles and field values, never user-written bodies. */
function ownMarkup(message: Message): string[] {
  return [
    message.title,
    message.thread?.title ?? "",
    ...(message.thread?.fields ?? []).map((f) => f.value),
  ];
}

/** Every link target in the message: hrefs in titles, fields and bodies, external_url, actions. */
export function linksOf(message: Message): string[] {
  return collectLinks(message, [
    ...ownMarkup(message),
    message.body ?? "",
    message.thread?.body ?? "",
  ]);
}

/** Links that point at GitHub (not at whatever a comment body links to). */
export function githubLinksOf(message: Message): string[] {
  return collectLinks(message, ownMarkup(message));
}

/**
 * What a reader's browser would run or render as markup it should not: any tag but `<a>` in
 * titles, field values and the author name; unsafe tags or link targets in bodies.
 */
export function markupProblems(message: Message): string[] {
  const inline = [
    ["title", message.title],
    ["author.name", message.author.name],
    ["thread.title", message.thread?.title ?? ""],
    ["thread.status.value", message.thread?.status?.value ?? ""],
    ...(message.thread?.fields ?? []).flatMap((f) => [
      [`field ${f.label} label`, f.label],
      [`field ${f.label}`, f.value],
    ]),
  ] as const;
  const problems: string[] = [];
  for (const [where, text] of inline)
    for (const problem of findUnsafeHtml(text, INLINE_TAGS)) problems.push(`${where}: ${problem}`);
  for (const [where, text] of [
    ["body", message.body ?? ""],
    ["thread.body", message.thread?.body ?? ""],
  ] as const) {
    for (const problem of findUnsafeHtml(text, BODY_TAGS)) problems.push(`${where}: ${problem}`);
    if (/<script/i.test(text)) problems.push(`${where}: <script>`);
    if (/(href|src)="\s*javascript:/i.test(text)) problems.push(`${where}: javascript: link`);
  }
  return problems;
}
