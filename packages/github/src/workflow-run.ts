import { joinHtml, type Text } from "@flowdock-kit/core";
import { compose, field, view, wantsBody } from "./compose.js";
import { isPositiveInteger, num, type Obj, obj, objects, str, url } from "./payload.js";
import {
  authorOf,
  linked,
  loginIn,
  type Repo,
  repoField,
  repoUrl,
  threadIdOf,
} from "./repository.js";
import {
  durationText,
  outcomeTitle,
  plainTextBody,
  runStatusValue,
  runThreadTitle,
} from "./run-state.js";
import { skip } from "./skip.js";
import { status } from "./status.js";
import { readSubject } from "./subject.js";
import type { MapOptions, MapResult } from "./types.js";

/** `5779607` linked to the commit's page. */
export function commitText(repo: Repo, sha: string | undefined): Text | undefined {
  return sha === undefined ? undefined : linked(sha.slice(0, 7), repoUrl(repo, `/commit/${sha}`));
}

/** The item's `pull_requests` as `#2, #3` linked to each PR (runs and check suites carry them). */
export function pullRequestsText(repo: Repo, item: Obj): Text | undefined {
  const links = objects(item, "pull_requests")
    .map((pull) => num(pull, "number"))
    .filter(isPositiveInteger)
    .map((number) => linked(`#${number}`, repoUrl(repo, `/pull/${number}`)));
  return links.length > 0 ? joinHtml(links, ", ") : undefined;
}

/** The run's workflow name: the run's own, the workflow's, or a stand-in. */
export function workflowName(run: Obj | undefined, workflow: Obj | undefined): string {
  return str(run, "name") ?? str(run, "workflow_name") ?? str(workflow, "name") ?? "Workflow";
}

/**
 * `workflow_run` events: one activity on the run's thread, `started CI #12`, `CI #12 failed`.
 * Re-runs keep the thread (it is keyed by run id), with the attempt as a field.
 */
export function mapWorkflowRunEvent(payload: Obj, options: MapOptions): MapResult {
  const found = readSubject(payload, "workflow_run", {
    item: "workflow_run",
    id: (run) => run.id,
    idName: "run id",
  });
  if ("skipped" in found) return found;
  const { item: run, id: runId, repo } = found;
  const action = str(payload, "action") ?? "";
  const runStatus = str(run, "status");
  const conclusion = str(run, "conclusion");
  const value = runStatusValue(runStatus, conclusion);
  if (value === undefined)
    return skip(
      `The workflow run's status "${runStatus ?? "(none)"}" is not one GitHub documents, so nothing is posted.`,
    );
  const workflow = obj(payload.workflow);
  const name = workflowName(run, workflow);
  const runNumber = num(run, "run_number");
  const attempt = num(run, "run_attempt");
  const subject = runNumber === undefined ? name : `${name} #${runNumber}`;
  const title =
    action === "requested" && value === "queued"
      ? attempt !== undefined && attempt > 1
        ? `re-ran ${subject}`
        : `started ${subject}`
      : outcomeTitle(subject, value, conclusion);
  const runUrl = url(run, "html_url");
  const branch = str(run, "head_branch");
  const sha = str(run, "head_sha");
  const finished = runStatus === "completed";
  const state = {
    id: threadIdOf(repo, "run", runId),
    title: runThreadTitle(name, runNumber, branch),
    url: runUrl,
    status: status(value, options),
    fields: [
      field("Repository", repoField(repo)),
      field("Workflow", linked(name, url(workflow, "html_url"))),
      field("Branch", branch),
      field("Commit", commitText(repo, sha)),
      field("Event", str(run, "event")),
      field("Pull requests", pullRequestsText(repo, run)),
      field("Attempt", attempt === undefined ? undefined : String(attempt)),
      field(
        "Duration",
        finished ? durationText(str(run, "run_started_at"), str(run, "updated_at")) : undefined,
      ),
    ],
    body: wantsBody(options)
      ? plainTextBody(str(obj(run.head_commit), "message"), options.bodyMaxLength)
      : undefined,
    actions: [
      view("Logs", runUrl),
      view("Commit", sha === undefined ? undefined : repoUrl(repo, `/commit/${sha}`)),
    ],
  };
  const failed = value === "failure" || value === "timed out";
  const mentions = failed ? [loginIn(run.triggering_actor), loginIn(run.actor)] : [];
  return compose(
    state,
    [{ event: "activity", title, author: authorOf(payload), mentions }],
    options,
  );
}
