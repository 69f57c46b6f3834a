import { randomUUID } from "node:crypto";
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
 * Maps a stored delivery for every route that takes it; each message gets its `uuid` here, once,
 * so retries and restarts resend the same one.
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
        message: { ...(message as unknown as Record<string, unknown>), uuid: randomUUID() },
      });
    }
  }
  return messages.length > 0
    ? { id: delivery.id, messages }
    : { id: delivery.id, messages, skipped: reasons[0] ?? "nothing to post" };
}
