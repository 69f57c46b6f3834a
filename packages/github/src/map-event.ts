import { mapIssueCommentEvent } from "./comments.js";
import { guarded } from "./compose.js";
import { mapIssuesEvent } from "./issues.js";
import { type Obj, obj } from "./payload.js";
import { mapPullRequestEvent } from "./pull-request.js";
import { mapPullRequestReviewCommentEvent, mapPullRequestReviewEvent } from "./reviews.js";
import { skip } from "./skip.js";
import type { MapOptions, MapResult } from "./types.js";
import { mapWorkflowJobEvent } from "./workflow-job.js";
import { mapWorkflowRunEvent } from "./workflow-run.js";

type Mapper = (eventName: string, payload: Obj, options: MapOptions) => MapResult;

const MAPPERS: Readonly<Record<string, Mapper>> = {
  issues: (_, payload, options) => mapIssuesEvent(payload, options),
  issue_comment: (_, payload, options) => mapIssueCommentEvent(payload, options),
  pull_request: mapPullRequestEvent,
  pull_request_target: mapPullRequestEvent,
  pull_request_review: (_, payload, options) => mapPullRequestReviewEvent(payload, options),
  pull_request_review_comment: (_, payload, options) =>
    mapPullRequestReviewCommentEvent(payload, options),
  workflow_run: (_, payload, options) => mapWorkflowRunEvent(payload, options),
  workflow_job: (_, payload, options) => mapWorkflowJobEvent(payload, options),
};

/** The event names {@link mapEvent} posts for. */
export const SUPPORTED_EVENTS: readonly string[] = Object.freeze(Object.keys(MAPPERS));

/**
 * Maps a GitHub webhook event (`issues`, `pull_request`, …) to the Flowdock messages to post on
 * the item's thread, or to `{ skipped: true, reason }`. Never throws.
 */
export function mapEvent(eventName: string, payload: unknown, options: MapOptions = {}): MapResult {
  const mapper = Object.hasOwn(MAPPERS, eventName) ? MAPPERS[eventName] : undefined;
  if (mapper === undefined)
    return skip(
      `The "${eventName}" event is not supported; supported events: ${SUPPORTED_EVENTS.join(", ")}. To report the workflow run itself, give a run status instead.`,
    );
  const body = obj(payload);
  if (body === undefined) return skip(`The ${eventName} payload is not a JSON object.`);
  return guarded(eventName, () => mapper(eventName, body, options ?? {}));
}
