import { mapCheckRunEvent, mapCheckSuiteEvent } from "./checks.js";
import { mapIssueCommentEvent } from "./comments.js";
import { mapCommitCommentEvent } from "./commit-comment.js";
import { mapCommitStatusEvent } from "./commit-status.js";
import { guarded } from "./compose.js";
import { mapRefEvent } from "./create-delete.js";
import { mapDeploymentEvent } from "./deployment.js";
import { mapDiscussionEvent } from "./discussion.js";
import { mapDiscussionCommentEvent } from "./discussion-comment.js";
import { mapIssuesEvent } from "./issues.js";
import { type Obj, obj } from "./payload.js";
import { mapPullRequestEvent } from "./pull-request.js";
import { mapPushEvent } from "./push.js";
import { mapReleaseEvent } from "./release.js";
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
  push: (_, payload, options) => mapPushEvent(payload, options),
  create: mapRefEvent,
  delete: mapRefEvent,
  release: (_, payload, options) => mapReleaseEvent(payload, options),
  deployment: mapDeploymentEvent,
  deployment_status: mapDeploymentEvent,
  check_suite: (_, payload, options) => mapCheckSuiteEvent(payload, options),
  check_run: (_, payload, options) => mapCheckRunEvent(payload, options),
  status: (_, payload, options) => mapCommitStatusEvent(payload, options),
  commit_comment: (_, payload, options) => mapCommitCommentEvent(payload, options),
  discussion: (_, payload, options) => mapDiscussionEvent(payload, options),
  discussion_comment: (_, payload, options) => mapDiscussionCommentEvent(payload, options),
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
