// Runs the built dist/index.js as the Actions runner starts it (scripts/simulate-runner.mjs) against
// the emulator: every real payload of every supported event, then sequences of the events about
// branches, tags, releases, deployments, check suites and discussions, under Node 20 and Node 24.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type Emulator, startEmulator } from "@flowdock-kit/emulator";
import { mapEvent, SUPPORTED_EVENTS } from "@flowdock-kit/github";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { example, examplesOf } from "../scripts/examples.mjs";
import {
  actionDir,
  mapLimit,
  readActionInputs,
  resolveNode24,
  runAction,
  type StepResult,
} from "../scripts/simulate-runner.mjs";
import { expectMaskedFirst, expectTokenHidden } from "./runner-checks.js";

// biome-ignore lint/suspicious/noExplicitAny: real payloads are edited field by field
type Payload = any;
interface Entry {
  event: string;
  action: string;
  payload: Payload;
  label: string;
}

const CONCURRENCY = 2;

/** The thread github-mapping.md gives each example, read from the payload's own fields. */
function expectedThread({ event, payload }: Entry): string {
  const repo = `github:${payload.repository.full_name}`;
  const ref = (): string => {
    if (payload.ref_type === "tag" || payload.ref?.startsWith("refs/tags/")) return `${repo}:tags`;
    return `${repo}:branch:${String(payload.ref).replace(/^refs\/heads\//, "")}`;
  };
  switch (event) {
    case "issues":
    case "issue_comment":
      return `${repo}:${payload.issue.pull_request ? "pull" : "issue"}:${payload.issue.number}`;
    case "workflow_run":
      return `${repo}:run:${payload.workflow_run.id}`;
    case "workflow_job":
      return `${repo}:run:${payload.workflow_job.run_id}`;
    case "push":
    case "create":
    case "delete":
      return ref();
    case "release":
      return `${repo}:release:${payload.release.id}`;
    case "deployment":
    case "deployment_status":
      return `${repo}:deployment:${payload.deployment.id}`;
    case "check_suite":
      return `${repo}:check-suite:${payload.check_suite.id}`;
    case "check_run":
      return `${repo}:check-suite:${payload.check_run.check_suite.id}`;
    case "status":
      return `${repo}:commit:${payload.sha}`;
    case "commit_comment":
      return `${repo}:commit:${payload.comment.commit_id}`;
    case "discussion":
    case "discussion_comment":
      return `${repo}:discussion:${payload.discussion.number}`;
    default:
      return `${repo}:pull:${payload.pull_request.number}`;
  }
}

// The examples have no pull_request_target payloads; GitHub sends the same body as pull_request.
const examples: Entry[] = [
  ...examplesOf([...SUPPORTED_EVENTS]),
  ...examplesOf(["pull_request"])
    .filter((_: Entry, index: number) => index % 4 === 0)
    .map((entry: Entry) => ({
      ...entry,
      event: "pull_request_target",
      label: `${entry.label} as target`,
    })),
];
// ~230 runs of a fresh node process each, two at a time, on a shared 2-core machine.
const MANY_RUNS_TIMEOUT = 600_000;
// Job messages carry no thread state, so their run's thread must exist first: GitHub sends the
// run's `requested` event before its jobs start (a real payload with the job's ids).
const runsOfJobs: Entry[] = [
  ...new Map(
    examples
      .filter(({ event }) => event === "workflow_job")
      .map(({ payload }) => [payload.workflow_job.run_id, payload]),
  ).values(),
].map((job) => {
  const payload = example("workflow_run", "requested");
  payload.workflow_run.id = job.workflow_job.run_id;
  payload.repository = job.repository;
  return { event: "workflow_run", action: "requested", payload, label: "run of jobs" };
});

// ---- Sequences: real payloads, changed only where the examples lack a state. ----

function branchEvent(event: "create" | "delete", name: string): Payload {
  return Object.assign(example(event, ""), { ref: name, ref_type: "branch" });
}

/** The example push that creates `master`, as an ordinary push of `count` commits to `branch`. */
function push(branch: string, count: number, forced = false): Payload {
  const payload = examplesOf(["push"]).find(
    (entry: Entry) => entry.payload.ref === "refs/heads/master",
  )?.payload;
  const [first] = payload.commits;
  payload.ref = `refs/heads/${branch}`;
  Object.assign(payload, { created: false, forced });
  payload.commits = Array.from({ length: count }, (_, index) => ({
    ...structuredClone(first),
    id: index.toString(16).padStart(8, "0") + first.id.slice(8),
    message: `Change ${index + 1}`,
  }));
  payload.after = payload.commits.at(-1).id;
  return payload;
}

function tagCreated(name: string): Payload {
  return Object.assign(example("create", ""), { ref: name, ref_type: "tag" });
}

function release(action: string, draft: boolean): Payload {
  const payload = example("release", action === "edited" ? "edited" : "published");
  payload.action = action;
  payload.release.draft = draft;
  payload.release.name = "v1.3.0";
  payload.release.body = "## Changes\n\n- faster";
  return payload;
}

function deploymentStatus(state: string): Payload {
  const payload = example("deployment_status", "created");
  payload.deployment_status.state = state;
  return payload;
}

function checkRun(conclusion: string | null): Payload {
  const payload = examplesOf(["check_run"]).find(
    (entry: Entry) =>
      entry.payload.check_run.check_suite.id === 118578147 &&
      (conclusion === null
        ? entry.action === "created"
        : entry.action === "completed" && entry.payload.check_run.conclusion === conclusion),
  )?.payload;
  return payload;
}

function discussion(action: string): Payload {
  const payload = examplesOf(["discussion"]).find(
    (entry: Entry) =>
      entry.payload.discussion.number === 4 &&
      entry.action === (action === "closed" ? "created" : action),
  )?.payload;
  if (action === "closed") {
    payload.action = "closed";
    payload.discussion.state = "closed";
  }
  return payload;
}

const repo = "github:Codertocat/Hello-World";
const sequence: { event: string; payload: Payload; thread: string }[] = [
  { event: "create", payload: branchEvent("create", "feature-x"), thread: "branch:feature-x" },
  { event: "push", payload: push("feature-x", 3), thread: "branch:feature-x" },
  { event: "push", payload: push("master", 25), thread: "branch:master" },
  { event: "push", payload: push("feature-x", 1, true), thread: "branch:feature-x" },
  { event: "delete", payload: branchEvent("delete", "feature-x"), thread: "branch:feature-x" },
  { event: "create", payload: tagCreated("v1.2.0"), thread: "tags" },
  { event: "create", payload: tagCreated("v1.3.0"), thread: "tags" },
  { event: "release", payload: release("created", true), thread: "release:17372790" },
  { event: "release", payload: release("edited", true), thread: "release:17372790" },
  { event: "release", payload: release("published", false), thread: "release:17372790" },
  {
    event: "deployment",
    payload: example("deployment", "created"),
    thread: "deployment:145988746",
  },
  {
    event: "deployment_status",
    payload: deploymentStatus("queued"),
    thread: "deployment:145988746",
  },
  {
    event: "deployment_status",
    payload: deploymentStatus("in_progress"),
    thread: "deployment:145988746",
  },
  {
    event: "deployment_status",
    payload: deploymentStatus("success"),
    thread: "deployment:145988746",
  },
  { event: "check_run", payload: checkRun(null), thread: "check-suite:118578147" },
  { event: "check_run", payload: checkRun("failure"), thread: "check-suite:118578147" },
  { event: "check_run", payload: checkRun("success"), thread: "check-suite:118578147" },
  {
    event: "check_suite",
    payload: examplesOf(["check_suite"]).find(
      (entry: Entry) => entry.action === "completed" && entry.payload.check_suite.id === 118578147,
    )?.payload,
    thread: "check-suite:118578147",
  },
  { event: "discussion", payload: discussion("created"), thread: "discussion:4" },
  {
    event: "discussion_comment",
    payload: examplesOf(["discussion_comment"]).find(
      (entry: Entry) => entry.action === "created" && entry.payload.discussion.number === 4,
    )?.payload,
    thread: "discussion:4",
  },
  { event: "discussion", payload: discussion("answered"), thread: "discussion:4" },
  { event: "discussion", payload: discussion("closed"), thread: "discussion:4" },
];

/** Each thread after the sequence: how many messages, the badge, the first and last titles. */
const after: Record<string, { messages: number; status?: { color: string; value: string } }> = {
  "branch:feature-x": { messages: 4, status: { color: "grey", value: "deleted" } },
  "branch:master": { messages: 1, status: { color: "green", value: "active" } },
  tags: { messages: 2, status: { color: "cyan", value: "v1.3.0" } },
  "release:17372790": { messages: 3, status: { color: "green", value: "published" } },
  "deployment:145988746": { messages: 4, status: { color: "green", value: "deployed" } },
  "check-suite:118578147": { messages: 4, status: { color: "green", value: "success" } },
  "discussion:4": { messages: 4, status: { color: "purple", value: "closed" } },
};

const nodes = [
  {
    name: "Node 20",
    flow: "events-20",
    token: "ev20-5f0e1d2c3b4a59687786a5b4c3d2e1f0",
    path: async () => process.execPath,
  },
  {
    name: "Node 24",
    flow: "events-24",
    token: "ev24-b1c2d3e4f5a60718293a4b5c6d7e8f91",
    path: resolveNode24,
  },
];

let emulator: Emulator;

beforeAll(async () => {
  emulator = await startEmulator({
    port: 0,
    host: "127.0.0.1",
    flows: nodes.flatMap(({ flow, token }) => [
      { name: flow, token },
      { name: `${flow}-sequence`, token: `${token}-seq` },
      { name: `${flow}-mentions`, token: `${token}-men` },
    ]),
  });
});

afterAll(async () => {
  await emulator?.close();
});

function expectPosted(step: StepResult, token: string, where: string): void {
  expect(step.code, where).toBe(0);
  expectMaskedFirst(step, token);
  expectTokenHidden(step, token);
  expect(step.outputs, where).toMatchObject({ ok: "true", skipped: "false", attempts: "1" });
}

it("covers every supported event, the repository events included", () => {
  expect(new Set(examples.map(({ event }) => event))).toEqual(new Set(SUPPORTED_EVENTS));
  for (const event of ["push", "release", "deployment_status", "check_run", "discussion"])
    expect(SUPPORTED_EVENTS).toContain(event);
});

describe.concurrent.each(nodes)("$name", ({ name, flow, token, path }) => {
  let node: string | undefined;

  beforeAll(async () => {
    node = await path();
    if (!node && process.env.CI === "true")
      throw new Error(
        `${name} is required in CI but \`npx -y -p node@24 node\` did not provide it`,
      );
  }, 240_000);

  it(
    "posts every example of every supported event into its item's one thread",
    async (context) => {
      if (!node) context.skip(`${name} is not available`);
      const run = (entry: Entry) =>
        runAction({
          ...(node ? { node } : {}),
          eventName: entry.event,
          payload: entry.payload,
          inputs: { "flow-token": token, "api-url": emulator.apiUrl },
        });
      await mapLimit(runsOfJobs, CONCURRENCY, run);
      const steps = await mapLimit(examples, CONCURRENCY, async (entry) => ({
        entry,
        step: await run(entry),
      }));

      const perThread = new Map<string, string[]>();
      for (const { entry, step } of steps) {
        const where = `${entry.label}\n${step.stdout}\n${step.stderr}`;
        expectPosted(step, token, where);
        const threadId = expectedThread(entry);
        expect(step.outputs["thread-id"], where).toBe(threadId);
        const message = JSON.parse(step.outputs.payload ?? "");
        expect(message.external_thread_id).toBe(threadId);
        expect(message.flow_token).toBeUndefined();
        expect(step.summary, where).toContain(`<code>${threadId}</code>: posted in 1 attempt`);
        perThread.set(threadId, [...(perThread.get(threadId) ?? []), message.title]);
      }
      // The emulator holds exactly these threads, each with every message aimed at it.
      const threads = emulator.threads(flow);
      const jobRuns = new Set(runsOfJobs.map(expectedThread));
      expect(threads.map((thread) => thread.external_thread_id).sort()).toEqual(
        [...new Set([...perThread.keys(), ...jobRuns])].sort(),
      );
      for (const thread of threads) {
        const titles = perThread.get(thread.external_thread_id ?? "") ?? [];
        const fromJobRuns = jobRuns.has(thread.external_thread_id ?? "") ? 1 : 0;
        expect(thread.messages).toHaveLength(titles.length + fromJobRuns);
        expect(thread.messages.map((message) => message.title)).toEqual(
          expect.arrayContaining(titles),
        );
      }
    },
    MANY_RUNS_TIMEOUT,
  );

  it(
    "keeps one thread per branch, tag list, release, deployment, check suite and discussion",
    async (context) => {
      if (!node) context.skip(`${name} is not available`);
      const sequenceFlow = `${flow}-sequence`;
      const sequenceToken = `${token}-seq`;
      for (const { event, payload, thread } of sequence) {
        const step = await runAction({
          ...(node ? { node } : {}),
          eventName: event,
          payload,
          inputs: { "flow-token": sequenceToken, "api-url": emulator.apiUrl },
        });
        const where = `${event}.${payload.action ?? ""}\n${step.stdout}\n${step.stderr}`;
        expectPosted(step, sequenceToken, where);
        expect(step.outputs["thread-id"], where).toBe(`${repo}:${thread}`);
      }
      const threads = emulator.threads(sequenceFlow);
      expect(threads.map((view) => view.external_thread_id).sort()).toEqual(
        Object.keys(after)
          .map((key) => `${repo}:${key}`)
          .sort(),
      );
      for (const [key, expected] of Object.entries(after)) {
        const view = threads.find((thread) => thread.external_thread_id === `${repo}:${key}`);
        expect(view?.messages, key).toHaveLength(expected.messages);
        expect(view?.thread.status, key).toEqual(expected.status);
      }
      const branch = threads.find((view) => view.external_thread_id === `${repo}:branch:feature-x`);
      expect(branch?.messages.map((message) => message.title.replace(/<[^>]+>/g, ""))).toEqual([
        "created branch feature-x",
        "pushed 3 commits to feature-x",
        "force-pushed feature-x",
        "deleted branch feature-x",
      ]);
      const master = threads.find((view) => view.external_thread_id === `${repo}:branch:master`);
      expect(master?.messages[0]?.body).toContain("and 5 more");
      const releaseThread = threads.find((view) => view.external_thread_id?.includes(":release:"));
      expect(releaseThread?.thread.body).toContain("<h2>Changes</h2>");
    },
    MANY_RUNS_TIMEOUT,
  );

  it.skipIf(!("mentions" in readActionInputs()))(
    "tags the requested reviewer's Flowdock nick when the mentions input maps them",
    async (context) => {
      if (!node) context.skip(`${name} is not available`);
      const step = await runAction({
        ...(node ? { node } : {}),
        eventName: "pull_request",
        payload: example("pull_request", "review_requested"),
        inputs: {
          "flow-token": `${token}-men`,
          "api-url": emulator.apiUrl,
          mentions: "octocat=doc, Codertocat=marty",
        },
      });
      expectPosted(step, `${token}-men`, step.stdout);
      const [thread] = emulator.threads(`${flow}-mentions`);
      expect(thread?.messages.at(-1)?.tags).toContain("@doc");
      expect(thread?.messages.at(-1)?.tags).not.toContain("@marty");
    },
  );
});

// GitHub expressions, written as a workflow holds them (not JavaScript templates).
const JOB_STATUS = ["status: $", "{{ job.status }}"].join("");
const SECRET = ["$", "{{ secrets.FLOWDOCK_FLOW_TOKEN }}"].join("");

/** The workflow snippets of both READMEs, parsed as GitHub would read them. */
const snippets = [join(actionDir, "README.md"), join(actionDir, "..", "..", "README.md")].flatMap(
  (file) =>
    [...readFileSync(file, "utf8").matchAll(/```yaml\n([\s\S]*?)```/g)].map((found, index) => ({
      where: `${file.endsWith(join("actions", "github-flowdock", "README.md")) ? "action" : "top"} README snippet ${index + 1}`,
      text: found[1] as string,
      workflow: parse(found[1] as string) as Payload,
    })),
);

describe("the READMEs' workflow snippets, copied into a repository", () => {
  const workflows = snippets.filter(({ workflow }) => workflow?.on !== undefined);

  it("exist for issues and PRs, pushes and releases, deployments, workflow runs, this run", () => {
    const triggers = workflows.map(({ workflow }) => Object.keys(workflow.on));
    for (const wanted of ["pull_request", "push", "release", "deployment_status", "workflow_run"])
      expect(
        triggers.some((names) => names.includes(wanted)),
        wanted,
      ).toBe(true);
    expect(snippets.some(({ text }) => text.includes(JOB_STATUS))).toBe(true);
  });

  it("use one secret name, FLOWDOCK_FLOW_TOKEN", () => {
    for (const { where, text } of snippets)
      for (const [, value] of text.matchAll(/flow-token:\s*(.+)/g))
        expect(value, where).toBe(SECRET);
  });

  it("list the types that deliver merged and closed PRs", () => {
    for (const { where, workflow } of workflows)
      for (const name of ["pull_request", "pull_request_target"]) {
        const trigger = workflow.on[name];
        if (trigger === undefined) continue;
        expect(trigger?.types, where).toEqual(
          expect.arrayContaining(["opened", "closed", "reopened", "synchronize", "edited"]),
        );
      }
  });

  it("subscribe only to events the action posts, and every example of a listed type posts", () => {
    for (const { where, workflow } of workflows)
      for (const [name, trigger] of Object.entries<Payload>(workflow.on)) {
        expect(SUPPORTED_EVENTS, where).toContain(name);
        const types: string[] | undefined = trigger?.types;
        const event = name === "pull_request_target" ? "pull_request" : name;
        for (const entry of examplesOf([event]))
          if (types === undefined || types.includes(entry.action)) {
            const result = mapEvent(name, entry.payload);
            expect(result.skipped, `${where}: ${entry.label}`).toBe(false);
          }
      }
  });
});
