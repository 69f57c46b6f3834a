import { mapIssueCommentEvent } from "./comments.js";
import { mapIssuesEvent } from "./issues.js";
import { obj } from "./payload.js";
import { mapPullRequestEvent } from "./pull-request.js";
import type { MapOptions, MapResult } from "./types.js";

type Mapper = (
  eventName: string,
  payload: Readonly<Record<string, unknown>>,
  options: MapOptions,
) => MapResult;

const MAPPERS: Readonly<Record<string, Mapper>> = {
  issues: (_, payload, options) => mapIssuesEvent(payload, options),
  issue_comment: (_, payload, options) => mapIssueCommentEvent(payload, options),
  pull_request: mapPullRequestEvent,
  pull_request_target: mapPullRequestEvent,
};

/** The event names {@link mapEvent} posts for. */
export const SUPPORTED_EVENTS: readonly string[] = Object.keys(MAPPERS);

/**
 * Maps a GitHub webhook event (`issues`, `pull_request`, …) to the Flowdock messages to post on
 * the item's thread, or to `{ skipped: true, reason }`. Never throws.
 */
export function mapEvent(eventName: string, payload: unknown, options: MapOptions = {}): MapResult {
  const mapper = Object.hasOwn(MAPPERS, eventName) ? MAPPERS[eventName] : undefined;
  if (mapper === undefined)
    return {
      skipped: true,
      reason: `The "${eventName}" event is not supported; supported events: ${SUPPORTED_EVENTS.join(", ")}.`,
    };
  const body = obj(payload);
  if (body === undefined)
    return { skipped: true, reason: `The ${eventName} payload is not a JSON object.` };
  try {
    return mapper(eventName, body, options);
  } catch (error) {
    // A payload shape nobody foresaw must not fail the workflow; say what happened instead.
    const detail = error instanceof Error ? error.message : String(error);
    return { skipped: true, reason: `The ${eventName} event could not be mapped: ${detail}` };
  }
}
