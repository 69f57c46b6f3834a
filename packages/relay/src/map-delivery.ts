import { createHash } from "node:crypto";
import { mapEvent } from "@flowdock-kit/github";
import type { Route } from "./config.js";
import { matchRoutes } from "./routes.js";
import type { MappedDelivery, NewMessage } from "./sqlite-store.js";

/** `owner/name` of the payload's repository, when it has one. */
export function repositoryOf(payload: unknown): string | undefined {
  const repository = (payload as { repository?: { full_name?: unknown } } | null)?.repository;
  return typeof repository?.full_name === "string" ? repository.full_name : undefined;
}

/**
 * A UUID (version 5 layout) derived from the delivery, the flow and the message's place, so that
 * mapping the same delivery again (after a crash) gives the same uuids and Flowdock drops repeats.
 */
export function messageUuid(delivery: string, flow: string, index: number): string {
  const hex = createHash("sha1")
    .update(`flowdock-relay\n${delivery}\n${flow}\n${index}`)
    .digest("hex");
  const variant = ((Number.parseInt(hex.slice(16, 17), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * Maps a stored delivery for every route that takes it; each message gets its `uuid` here, once
 * and stored, so retries and restarts resend the same one.
 */
export function mapDelivery(
  routes: readonly Route[],
  delivery: { id: string; event: string; payload: unknown },
): MappedDelivery {
  const matched = matchRoutes(routes, delivery.event, repositoryOf(delivery.payload));
  if (matched.length === 0) return { id: delivery.id, messages: [], skipped: "no route takes it" };
  const messages: NewMessage[] = [];
  const reasons: string[] = [];
  for (const route of matched) {
    const result = mapEvent(delivery.event, delivery.payload, route.mapOptions);
    if (result.skipped) {
      reasons.push(result.reason);
      continue;
    }
    for (const message of result.messages) {
      messages.push({
        route: route.label,
        flow: route.flow,
        thread: result.threadId,
        message: {
          ...(message as unknown as Record<string, unknown>),
          uuid: messageUuid(delivery.id, route.flow, messages.length),
        },
        ...(result.threadIfNew !== undefined && {
          threadIfNew: result.threadIfNew as unknown as Record<string, unknown>,
        }),
      });
    }
  }
  return messages.length > 0
    ? { id: delivery.id, messages }
    : { id: delivery.id, messages, skipped: reasons[0] ?? "nothing to post" };
}
