// `npx @github/local-action run . src/main.ts .env`, as the action's README says, posts to the
// emulator: run() from src/main.ts works with no arguments, under GitHub's own local runner.
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import { type Emulator, startEmulator } from "@flowdock-kit/emulator";
import { afterAll, beforeAll, expect, it } from "vitest";
import { example } from "../scripts/examples.mjs";
import { actionDir } from "../scripts/simulate-runner.mjs";

const TOKEN = "local-action-00112233445566778899aabbccddeeff";
// The package exports only its TypeScript source; its command sits beside it.
const localAction = join(
  dirname(createRequire(import.meta.url).resolve("@github/local-action")),
  "..",
  "bin",
  "local-action.js",
);
let emulator: Emulator;
let temp: string;

beforeAll(async () => {
  emulator = await startEmulator({
    port: 0,
    host: "127.0.0.1",
    flows: [{ name: "main", token: TOKEN }],
  });
  temp = await mkdtemp(join(tmpdir(), "gh-flowdock-local-action-"));
});

afterAll(async () => {
  await emulator?.close();
  await rm(temp, { recursive: true, force: true });
});

it("runs src/main.ts under @github/local-action and posts the event", async () => {
  const event = join(temp, "event.json");
  const summary = join(temp, "summary.md");
  await writeFile(event, JSON.stringify(example("issues", "opened")));
  await writeFile(summary, "");
  const dotenv = join(temp, ".env");
  await writeFile(
    dotenv,
    [
      `INPUT_FLOW-TOKEN=${TOKEN}`,
      `INPUT_API-URL=${emulator.apiUrl}`,
      "INPUT_TAGS=local",
      "GITHUB_EVENT_NAME=issues",
      `GITHUB_EVENT_PATH=${event}`,
      `GITHUB_STEP_SUMMARY=${summary}`,
    ].join("\n"),
  );
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [localAction, "run", ".", "src/main.ts", dotenv],
    { cwd: actionDir, env: { PATH: process.env.PATH, HOME: process.env.HOME ?? temp } },
  );
  const [thread] = emulator.threads("main");
  expect(thread?.external_thread_id, stdout).toBe("github:Codertocat/Hello-World:issue:1");
  expect(thread?.messages[0]?.tags).toContain("local");
  expect(await readFile(summary, "utf8")).toContain("posted in 1 attempt");
  expect(stdout.replaceAll(`::add-mask::${TOKEN}`, "")).not.toContain(TOKEN);
});
