// Runs the built dist/index.cjs as the Actions runner starts it (scripts/simulate-runner.mjs) against
// the emulator, on Node 24: sequences of the events about branches, tags, releases, deployments,
// check suites and discussions, mentions, and the READMEs' workflow snippets. e2e.test.ts posts
// every real payload of every supported event.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type Emulator, startEmulator } from "@flowdock-kit/emulator";
import { mapEvent, SUPPORTED_EVENTS } from "@flowdock-kit/github";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { example, examplesOf } from "../scripts/examples.mjs";
import {
  actionDir,
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

// A sequence is a dozen fresh node processes in a row, on a shared 2-core machine.
const MANY_RUNS_TIMEOUT = 300_000;

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

  it("tags the requested reviewer's Flowdock nick when the mentions input maps them", async (context) => {
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
  });
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
