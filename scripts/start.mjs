// `npm start`: a local Flowdock with real GitHub activity in it. Builds what the demo needs, starts
// the emulator (its inbox URL is the first line printed), then replays real webhook payloads
// through the BUILT GitHub Action, started as the Actions runner starts it, and keeps serving
// until Ctrl-C.
import { randomBytes } from "node:crypto";
import { build, dim, startDemoEmulator } from "./demo-kit.mjs";

build(["github-flowdock..."], "the action and the emulator");

const { runAction } = await import("../actions/github-flowdock/scripts/simulate-runner.mjs");
const { demoEvents } = await import("./demo-events.mjs");

const token = randomBytes(16).toString("hex");
const flow = "demo";
const emulator = await startDemoEmulator({ flow, token });
console.log(`Flowdock emulator inbox: ${emulator.url}`);
console.log(dim(`Messages API: ${emulator.apiUrl}/messages (flow "${flow}", token ${token})`));

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
