// Runs the committed dist/index.cjs exactly as the Actions runner starts it, for every real payload
// of the supported events, on Node 24 (what `runs.using: node24` runs).
import { type Emulator, startEmulator } from "@flowdock-kit/emulator";
import { SUPPORTED_EVENTS } from "@flowdock-kit/github";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectedThread } from "../../../packages/github/test/expected-thread.js";
import { example, examplesOf } from "../scripts/examples.mjs";
import { mapLimit, resolveNode24, runAction } from "../scripts/simulate-runner.mjs";
import { commands, expectMaskedFirst, expectTokenHidden } from "./runner-checks.js";

// Steps at once, on a 2-core machine.
const CONCURRENCY = 2;
// The examples have no pull_request_target payloads; GitHub sends the same body as pull_request.
const examples = [
  ...examplesOf(SUPPORTED_EVENTS),
  ...examplesOf(["pull_request"])
    .map((entry) => ({
      ...entry,
      event: "pull_request_target",
      label: entry.label.replace("pull_request", "pull_request_target"),
    }))
    .filter((_, index) => index % 4 === 0),
];
// A run's thread is created by its workflow_run events, which GitHub sends before the run's jobs
// start. The job examples belong to runs with no workflow_run example, so each such run first gets
// the run's `requested` event (a real payload with its ids changed).
const runsOfJobs = [
  ...new Map(
    examples
      .filter(({ event }) => event === "workflow_job")
      .map(({ payload }) => [payload.workflow_job.run_id, payload]),
  ).values(),
].map((job) => {
  const payload = example("workflow_run", "requested");
  payload.workflow_run.id = job.workflow_job.run_id;
  payload.workflow_run.run_attempt = job.workflow_job.run_attempt ?? 1;
  payload.repository = job.repository;
  return {
    event: "workflow_run",
    action: "requested",
    payload,
    label: `run ${job.workflow_job.run_id} requested`,
  };
});
// The action runs on Node 24 only (action.yml: `runs.using: node24`).
const nodes = [
  {
    name: "Node 24",
    flow: "node-24",
    token: "e2e24-a1b2c3d4e5f60718293a4b5c6d7e8f90",
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
    ]),
  });
});

afterAll(async () => {
  await emulator?.close();
});

it("covers every supported event with real payloads", () => {
  expect(new Set(examples.map(({ event }) => event))).toEqual(new Set(SUPPORTED_EVENTS));
  expect(examples.length).toBeGreaterThan(100);
});

describe.concurrent.each(nodes)("$name", ({ name, flow, token, path }) => {
  let node: string | undefined;

  beforeAll(async () => {
    node = await path();
    if (!node && process.env.CI === "true") {
      throw new Error(
        `${name} is required in CI but \`npx -y -p node@24 node\` did not provide it`,
      );
    }
  }, 240_000);

  it("posts every example to its item's thread, with outputs and a summary", async (context) => {
    if (!node) {
      console.warn(
        `${name} could not be installed with npx -p node@24: skipping its end-to-end runs`,
      );
      context.skip(`${name} is not available`);
    }
    const runStep = async (entry: (typeof examples)[number]) => ({
      entry,
      step: await runAction({
        ...(node ? { node } : {}),
        eventName: entry.event,
        payload: entry.payload,
        inputs: { "flow-token": token, "api-url": emulator.apiUrl },
      }),
    });
    const steps = [
      ...(await mapLimit(runsOfJobs, CONCURRENCY, runStep)),
      ...(await mapLimit(examples, CONCURRENCY, runStep)),
    ];

    const perThread = new Map<string, { color: string; value: string }[]>();
    for (const { entry, step } of steps) {
      const where = `${entry.label}\n${step.stdout}\n${step.stderr}`;
      expect(step.code, where).toBe(0);
      expectMaskedFirst(step, token);
      expectTokenHidden(step, token);
      expect(step.outputs.ok, where).toBe("true");
      if (step.outputs.skipped === "true") {
        expect(commands(step, "notice").join("\n"), where).toMatch(/Nothing posted to Flowdock/);
        expect(step.summary).toContain("Nothing posted");
        continue;
      }
      expect(step.outputs.skipped, where).toBe("false");
      expect(step.outputs.attempts, where).toBe("1");
      const threadId = step.outputs["thread-id"] ?? "";
      expect(threadId, where).toBe(expectedThread(entry));
      const payload = JSON.parse(step.outputs.payload ?? "");
      expect(payload.flow_token).toBeUndefined();
      expect(payload.external_thread_id).toBe(threadId);
      expect(step.outputs["status-value"]).toBe(payload.thread?.status?.value ?? "");
      expect(step.outputs["status-color"]).toBe(payload.thread?.status?.color ?? "");
      expect(step.summary, where).toContain(`<code>${threadId}</code>: posted in 1 attempt`);
      if (payload.thread?.external_url)
        expect(step.summary).toContain(`href="${payload.thread.external_url}"`);
      const statuses = perThread.get(threadId) ?? [];
      statuses.push(payload.thread?.status);
      perThread.set(threadId, statuses);
    }

    // One thread per item, holding one message per run that targeted it.
    const threads = emulator.threads(flow);
    expect(threads.map((thread) => thread.external_thread_id).sort()).toEqual(
      [...perThread.keys()].sort(),
    );
    for (const thread of threads) {
      const statuses = perThread.get(thread.external_thread_id ?? "") ?? [];
      expect(thread.messages).toHaveLength(statuses.length);
      // Runs went in parallel, so only a thread with a single message has a known final status.
      if (statuses.length === 1 && statuses[0]) expect(thread.thread.status).toEqual(statuses[0]);
    }
    // Most examples are about items the mapper posts; a run that posts nothing must stay the exception.
    const posted = [...perThread.values()].reduce((sum, statuses) => sum + statuses.length, 0);
    expect(posted).toBeGreaterThan(steps.length * 0.8);
  });

  it("keeps one thread per item through opened → labeled → closed, ending in the right colour", async (context) => {
    if (!node) context.skip(`${name} is not available`);
    const sequenceFlow = `${flow}-sequence`;
    const sequenceToken = `${token}-seq`;
    const issue = (action: string) => {
      const payload = example("issues", action);
      payload.issue.number = 9001;
      payload.issue.html_url = payload.issue.html_url.replace(/\/\d+$/, "/9001");
      return payload;
    };
    // The examples have no closed issue: close the opened one, as GitHub sends it.
    const closed = issue("opened");
    closed.action = "closed";
    closed.issue.state = "closed";
    closed.issue.state_reason = "completed";
    closed.issue.closed_at = closed.issue.updated_at;
    const pull = (action: string) => {
      const payload = example("pull_request", action);
      payload.number = 9002;
      payload.pull_request.number = 9002;
      payload.pull_request.html_url = payload.pull_request.html_url.replace(/\/\d+$/, "/9002");
      return payload;
    };
    // The examples have no merged pull request: close one with `merged: true`, as GitHub sends it.
    const merged = pull("closed");
    merged.pull_request.merged = true;
    merged.pull_request.merged_at = merged.pull_request.closed_at ?? "2019-05-15T15:20:33Z";

    const sequence = [
      { event: "issues", payload: issue("opened"), color: "green", value: "open" },
      { event: "issues", payload: issue("labeled"), color: "green", value: "open" },
      { event: "issues", payload: closed, color: "purple", value: "closed" },
      { event: "pull_request", payload: pull("opened"), color: "green", value: "open" },
      { event: "pull_request", payload: merged, color: "purple", value: "merged" },
    ];
    for (const { event, payload, color, value } of sequence) {
      const step = await runAction({
        ...(node ? { node } : {}),
        eventName: event,
        payload,
        inputs: { "flow-token": sequenceToken, "api-url": emulator.apiUrl },
      });
      expect(step.code, step.stdout).toBe(0);
      expect(step.outputs).toMatchObject({
        ok: "true",
        "status-color": color,
        "status-value": value,
      });
      const thread = emulator
        .threads(sequenceFlow)
        .find((view) => view.external_thread_id === step.outputs["thread-id"]);
      expect(thread?.thread.status).toEqual({ color, value });
    }
    const threads = emulator.threads(sequenceFlow);
    expect(threads).toHaveLength(2);
    const [pullThread, issueThread] = threads;
    expect(issueThread?.external_thread_id).toMatch(/:issue:9001$/);
    expect(issueThread?.messages.map((message) => message.title)).toEqual([
      "opened issue",
      "labeled issue bug",
      "closed issue as completed",
    ]);
    expect(pullThread?.external_thread_id).toMatch(/:pull:9002$/);
    expect(pullThread?.messages).toHaveLength(2);
  });
});
