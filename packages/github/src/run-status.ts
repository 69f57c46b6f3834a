import { html, isHttpUrl, link, type Text } from "@flowdock-kit/core";
import { compose, field, guarded, view, wantsBody } from "./compose.js";
import { type Obj, obj, str, url } from "./payload.js";
import { GHOST, linked, type Repo } from "./repository.js";
import { branchOfRef, outcomeTitle, plainTextBody, runThreadTitle } from "./run-state.js";
import { skip } from "./skip.js";
import { normalizeStatusValue, type StatusValue, status } from "./status.js";
import type { MapOptions, MapResult, RunContext } from "./types.js";
import { commitText } from "./workflow-run.js";

const ACCEPTED: Readonly<Record<string, StatusValue>> = {
  success: "success",
  failure: "failure",
  cancelled: "cancelled",
  canceled: "cancelled",
  skipped: "skipped",
  "timed out": "timed out",
  neutral: "neutral",
  "action required": "action required",
  queued: "queued",
  "in progress": "running",
  running: "running",
  "startup failure": "failure",
  stale: "stale",
};

function branchOf(context: RunContext, payload: Obj | undefined): string | undefined {
  const headRef = str(obj(obj(payload?.pull_request)?.head), "ref");
  if (headRef !== undefined) return headRef;
  const pr = /^refs\/pull\/(\d+)\//.exec(context.ref ?? "");
  if (pr !== null) return `PR #${pr[1]}`;
  return branchOfRef(context.ref);
}

/** What the trigger was about, for the thread's body: a commit message, a PR, a release. */
function triggerBody(payload: Obj | undefined, options: MapOptions): Text | undefined {
  if (payload === undefined || !wantsBody(options)) return undefined;
  const pull = obj(payload.pull_request);
  const pullTitle = str(pull, "title");
  if (pullTitle !== undefined)
    return html`<p>Pull request: ${linked(pullTitle, url(pull, "html_url"))}</p>`;
  const release = obj(payload.release);
  const releaseName = str(release, "name") ?? str(release, "tag_name");
  if (releaseName !== undefined)
    return html`<p>Release: ${linked(releaseName, url(release, "html_url"))}</p>`;
  return plainTextBody(str(obj(payload.head_commit), "message"), options.bodyMaxLength);
}

const REPOSITORY = /^[^/\s]+\/[^/\s]+$/;
const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;

/** `<server>/<login>.png`: GitHub and GHES serve every user's avatar there. */
function profileAvatar(repo: Repo, server: string, login: string): string | undefined {
  return repo.htmlUrl !== undefined && LOGIN.test(login) ? `${server}/${login}.png` : undefined;
}

/**
 * "Report this run": a message on the current run's thread (`github:<owner>/<repo>:run:<id>`)
 * saying how it ended, for any trigger. `status` is the job status: success, failure, cancelled,
 * skipped (also timed_out, neutral, action_required, queued, in_progress).
 */
export function mapRunStatus(
  context: RunContext,
  runStatus: string,
  options: MapOptions = {},
): MapResult {
  return guarded("report-this-run", () => reportRun(context, runStatus, options));
}

function reportRun(context: RunContext, runStatus: string, options: MapOptions): MapResult {
  const key = normalizeStatusValue(String(runStatus ?? ""));
  if (key === "") return skip("No run status was given, so there is nothing to report.");
  const value = Object.hasOwn(ACCEPTED, key) ? ACCEPTED[key] : undefined;
  if (value === undefined)
    return skip(
      `Run status "${runStatus}" is not one of success, failure, cancelled, skipped, timed_out, neutral, action_required, queued, in_progress.`,
    );
  const fullName = String(context.repository ?? "").trim();
  if (!REPOSITORY.test(fullName))
    return skip(
      `The repository "${fullName}" is not in owner/repo form, so there is no thread to post to.`,
    );
  const runId = String(context.runId ?? "").trim();
  if (runId === "") return skip("The run id is missing, so there is no thread to post to.");
  const server = String(context.serverUrl ?? "").replace(/\/+$/, "");
  const repo: Repo = {
    fullName,
    htmlUrl: isHttpUrl(`${server}/${fullName}`) ? `${server}/${fullName}` : undefined,
  };
  const runUrl = repo.htmlUrl === undefined ? undefined : `${repo.htmlUrl}/actions/runs/${runId}`;
  const payload = obj(context.payload);
  const workflow = String(context.workflow ?? "").trim() || "Workflow";
  const runNumber = String(context.runNumber ?? "").trim() || undefined;
  const attempt = String(context.runAttempt ?? "").trim() || undefined;
  const branch = branchOf(context, payload);
  // A tag push or release runs on a tag; calling it a branch would send readers looking for one.
  const onTag = context.ref?.startsWith("refs/tags/") === true;
  const sender = obj(payload?.sender);
  const actor = context.actor?.trim() || str(sender, "login") || GHOST;
  const avatar =
    (str(sender, "login") === actor ? url(sender, "avatar_url") : undefined) ??
    profileAvatar(repo, server, actor);
  const subject = runNumber === undefined ? workflow : `${workflow} #${runNumber}`;
  const state = {
    id: `github:${fullName}:run:${runId}`,
    title: runThreadTitle(workflow, runNumber, branch),
    url: runUrl,
    status: status(value, options),
    fields: [
      field("Repository", linked(fullName, repo.htmlUrl)),
      field("Workflow", workflow),
      field(onTag ? "Tag" : "Branch", branch),
      field("Commit", commitText(repo, context.sha?.trim() || undefined)),
      field("Event", context.eventName?.trim() || undefined),
      field("Attempt", attempt),
      field("Triggered by", actor),
      field("Job", context.job?.trim() || undefined),
    ],
    body: triggerBody(payload, options),
    actions: [view("Logs", runUrl)],
  };
  const title =
    runUrl === undefined
      ? outcomeTitle(subject, value)
      : link(outcomeTitle(subject, value), runUrl);
  return compose(
    state,
    [
      {
        event: "activity",
        title,
        author: { name: actor, ...(avatar !== undefined && { avatar }) },
        mentions: value === "failure" || value === "timed out" ? [actor] : [],
      },
    ],
    options,
  );
}
