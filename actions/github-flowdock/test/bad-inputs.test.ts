// What a workflow author sees when something is wrong, from the built action started as the runner
// starts it: the step's exit code, its annotations, outputs and summary.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Emulator, startEmulator } from "@flowdock-kit/emulator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { example } from "../scripts/examples.mjs";
import { runAction, type StepResult } from "../scripts/simulate-runner.mjs";
import { commands, expectMaskedFirst, expectTokenHidden } from "./runner-checks.js";

const TOKEN = "bad-inputs-5e4d3c2b1a09f8e7d6c5b4a392817065";
const GONE_TOKEN = "bad-inputs-gone-0a1b2c3d4e5f60718293a4b5c6d7e8f9";
let emulator: Emulator;
let deadUrl: string;

beforeAll(async () => {
  emulator = await startEmulator({
    port: 0,
    host: "127.0.0.1",
    flows: [
      { name: "main", token: TOKEN },
      { name: "gone", token: GONE_TOKEN },
    ],
  });
  // A port that was just free: nothing listens there any more.
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  deadUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  await new Promise((resolve) => server.close(resolve));
});

afterAll(async () => {
  await emulator?.close();
});

function step(
  inputs: Record<string, string>,
  options: { eventPath?: string; eventName?: string } = {},
) {
  return runAction({
    eventName: options.eventName ?? "issues",
    payload: example("issues", "opened"),
    ...(options.eventPath ? { eventPath: options.eventPath } : {}),
    inputs: { "api-url": emulator.apiUrl, ...inputs },
  });
}

function expectStepFailed(result: StepResult, message: RegExp): void {
  expect(result.code, result.stdout).toBe(1);
  const errors = commands(result, "error");
  expect(errors).toHaveLength(1);
  expect(errors[0]).toMatch(message);
}

describe("a bad input fails the step with an error naming it", () => {
  it("missing flow-token", async () => {
    const result = await step({});
    expectStepFailed(result, /Input "flow-token" is required/);
    expect(result.stdout).not.toContain("::add-mask::");
    expect(emulator.threads("main")).toHaveLength(0);
  });

  it.each([
    [{ colors: "merged=violet" }, /Input "colors" is invalid: .*violet/],
    [{ colors: "merged=purple, cancelled=yellow, open=" }, /Input "colors" is invalid/],
    [
      { fields: "Environment=production\nOwner" },
      /Input "fields" line 2 must look like "Label=Value", got "Owner"/,
    ],
    [{ "include-body": "sometimes" }, /Input "include-body" must be true or false/],
    [{ retries: "many" }, /Input "retries" must be a whole number/],
    [{ status: "green" }, /Input "status" must be one of success, failure, cancelled/],
  ])("%j", async (inputs, message) => {
    const result = await step({ "flow-token": TOKEN, ...inputs });
    expectStepFailed(result, message);
    expectMaskedFirst(result, TOKEN);
    expectTokenHidden(result, TOKEN);
    expect(result.outputs).toEqual({});
  });

  it("a token pasted into another input is redacted in the error", async () => {
    const pasted = await step({ "flow-token": TOKEN, fields: `${TOKEN}` });
    expectStepFailed(pasted, /Input "fields" line 1 .*got "\[REDACTED\]"/);
    expectTokenHidden(pasted, TOKEN);
  });

  it.each([
    ["?flow_token=", (url: string) => `${url}/?flow_token=${TOKEN}`],
    ["the path", (url: string) => `${url}/${TOKEN}`],
    ["the token alone", () => TOKEN],
  ])("an api-url holding the token in %s is refused, without printing it", async (_, apiUrl) => {
    const result = await step({ "flow-token": TOKEN, "api-url": apiUrl(emulator.apiUrl) });
    expectStepFailed(result, /Input "api-url" must not hold the flow token/);
    expectTokenHidden(result, TOKEN);
    expect(result.outputs).toEqual({});
    expect(emulator.threads("main")).toHaveLength(0);
  });

  it("an unreadable event file", async () => {
    const result = await step(
      { "flow-token": TOKEN },
      { eventPath: join(tmpdir(), "gh-flowdock-no-such-folder", "event.json") },
    );
    expectStepFailed(result, /Cannot read the event payload at GITHUB_EVENT_PATH .*ENOENT/);
    expectTokenHidden(result, TOKEN);
  });
});

it("an event it does not post is a notice, skipped=true and a green step", async () => {
  const result = await step({ "flow-token": TOKEN }, { eventName: "gollum" });
  expect(result.code).toBe(0);
  expect(commands(result, "notice")[0]).toMatch(
    /Nothing posted to Flowdock: .*"gollum".*not supported/,
  );
  expect(result.outputs).toEqual({ ok: "true", skipped: "true", attempts: "0" });
  expect(result.summary).toContain("Nothing posted");
  expectTokenHidden(result, TOKEN);
});

describe("a failed delivery", () => {
  it("is a warning with ok=false by default when Flowdock cannot be reached", async () => {
    const result = await step({ "flow-token": TOKEN, "api-url": deadUrl, retries: "1" });
    expect(result.code, result.stdout).toBe(0);
    expect(commands(result, "warning")[0]).toMatch(/Could not post to Flowdock: .*ECONNREFUSED/);
    expect(commands(result, "error")).toEqual([]);
    expect(result.outputs).toMatchObject({ ok: "false", skipped: "false", attempts: "2" });
    expect(result.outputs["thread-id"]).toBe("github:Codertocat/Hello-World:issue:1");
    expect(result.summary).toMatch(/not delivered<\/b> after 2 attempts/);
    expectTokenHidden(result, TOKEN);
  });

  it("fails the step with fail-on-error", async () => {
    const result = await step({
      "flow-token": TOKEN,
      "api-url": deadUrl,
      retries: "0",
      "fail-on-error": "true",
    });
    expectStepFailed(result, /Could not post to Flowdock: .*ECONNREFUSED/);
    expect(result.outputs).toMatchObject({ ok: "false", attempts: "1" });
    expectTokenHidden(result, TOKEN);
  });

  it("says the source is gone on 410, without retrying, as a warning or a failure", async () => {
    emulator.removeSource(GONE_TOKEN);
    const warned = await step({ "flow-token": GONE_TOKEN });
    expect(warned.code).toBe(0);
    expect(commands(warned, "warning")[0]).toMatch(/Could not post to Flowdock: .*410/);
    expect(warned.outputs).toMatchObject({ ok: "false", attempts: "1" });
    expectTokenHidden(warned, GONE_TOKEN);

    const failed = await step({ "flow-token": GONE_TOKEN, "fail-on-error": "true" });
    expectStepFailed(failed, /410/);
    expectTokenHidden(failed, GONE_TOKEN);
    expect(emulator.threads("gone")).toHaveLength(0);
  });
});
