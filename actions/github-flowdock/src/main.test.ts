import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Emulator, startEmulator } from "@flowdock-kit/emulator";
import { MIN_CUT_PREFIX, REDACTED } from "@flowdock-kit/sender";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { example } from "../scripts/examples.mjs";
import { fakeToolkit } from "../test/fake-toolkit.js";
import { run } from "./main.js";

const TOKEN = "main-test-00112233445566778899aabbccddeeff";
let emulator: Emulator;
let folder: string;
let flowCount = 0;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, host: "127.0.0.1" });
  folder = await mkdtemp(join(tmpdir(), "gh-flowdock-main-"));
});

afterAll(async () => {
  await emulator?.close();
  await rm(folder, { recursive: true, force: true });
});

/** A fresh flow, so each test reads only its own threads. */
function newFlow(): { flow: string; token: string } {
  flowCount += 1;
  const flow = `flow-${flowCount}`;
  const token = `${TOKEN}-${flowCount}`;
  emulator.addFlow({ name: flow, token });
  return { flow, token };
}

async function runStep(
  eventName: string,
  payload: unknown,
  inputs: Record<string, string>,
  runner: Record<string, string> = {},
) {
  const eventPath = join(folder, `${eventName}-${flowCount}.json`);
  await writeFile(eventPath, JSON.stringify(payload));
  const { core, recorded } = fakeToolkit({ "api-url": emulator.apiUrl, ...inputs });
  await run(core, {
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_STEP_SUMMARY: join(folder, "summary"),
    GITHUB_REPOSITORY: "octo-org/octo-repo",
    GITHUB_SERVER_URL: "https://github.example.com",
    GITHUB_RUN_ID: "5550001",
    GITHUB_RUN_NUMBER: "42",
    GITHUB_RUN_ATTEMPT: "2",
    GITHUB_WORKFLOW: "Deploy",
    GITHUB_REF_NAME: "main",
    GITHUB_SHA: "6dcb09b5b57875f334f61aebed695e2e4193db5e",
    GITHUB_ACTOR: "octocat",
    GITHUB_JOB: "deploy",
    ...runner,
  });
  return recorded;
}

describe("run", () => {
  it("masks the token before it reads any other input or prints anything", async () => {
    const { token } = newFlow();
    const recorded = await runStep("issues", example("issues", "opened"), { "flow-token": token });
    expect(recorded.calls.slice(0, 2)).toEqual([
      { method: "getInput", args: ["flow-token"] },
      { method: "setSecret", args: [token] },
    ]);
    expect(recorded.failed).toBeUndefined();
  });

  it("creates a run's thread with the job's state when a job event comes before the run's own", async () => {
    const { flow, token } = newFlow();
    const job = example("workflow_job", "completed");
    const recorded = await runStep("workflow_job", job, { "flow-token": token });
    expect(recorded.failed).toBeUndefined();
    expect(recorded.outputs).toMatchObject({ ok: "true", attempts: "2" });
    const [thread] = emulator.threads(flow);
    expect(thread?.thread.title).toBe(
      `${job.workflow_job.workflow_name} on ${job.workflow_job.head_branch}`,
    );
    expect(thread?.messages).toHaveLength(1);
  });

  it("posts the event and sets every output", async () => {
    const { flow, token } = newFlow();
    const recorded = await runStep("pull_request", example("pull_request", "opened"), {
      "flow-token": token,
      tags: "#ci, review",
      fields: "Environment=staging",
    });
    expect(recorded.failed).toBeUndefined();
    expect(recorded.outputs).toMatchObject({
      ok: "true",
      skipped: "false",
      attempts: "1",
      "status-value": "open",
      "status-color": "green",
    });
    const [thread] = emulator.threads(flow);
    expect(thread?.external_thread_id).toBe(recorded.outputs["thread-id"]);
    expect(thread?.thread.fields).toContainEqual({ label: "Environment", value: "staging" });
    expect(thread?.messages[0]?.tags).toEqual(expect.arrayContaining(["ci", "review"]));
    expect(JSON.parse(recorded.outputs.payload ?? "")).toMatchObject({
      external_thread_id: thread?.external_thread_id,
      tags: expect.arrayContaining(["ci", "review"]),
    });
    expect(recorded.summary).toContain("posted in 1 attempt");
  });

  it("sends nothing on a dry run but prints and outputs the message", async () => {
    const { flow, token } = newFlow();
    const recorded = await runStep("issues", example("issues", "labeled"), {
      "flow-token": token,
      "dry-run": "true",
    });
    expect(emulator.threads(flow)).toEqual([]);
    expect(recorded.outputs).toMatchObject({ ok: "true", attempts: "0", skipped: "false" });
    const payload = JSON.parse(recorded.outputs.payload ?? "");
    expect(recorded.logs.join("\n")).toContain(JSON.stringify(payload, null, 2));
    expect(recorded.summary).toContain("dry run, nothing was sent");
  });

  it("reports this run in its thread when `status` is given, for any trigger", async () => {
    const { flow, token } = newFlow();
    const recorded = await runStep("push", example("push", ""), {
      "flow-token": token,
      status: "failure",
      colors: "failure=orange",
    });
    expect(recorded.failed).toBeUndefined();
    expect(recorded.outputs).toMatchObject({
      ok: "true",
      "thread-id": "github:octo-org/octo-repo:run:5550001",
      "status-value": "failure",
      "status-color": "orange",
    });
    const [thread] = emulator.threads(flow);
    expect(thread?.thread.status).toEqual({ value: "failure", color: "orange" });
    expect(thread?.thread.external_url).toMatch(
      /^https:\/\/github\.example\.com\/octo-org\/octo-repo\/actions\/runs\/5550001/,
    );
  });

  it("refuses a run number the runner would not write, rather than a run:NaN thread", async () => {
    const { flow, token } = newFlow();
    for (const [name, value] of [
      ["GITHUB_RUN_ID", "abc"],
      ["GITHUB_RUN_ID", "1e400"],
      ["GITHUB_RUN_ATTEMPT", "two"],
    ] as const) {
      const recorded = await runStep(
        "push",
        example("push", ""),
        { "flow-token": token, status: "success" },
        { [name]: value },
      );
      expect(recorded.failed).toBe(
        `${name} must be a whole number as the runner sets it (got "${value}").`,
      );
    }
    expect(emulator.threads(flow)).toHaveLength(0);
  });

  it("warns, and still succeeds, when the job summary cannot be written", async () => {
    const { token } = newFlow();
    const eventPath = join(folder, "summary-event.json");
    await writeFile(eventPath, JSON.stringify(example("issues", "opened")));
    const { core, recorded } = fakeToolkit({ "api-url": emulator.apiUrl, "flow-token": token });
    core.summary.write = () => Promise.reject(new Error("EACCES: permission denied"));
    await run(core, {
      GITHUB_EVENT_NAME: "issues",
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_STEP_SUMMARY: join(folder, "read-only"),
    });
    expect(recorded.failed).toBeUndefined();
    expect(recorded.outputs.ok).toBe("true");
    expect(recorded.warnings).toEqual([
      "Could not write the job summary: EACCES: permission denied",
    ]);
  });

  it("retries a 503 and counts the attempts", async () => {
    const { flow, token } = newFlow();
    const fault = await fetch(`${emulator.apiUrl}/api/faults`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ status: 503, times: 1 }),
    });
    expect(fault.ok).toBe(true);
    const recorded = await runStep("issues", example("issues", "opened"), { "flow-token": token });
    expect(recorded.outputs).toMatchObject({ ok: "true", attempts: "2" });
    expect(recorded.logs.join("\n")).toMatch(/Attempt 1 failed \(HTTP 503\b.*\); retrying in \d/);
    expect(emulator.threads(flow)[0]?.messages).toHaveLength(1);
  });

  it("keeps the token out of outputs and the summary when the payload and inputs hold it", async () => {
    const { flow, token } = newFlow();
    const payload = example("issues", "opened");
    payload.issue.title = `Leaked ${token} in the title`;
    payload.issue.body = `The token is ${token}, see \`${token}\`.`;
    payload.sender.login = token;
    for (const dryRun of ["false", "true"]) {
      const recorded = await runStep("issues", payload, {
        "flow-token": token,
        fields: `Secret=${token}`,
        tags: `${token}, ci`,
        "thread-id": `github:o/r:run:${token}`,
        "dry-run": dryRun,
      });
      expect(recorded.failed).toBeUndefined();
      expect(recorded.outputs.ok).toBe("true");
      expect(Object.keys(recorded.outputs)).toEqual(
        expect.arrayContaining(["payload", "thread-id"]),
      );
      expect(JSON.stringify(recorded.outputs)).not.toContain(token);
      expect(recorded.summary).toContain("Flowdock:");
      expect(recorded.summary).not.toContain(token);
      expect(recorded.logs.join("\n")).not.toContain(token);
      expect(recorded.outputs["thread-id"]).toBe(`github:o/r:run:${REDACTED}`);
    }
    // What was asked for is still delivered: the redaction is of what the step reports.
    expect(emulator.threads(flow)[0]?.external_thread_id).toBe(`github:o/r:run:${token}`);
  });

  it("keeps every part of the token out of outputs and the summary when a cut goes through it", async () => {
    const { token } = newFlow();
    const payload = example("issues", "opened");
    // The title is cut at 300 characters, the body at body-max-length, the field value at 1000.
    payload.issue.title = `${"t".repeat(280)} ${token}`;
    payload.issue.body = `Leaked: ${token}`;
    const recorded = await runStep("issues", payload, {
      "flow-token": token,
      "body-max-length": "40",
      fields: `Secret=${"v".repeat(985)} ${token}`,
    });
    expect(recorded.failed).toBeUndefined();
    const reported = [JSON.stringify(recorded.outputs), recorded.summary, ...recorded.logs];
    for (const text of reported) expect(text).not.toContain(token.slice(0, MIN_CUT_PREFIX));
    expect(recorded.outputs.payload).toContain(REDACTED);
  });

  it("keeps the token out of the step's report when the server echoes it encoded", async () => {
    const token = "tok<en>&'x+y z-0123456789";
    const html = token.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
    const echoes = [
      html,
      Buffer.from(token).toString("base64"),
      Buffer.from(`flow_token=${token}`).toString("base64"),
      new URLSearchParams({ t: token }).toString().slice(2),
      JSON.stringify(token).replaceAll("<", "\\u003c").slice(1, -1),
    ];
    const server = createServer((request, response) => {
      request.resume().on("end", () => {
        response.writeHead(400, { "content-type": "application/json" });
        response.end(
          JSON.stringify({ message: "Validation error", errors: { flow_token: echoes } }),
        );
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const payload = example("issues", "opened");
      payload.issue.title = `Leaked ${token}`;
      const recorded = await runStep("issues", payload, {
        "flow-token": token,
        "api-url": `http://127.0.0.1:${port}`,
        retries: "0",
      });
      expect(recorded.outputs.ok).toBe("false");
      const { outputs, failed, warnings, notices, logs, summary } = recorded;
      const report = JSON.stringify({ outputs, failed, warnings, notices, logs, summary });
      expect(recorded.warnings.join("\n")).toMatch(/Could not post to Flowdock/);
      for (const form of [token, ...echoes]) expect(report).not.toContain(form);
      expect(recorded.summary).not.toContain(html);
    } finally {
      server.close();
    }
  });

  it("refuses an api-url holding the token, without printing it or posting", async () => {
    const { flow, token } = newFlow();
    const recorded = await runStep("issues", example("issues", "opened"), {
      "flow-token": token,
      "api-url": `${emulator.apiUrl}/?flow_token=${token}`,
    });
    expect(recorded.failed).toMatch(/Input "api-url" must not hold the flow token/);
    const { failed, warnings, notices, logs, summary } = recorded;
    expect(JSON.stringify({ failed, warnings, notices, logs, summary })).not.toContain(
      "flow_token=",
    );
    expect(recorded.outputs).toEqual({});
    expect(emulator.threads(flow)).toEqual([]);
  });

  it("importing src/main.ts runs nothing: only src/index.ts calls run()", async () => {
    vi.resetModules();
    const write = vi.spyOn(process.stdout, "write").mockImplementation(() => true);
    let imported: { run?: unknown };
    try {
      imported = await import("./main.js");
    } finally {
      write.mockRestore();
    }
    expect(typeof imported.run).toBe("function");
    expect(write).not.toHaveBeenCalled();
    expect(process.exitCode ?? 0).toBe(0);
  });

  it("run() with no arguments uses @actions/core and the runner's environment", async () => {
    const { flow, token } = newFlow();
    const eventPath = join(folder, "defaults-event.json");
    const output = join(folder, "defaults-output");
    await writeFile(eventPath, JSON.stringify(example("issues", "opened")));
    await writeFile(output, "");
    vi.stubEnv("INPUT_FLOW-TOKEN", token);
    vi.stubEnv("INPUT_API-URL", emulator.apiUrl);
    vi.stubEnv("GITHUB_EVENT_NAME", "issues");
    vi.stubEnv("GITHUB_EVENT_PATH", eventPath);
    vi.stubEnv("GITHUB_OUTPUT", output);
    vi.stubEnv("GITHUB_STEP_SUMMARY", "");
    // The real @actions/core writes workflow commands to stdout; keep them out of the test's log.
    const write = vi.spyOn(process.stdout, "write").mockImplementation(() => true);
    try {
      await run();
    } finally {
      write.mockRestore();
      vi.unstubAllEnvs();
    }
    expect(process.exitCode ?? 0).toBe(0);
    expect(emulator.threads(flow)[0]?.external_thread_id).toBe(
      "github:Codertocat/Hello-World:issue:1",
    );
    const outputs = await readFile(output, "utf8");
    expect(outputs).toMatch(/^ok<<ghadelimiter_[0-9a-f-]{36}\ntrue\n/m);
    expect(outputs).not.toContain(token);
  });
});
