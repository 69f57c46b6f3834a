import { randomBytes } from "node:crypto";
import type { Message } from "@flowdock-kit/core";
import type { Prepared } from "./store-types.js";
import type { StoredMessage } from "./types.js";

/** The lookups {@link prepareMessage} needs from a store. */
export interface PrepareReader {
  uuidMessage(flow: string, uuid: string): StoredMessage | undefined;
  threadFlow(id: string): string | undefined;
  externalThread(source: string, externalId: string): string | undefined;
}

/** `["a", "b"]` or `"a, b"` → `["a", "b"]`, without empty tags. */
export function tagList(tags: readonly string[] | string | undefined): string[] {
  if (tags === undefined) return [];
  const list = typeof tags === "string" ? tags.split(",") : tags;
  return list.map((tag) => tag.trim()).filter((tag) => tag.length > 0);
}

/** Decides what a valid message does (a repeat, a 400, or a new message) without changing anything. */
export function prepareMessage(
  reader: PrepareReader,
  source: string,
  flow: string,
  message: Message,
  now: number,
): Prepared {
  if (message.uuid !== undefined) {
    const seen = reader.uuidMessage(flow, message.uuid);
    if (seen) return { status: "duplicate", message: seen, threadId: seen.thread_id };
  }
  let threadId: string | undefined;
  if (message.thread_id !== undefined) {
    if (reader.threadFlow(message.thread_id) !== flow)
      return { status: "invalid", errors: { thread_id: ["does not exist in this flow"] } };
    threadId = message.thread_id;
  } else if (message.external_thread_id !== undefined) {
    threadId = reader.externalThread(source, message.external_thread_id);
  }
  if (threadId === undefined && message.thread === undefined)
    return { status: "invalid", errors: { thread: ["can't be blank"] } };
  const stored: StoredMessage = {
    id: 0,
    flow,
    thread_id: threadId ?? randomBytes(12).toString("base64url"),
    ...(message.external_thread_id !== undefined && {
      external_thread_id: message.external_thread_id,
    }),
    event: message.event,
    title: message.title,
    ...(message.body !== undefined && { body: message.body }),
    author: message.author,
    tags: tagList(message.tags),
    ...(message.uuid !== undefined && { uuid: message.uuid }),
    sent: now,
  };
  return {
    status: "new",
    change: {
      t: "message",
      source,
      message: stored,
      ...(message.thread !== undefined && { thread: message.thread }),
    },
  };
}
