// "Report this run" from the built action: the last step of any workflow, `if: always()`.
import { type Emulator, startEmulator } from "@flowdock-kit/emulator";
import { afterAll, beforeAll, expect, it } from "vitest";
import { example } from "../scripts/examples.mjs";
import { runAction } from "../scripts/simulate-runner.mjs";
import { expectTokenHidden } from "./runner-checks.js";

const TOKEN = "report-run-0f1e2d3c4b5a69788796a5b4c3d2e1f0";
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

it("posts the job status of a push run to the run's thread, from the runner's GITHUB_* context", async () => {
  const context = {
    GITHUB_REPOSITORY: "octo-org/octo-repo",
    GITHUB_SERVER_URL: "https://ghes.example.com",
    GITHUB_RUN_ID: "7000001",
    GITHUB_RUN_NUMBER: "88",
    GITHUB_RUN_ATTEMPT: "1",
    GITHUB_WORKFLOW: "Deploy",
  };
  const run = (status: string) =>
    runAction({
      eventName: "push",
      payload: example("push", ""),
      context,
      inputs: { "flow-token": TOKEN, "api-url": emulator.apiUrl, status },
    });

  const failed = await run("failure");
  expect(failed.code, failed.stdout).toBe(0);
  expect(failed.outputs).toMatchObject({
    ok: "true",
    skipped: "false",
    "thread-id": "github:octo-org/octo-repo:run:7000001",
    "status-value": "failure",
    "status-color": "red",
  });
  expect(failed.summary).toContain(
    'href="https://ghes.example.com/octo-org/octo-repo/actions/runs/7000001',
  );
  expectTokenHidden(failed, TOKEN);

  // The re-run that passes lands in the same thread, now green.
  const passed = await run("success");
  expect(passed.outputs).toMatchObject({ "status-value": "success", "status-color": "green" });
  const [thread] = emulator.threads("main");
  expect(emulator.threads("main")).toHaveLength(1);
  expect(thread?.thread.status).toEqual({ value: "success", color: "green" });
  expect(thread?.messages).toHaveLength(2);
});
