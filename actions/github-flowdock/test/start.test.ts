import { spawn } from "node:child_process";
import { once } from "node:events";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";

// The README's quick start: `npm start` replays real events through the built action.
const START = fileURLToPath(new URL("../../../scripts/start.mjs", import.meta.url));

it("npm start replays the demo events through the built action into six threads", {
  timeout: 120_000,
}, async () => {
  const start = spawn(process.execPath, [START], {
    // Everything is built before the tests run; a second turbo would restore dist/ files under them.
    env: { ...process.env, PORT: "0", FLOWDOCK_DEMO_BUILT: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const exited = once(start, "exit");
  try {
    const lines: string[] = [];
    for await (const line of createInterface({ input: start.stdout })) {
      lines.push(line);
      if (line.includes("Ctrl-C to stop")) break;
    }
    const output = lines.join("\n");
    expect(lines[0], output).toMatch(/^Flowdock emulator inbox: http:\/\/127\.0\.0\.1:\d+$/);
    expect(output).not.toContain("FAILED");
    expect(lines.filter((line) => line.includes(" → github:")).length, output).toBe(20);
    expect(output).toContain('6 threads in flow "demo"');
    start.kill("SIGINT");
    expect(await exited).toEqual([0, null]);
  } finally {
    if (start.exitCode === null && start.signalCode === null) start.kill("SIGKILL");
  }
});
