import { html, joinHtml } from "@flowdock-kit/core";
import { compose, wantsBody } from "./compose.js";
import { num, type Obj, objects, str, url } from "./payload.js";
import { authorOf, linked, repoUrl, threadIdOf } from "./repository.js";
import { outcomeTitle, runStatusValue, runThreadTitle } from "./run-state.js";
import { skip } from "./skip.js";
import { readSubject } from "./subject.js";
import type { MapOptions, MapResult } from "./types.js";

function jobTitle(job: Obj, name: string, action: string, conclusion: string | undefined) {
  const subject = `job ${name}`;
  const status = str(job, "status");
  if (action === "waiting" || status === "waiting") return `${subject} is waiting`;
  if (action === "in_progress" && status !== "completed") return `${subject} started`;
  const value = runStatusValue(status, conclusion);
  return value === undefined ? undefined : outcomeTitle(subject, value, conclusion);
}

/**
 * `workflow_job` events: an activity on the run's thread (`job build failed`, with the failed
 * steps). The job payload carries neither the run's number nor its overall status, so the message
 * leaves the thread's state as the `workflow_run` events set it.
 */
export function mapWorkflowJobEvent(payload: Obj, options: MapOptions): MapResult {
  if (options.includeJobs === false)
    return skip("workflow_job events are turned off (includeJobs is false).");
  const found = readSubject(payload, "workflow_job", {
    item: "workflow_job",
    id: (job) => job.run_id,
    idName: "run id",
    thread: "run thread",
  });
  if ("skipped" in found) return found;
  const { item: job, id: runId, repo } = found;
  const action = str(payload, "action") ?? "";
  const conclusion = str(job, "conclusion");
  const name = str(job, "name") ?? `#${num(job, "id") ?? "?"}`;
  const title = jobTitle(job, name, action, conclusion);
  if (title === undefined)
    return skip(
      `workflow_job action "${action}" with status "${str(job, "status") ?? "(none)"}" is not supported, so nothing is posted.`,
    );
  const jobUrl = url(job, "html_url");
  const failed = objects(job, "steps").filter((step) => {
    const result = str(step, "conclusion");
    return result === "failure" || result === "timed_out" || result === "cancelled";
  });
  const body =
    wantsBody(options) && failed.length > 0
      ? html`<p>${failed.length === 1 ? "Failed step" : "Failed steps"}: ${joinHtml(
          failed.map((step) => str(step, "name") ?? `step ${num(step, "number") ?? "?"}`),
          ", ",
        )}</p>`
      : undefined;
  const state = {
    id: threadIdOf(repo, "run", runId),
    title: runThreadTitle(
      str(job, "workflow_name") ?? "Workflow run",
      undefined,
      str(job, "head_branch"),
    ),
    url: repoUrl(repo, `/actions/runs/${runId}`),
    fields: [],
    actions: [],
  };
  return compose(
    state,
    [
      {
        event: "activity",
        title: linked(title, jobUrl),
        ...(body !== undefined && { body }),
        author: authorOf(payload),
      },
    ],
    options,
    true,
  );
}
