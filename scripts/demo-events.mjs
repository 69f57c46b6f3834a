// The GitHub activity `npm start` replays and docs/inbox.png shows: real @octokit/webhooks-examples
// payloads, changed only where a state is missing, oldest first.
import { example, examplesOf } from "../actions/github-flowdock/scripts/examples.mjs";

/** Every demo event as `[event name, payload]`, in the order GitHub would send them. */
export function demoEvents() {
  return [
    ...issueSequence(),
    ...pullRequestSequence(),
    ...workflowRunSequence(),
    ...pushSequence(),
    ...releaseSequence(),
    ...deploymentSequence(),
  ];
}

function issueSequence() {
  const opened = example("issues", "opened");
  const closed = example("issues", "opened");
  Object.assign(closed, { action: "closed" });
  Object.assign(closed.issue, {
    state: "closed",
    state_reason: "completed",
    closed_at: closed.issue.updated_at,
  });
  return [
    ["issues", opened],
    ["issues", example("issues", "labeled")],
    ["issue_comment", example("issue_comment", "created")],
    ["issues", closed],
  ];
}

function pullRequestSequence() {
  const review = example("pull_request_review", "submitted");
  review.review.state = "approved";
  const merged = example("pull_request", "closed");
  Object.assign(merged.pull_request, { merged: true, merged_at: merged.pull_request.closed_at });
  return [
    ["pull_request", example("pull_request", "opened")],
    ["pull_request_review", review],
    ["pull_request", merged],
  ];
}

function workflowRunSequence() {
  const base = example("workflow_run", "requested");
  base.workflow_run.name ||= "CI";
  const at = (action, run) => {
    const payload = structuredClone(base);
    payload.action = action;
    Object.assign(payload.workflow_run, run);
    return payload;
  };
  const url = base.workflow_run.html_url;
  return [
    ["workflow_run", at("requested", { status: "queued", conclusion: null })],
    ["workflow_run", at("in_progress", { status: "in_progress", conclusion: null })],
    ["workflow_run", at("completed", { status: "completed", conclusion: "failure" })],
    [
      "workflow_run",
      at("requested", {
        status: "queued",
        conclusion: null,
        run_attempt: 2,
        previous_attempt_url: `${url}/attempts/1`,
      }),
    ],
    [
      "workflow_run",
      at("completed", { status: "completed", conclusion: "success", run_attempt: 2 }),
    ],
  ];
}

// The example push creates `master` with one commit; this one adds three more, as a push does.
function pushSequence() {
  const created = examplesOf(["push"]).find(
    (entry) => entry.payload.ref === "refs/heads/master",
  ).payload;
  const pushed = structuredClone(created);
  const [first] = pushed.commits;
  pushed.created = false;
  pushed.before = created.after;
  pushed.commits = ["Add the flux capacitor", "Wire it to the clock", "Fix the 88 mph check"].map(
    (message, index) => ({
      ...structuredClone(first),
      id: `${index + 1}`.repeat(8) + first.id.slice(8),
      message,
    }),
  );
  pushed.after = pushed.commits.at(-1).id;
  pushed.compare = `${pushed.repository.html_url}/compare/${pushed.before.slice(0, 12)}...${pushed.after.slice(0, 12)}`;
  return [
    ["push", created],
    ["push", pushed],
  ];
}

// The examples have no draft release: the created one is made a draft, then published.
function releaseSequence() {
  const at = (action, draft) => {
    const payload = example("release", action);
    payload.release.draft = draft;
    payload.release.name = "v1.0.0";
    payload.release.body = "## What's new\n\n- **Threads** for pushes, releases and deployments";
    return payload;
  };
  return [
    ["release", at("created", true)],
    ["release", at("published", false)],
  ];
}

// The deployment example, then its status going queued → in progress → success.
function deploymentSequence() {
  const status = (state) => {
    const payload = example("deployment_status", "created");
    payload.deployment_status.state = state;
    return payload;
  };
  return [
    ["deployment", example("deployment", "created")],
    ["deployment_status", status("queued")],
    ["deployment_status", status("in_progress")],
    ["deployment_status", status("success")],
  ];
}
