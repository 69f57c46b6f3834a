// The built action, started as the runner starts it on Node 24, renders an issue's Markdown body
// into safe HTML in the thread, and gives each message a random v4 uuid.
import { type Emulator, startEmulator } from "@flowdock-kit/emulator";
import { afterAll, beforeAll, expect, it } from "vitest";
import { example } from "../scripts/examples.mjs";
import { runAction } from "../scripts/simulate-runner.mjs";
import { expectTokenHidden } from "./runner-checks.js";

const TOKEN = "markdown-body-00112233445566778899aabbccddeeff";
let emulator: Emulator;

beforeAll(async () => {
  emulator = await startEmulator({
    port: 0,
    host: "127.0.0.1",
    flows: [{ name: "main", token: TOKEN }],
  });
});

afterAll(async () => {
  await emulator?.close();
});

function threadOf(threadId: string | undefined) {
  const thread = emulator.threads("main").find((t) => t.external_thread_id === threadId);
  if (!thread) throw new Error(`no thread ${threadId}`);
  return thread;
}

it("renders a Markdown body safely: formatting, a GFM table, no javascript: link", async () => {
  // A real payload whose body has the Markdown a plain-text example lacks.
  const payload = example("issues", "opened");
  payload.issue.number = 9124;
  payload.issue.body = [
    "Steps to **reproduce**:",
    "",
    "- open `README.md`",
    "- [click here](javascript:alert(1))",
    "- <img src=x onerror=alert(1)>",
    "",
    "| before | after |",
    "| --- | --- |",
    "| commmit | commit |",
  ].join("\r\n");
  const step = await runAction({
    eventName: "issues",
    payload,
    inputs: { "flow-token": TOKEN, "api-url": emulator.apiUrl },
  });
  expect(step.code, `${step.stdout}\n${step.stderr}`).toBe(0);
  expectTokenHidden(step, TOKEN);
  const body = threadOf(step.outputs["thread-id"]).thread.body ?? "";
  expect(body).toContain("<strong>reproduce</strong>");
  expect(body).toContain("<li>open <code>README.md</code></li>");
  expect(body).toContain("<td>commmit</td>");
  expect(body).toContain("click here");
  expect(body).not.toMatch(/javascript:/i);
  expect(body).not.toMatch(/<img/i);
});

it("posts a plain issue with a random v4 uuid, twice with two uuids", async () => {
  const uuids = [];
  for (const number of [9125, 9126]) {
    const payload = example("issues", "opened");
    payload.issue.number = number;
    const step = await runAction({
      eventName: "issues",
      payload,
      inputs: { "flow-token": TOKEN, "api-url": emulator.apiUrl },
    });
    expect(step.outputs.ok, step.stdout).toBe("true");
    expect(JSON.parse(step.outputs.payload ?? "").thread.title).toBe(payload.issue.title);
    expect(step.summary).toContain("posted in 1 attempt");
    uuids.push(threadOf(step.outputs["thread-id"]).messages.at(-1)?.uuid);
  }
  for (const uuid of uuids) {
    expect(uuid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  }
  expect(uuids[0]).not.toBe(uuids[1]);
});
