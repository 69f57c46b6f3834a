// mapEvent throughput on the built package, on real payloads from @octokit/webhooks-examples:
// `npm run build && npm run bench` in packages/github (or `npm run bench -- github` at the root).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { mapEvent, mapRunStatus } from "../dist/index.js";

const require = createRequire(import.meta.url);
const examples = JSON.parse(
  readFileSync(require.resolve("@octokit/webhooks-examples/api.github.com/index.json"), "utf8"),
);
function example(event, action, pick = () => true) {
  const found = examples
    .find((entry) => entry.name === event)
    ?.examples.find((payload) => payload.action === action && pick(payload));
  if (!found) throw new Error(`no example ${event}.${action}`);
  return found;
}

const longBody = example("issues", "opened");
const long = structuredClone(longBody);
long.issue.body = `${"Some **Markdown** with a [link](https://example.com) and `code`.\n\n".repeat(1000)}`;

// A push of 2048 commits (GitHub's most per payload), the branch example's commit repeated.
const bigPush = structuredClone(
  examples
    .find((entry) => entry.name === "push")
    .examples.find((p) => p.ref === "refs/heads/master"),
);
bigPush.created = false;
bigPush.commits = Array.from({ length: 2048 }, () => structuredClone(bigPush.commits[0]));
const notes = structuredClone(example("release", "published"));
notes.release.body = long.issue.body;

const cases = [
  ["issues.opened", () => mapEvent("issues", example("issues", "opened"))],
  ["issues.labeled", () => mapEvent("issues", example("issues", "labeled"))],
  ["issue_comment.created", () => mapEvent("issue_comment", example("issue_comment", "created"))],
  ["pull_request.opened", () => mapEvent("pull_request", example("pull_request", "opened"))],
  [
    "pull_request_review.submitted",
    () => mapEvent("pull_request_review", example("pull_request_review", "submitted")),
  ],
  [
    "workflow_run.completed (success)",
    () =>
      mapEvent(
        "workflow_run",
        example("workflow_run", "completed", (p) => p.workflow_run.conclusion === "success"),
      ),
  ],
  ["workflow_job.completed", () => mapEvent("workflow_job", example("workflow_job", "completed"))],
  [
    "mapRunStatus (push, failure)",
    () =>
      mapRunStatus(
        {
          eventName: "push",
          payload: {},
          repository: "octo-org/octo-repo",
          serverUrl: "https://github.com",
          runId: 1,
          runNumber: 2,
          workflow: "CI",
          ref: "refs/heads/main",
          sha: "5779607b49aab1200488439f02372c57b4f75444",
          actor: "octocat",
        },
        "failure",
      ),
  ],
  ["issues.opened, 65 KB Markdown body", () => mapEvent("issues", long)],
  ["push, 2048 commits", () => mapEvent("push", bigPush)],
  ["release.published, 65 KB notes", () => mapEvent("release", notes)],
  [
    "deployment_status.created",
    () => mapEvent("deployment_status", example("deployment_status", "created")),
  ],
  ["check_run.completed", () => mapEvent("check_run", example("check_run", "completed"))],
  ["discussion.created", () => mapEvent("discussion", example("discussion", "created"))],
];

function measure(name, fn, seconds = 1.5) {
  const check = fn();
  if (check.skipped) throw new Error(`${name} was skipped: ${check.reason}`);
  for (let i = 0; i < 200; i++) fn(); // warm up the JIT
  let count = 0;
  const start = performance.now();
  const end = start + seconds * 1000;
  while (performance.now() < end) {
    for (let i = 0; i < 20; i++) fn();
    count += 20;
  }
  const perSecond = Math.round(count / ((performance.now() - start) / 1000));
  const micros = ((1e6 / perSecond) | 0).toLocaleString("en-US");
  console.log(
    `${name.padEnd(40)} ${perSecond.toLocaleString("en-US").padStart(9)} calls/s ${micros.padStart(7)} µs/call`,
  );
}

console.log(`node ${process.version}, mapEvent on @octokit/webhooks-examples payloads`);
for (const [name, fn] of cases) measure(name, fn);
