import { spawn } from "node:child_process";
import { once } from "node:events";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { afterEach, expect, it } from "vitest";
import { cleanup, runCleanup } from "./support/relay.js";

// The README's one-command try-out: `npm run demo -w @flowdock-kit/relay`.
const DEMO = fileURLToPath(new URL("../scripts/demo.mjs", import.meta.url));

afterEach(runCleanup);

it("the demo turns real signed payloads into the six threads npm start shows", {
  timeout: 120_000,
}, async () => {
  const demo = spawn(process.execPath, [DEMO], {
    env: { ...process.env, PORT: "0", FLOWDOCK_DEMO_BUILT: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const exited = once(demo, "exit");
  cleanup.push(async () => {
    if (demo.exitCode === null && demo.signalCode === null) demo.kill("SIGKILL");
    await exited;
  });
  const lines: string[] = [];
  for await (const line of createInterface({ input: demo.stdout })) {
    lines.push(line);
    if (line.includes("Ctrl-C stops")) break;
  }
  const inbox = /^Flowdock emulator inbox: (http:\/\/127\.0\.0\.1:\d+)$/.exec(lines[0] ?? "")?.[1];
  expect(inbox, lines.join("\n")).toBeDefined();
  expect(lines).toContain("  star.created → 202 accepted, nothing to post");
  expect(lines.filter((line) => line.includes("→ 202 accepted")).length).toBe(21);

  // The relay delivers in the background: each update of the live page is a chance to look.
  const events = await fetch(`${inbox}/events`);
  const reader = events.body?.getReader();
  const flow = async () =>
    (
      (await (await fetch(`${inbox}/api/flows`)).json()) as {
        name: string;
        threads: number;
        messages: number;
      }[]
    ).find((f) => f.name === "demo");
  while (((await flow())?.messages ?? 0) < 20) {
    if ((await reader?.read())?.done !== false) break;
  }
  await reader?.cancel();
  expect(await flow()).toMatchObject({ threads: 6, messages: 20 });

  demo.kill("SIGINT");
  expect(await exited).toEqual([0, null]);
});
