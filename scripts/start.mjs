// `npm start`: a local Flowdock with real GitHub activity in it. Builds what the demo needs, starts
// the emulator (its inbox URL is the first line printed), then replays real webhook payloads
// through the BUILT GitHub Action, started as the Actions runner starts it, and keeps serving
// until Ctrl-C.
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dim = (text) => (process.stderr.isTTY ? `\x1b[2m${text}\x1b[0m` : text);

// Progress goes to stderr so that the inbox URL is the first line on stdout.
process.stderr.write(
  dim("Building the action and the emulator (turbo; cached after the first run)…\n"),
);
const build = spawnSync(
  "npx",
  [
    "turbo",
    "run",
    "build",
    "--filter=github-flowdock...",
    "--output-logs=errors-only",
    "--ui=stream",
  ],
  {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1" },
  },
);
if (build.status !== 0) {
  console.error("The build failed; see the errors above (run `npm ci` first on a fresh clone).");
  process.exit(build.status ?? 1);
}

const { startEmulator } = await import("@flowdock-kit/emulator");
const { runAction } = await import("../actions/github-flowdock/scripts/simulate-runner.mjs");
const { demoEvents } = await import("./demo-events.mjs");

const token = randomBytes(16).toString("hex");
const flow = "demo";
// biome-ignore lint/suspicious/noUndeclaredEnvVars: `npm start` is not a turbo task
const emulator = await listen(Number(process.env.PORT || 8080));
console.log(`Flowdock emulator inbox: ${emulator.url}`);
console.log(dim(`Messages API: ${emulator.apiUrl}/messages (flow "${flow}", token ${token})`));

async function listen(port) {
  const options = { host: "127.0.0.1", flows: [{ name: flow, token }] };
  try {
    return await startEmulator({ ...options, port });
  } catch (error) {
    if (error?.code !== "EADDRINUSE" && error?.cause?.code !== "EADDRINUSE") throw error;
    process.stderr.write(dim(`Port ${port} is busy; using a free one.\n`));
    return startEmulator({ ...options, port: 0 });
  }
}

let shuttingDown = false;
async function shutDown() {
  if (shuttingDown) return;
  shuttingDown = true;
  await emulator.close();
  process.exit(0);
}
process.on("SIGINT", shutDown);
process.on("SIGTERM", shutDown);

// Real payloads from @octokit/webhooks-examples, changed only where the examples lack a state.
for (const [eventName, payload] of demoEvents()) {
  const step = await runAction({
    eventName,
    payload,
    inputs: { "flow-token": token, "api-url": emulator.apiUrl },
  });
  const {
    ok,
    skipped,
    "thread-id": threadId,
    "status-value": value,
    "status-color": color,
  } = step.outputs;
  const what = `${eventName}${payload.action ? `.${payload.action}` : ""}`.padEnd(30);
  if (step.code !== 0 || ok !== "true") {
    console.log(`${what} FAILED (exit ${step.code})\n${step.stdout}${step.stderr}`);
  } else if (skipped === "true") {
    console.log(`${what} skipped: ${step.stdout.match(/::notice::(.*)/)?.[1] ?? ""}`);
  } else {
    console.log(`${what} → ${threadId}${value ? `  ${value} (${color})` : ""}`);
  }
}

const threads = emulator.threads(flow);
console.log(
  `\n${threads.length} threads in flow "${flow}". Open ${emulator.url} to see them; Ctrl-C to stop.`,
);
