import { randomUUID } from "node:crypto";
import { type Message, parseMessage } from "@flowdock-kit/core";

/** A validated message ready for the wire: it has its `uuid`, and no `flow_token` yet. */
export type PreparedMessage = Message & { uuid: string; flow_token?: undefined };

/**
 * Validates `message` with core (throws `FlowdockValidationError`) and gives it a `uuid` if it has
 * none. A `flow_token` already in the message is dropped: the client's token is the one sent, and
 * dropping it first keeps it out of any validation error.
 */
export function prepareMessage(message: unknown): PreparedMessage {
  let input = message;
  if (typeof message === "object" && message !== null && "flow_token" in message) {
    const { flow_token: _ignored, ...rest } = message as Record<string, unknown>;
    input = rest;
  }
  // parseMessage returns a fresh object, so adding the uuid changes nothing of the caller's.
  const parsed = parseMessage(input) as Message & { uuid?: string };
  parsed.uuid ??= randomUUID();
  return parsed as PreparedMessage;
}

/** The thread a message belongs to, for keeping per-thread order; undefined when it names none. */
export function threadKey(message: unknown): string | undefined {
  if (typeof message !== "object" || message === null) return undefined;
  const { thread_id: threadId, external_thread_id: externalId } = message as Record<
    string,
    unknown
  >;
  if (typeof threadId === "string" && threadId !== "") return `id:${threadId}`;
  if (typeof externalId === "string" && externalId !== "") return `external:${externalId}`;
  return undefined;
}
