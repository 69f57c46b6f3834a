// `npm start`: a local Flowdock with real GitHub activity in it. Builds what the demo needs, starts
// the emulator (its inbox URL is the first line printed), then replays real webhook payloads
// through the BUILT GitHub Action, started as the Actions runner starts it, and keeps serving
// until Ctrl-C.
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dim = (text) => (process.stderr.isTTY ? `\x1b[2m${text}\x1b[0m` : text);

// Progress goes to stderr so that the inbox URL is the first line on stdout.
process.stderr.write(
  dim("Building the action and the emulator (turbo; cached after the first run)…\n"),
);
const build = spawnSync(
  "npx",
  [
    "turbo",
    "run",
    "build",
    "--filter=github-flowdock...",
    "--output-logs=errors-only",
    "--ui=stream",
  ],
  {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1" },
  },
);
if (build.status !== 0) {
  console.error("The build failed; see the errors above (run `npm ci` first on a fresh clone).");
  process.exit(build.status ?? 1);
}

const { startEmulator } = await import("@flowdock-kit/emulator");
const { runAction } = await import("../actions/github-flowdock/scripts/simulate-runner.mjs");
const { example, examplesOf } = await import("../actions/github-flowdock/scripts/examples.mjs");

const token = randomBytes(16).toString("hex");
const flow = "demo";
// biome-ignore lint/suspicious/noUndeclaredEnvVars: `npm start` is not a turbo task
const emulator = await listen(Number(process.env.PORT || 8080));
console.log(`Flowdock emulator inbox: ${emulator.url}`);
console.log(dim(`Messages API: ${emulator.apiUrl}/messages (flow "${flow}", token ${token})`));

async function listen(port) {
  const options = { host: "127.0.0.1", flows: [{ name: flow, token }] };
  try {
    return await startEmulator({ ...options, port });
  } catch (error) {
    if (error?.code !== "EADDRINUSE" && error?.cause?.code !== "EADDRINUSE") throw error;
    process.stderr.write(dim(`Port ${port} is busy; using a free one.\n`));
    return startEmulator({ ...options, port: 0 });
  }
}

let shuttingDown = false;
async function shutDown() {
  if (shuttingDown) return;
  shuttingDown = true;
  await emulator.close();
  process.exit(0);
}
process.on("SIGINT", shutDown);
process.on("SIGTERM", shutDown);

// Real payloads from @octokit/webhooks-examples, changed only where the examples lack a state.
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

for (const [eventName, payload] of [
  ...issueSequence(),
  ...pullRequestSequence(),
  ...workflowRunSequence(),
  ...pushSequence(),
  ...releaseSequence(),
  ...deploymentSequence(),
]) {
  const step = await runAction({
    eventName,
    payload,
    inputs: { "flow-token": token, "api-url": emulator.apiUrl },
  });
  const {
    ok,
    skipped,
    "thread-id": threadId,
    "status-value": value,
    "status-color": color,
  } = step.outputs;
  const what = `${eventName}${payload.action ? `.${payload.action}` : ""}`.padEnd(30);
  if (step.code !== 0 || ok !== "true") {
    console.log(`${what} FAILED (exit ${step.code})\n${step.stdout}${step.stderr}`);
  } else if (skipped === "true") {
    console.log(`${what} skipped: ${step.stdout.match(/::notice::(.*)/)?.[1] ?? ""}`);
  } else {
    console.log(`${what} → ${threadId}${value ? `  ${value} (${color})` : ""}`);
  }
}

const threads = emulator.threads(flow);
console.log(
  `\n${threads.length} threads in flow "${flow}". Open ${emulator.url} to see them; Ctrl-C to stop.`,
);
