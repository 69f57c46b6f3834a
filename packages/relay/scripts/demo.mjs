// `npm run demo -w @flowdock-kit/relay`: the emulator (its inbox URL is the first line printed),
// a real `flowdock-relay` process routing every repository to it, and real GitHub webhook payloads
// signed with the relay's secret and posted to it as GitHub would. Serves until Ctrl-C.
import { spawn } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build, dim, startDemoEmulator } from "../../../scripts/demo-kit.mjs";

const here = dirname(fileURLToPath(import.meta.url));

build(["@flowdock-kit/relay...", "@flowdock-kit/emulator"], "the relay and the emulator");

const { sign } = await import("@octokit/webhooks-methods");
const { example } = await import("../../../actions/github-flowdock/scripts/examples.mjs");
const { demoEvents } = await import("../../../scripts/demo-events.mjs");

const token = randomBytes(16).toString("hex");
const secret = randomBytes(20).toString("hex");
const emulator = await startDemoEmulator({ flow: "demo", token });
console.log(`Flowdock emulator inbox: ${emulator.url}`);

const dir = mkdtempSync(join(tmpdir(), "flowdock-relay-demo-"));
const config = join(dir, "relay.yml");
writeFileSync(
  config,
  `api_url: ${emulator.apiUrl}
routes:
  - repositories: ["*/*"]
    flow_token_env: FLOWDOCK_TOKEN
    tags: [github]
`,
);
const relay = spawn(
  process.execPath,
  [
    join(here, "..", "bin", "flowdock-relay.js"),
    "--config",
    config,
    "--secret-env",
    "WEBHOOK_SECRET",
    "--data",
    join(dir, "data"),
    "--port",
    "0",
  ],
  {
    env: { ...process.env, WEBHOOK_SECRET: secret, FLOWDOCK_TOKEN: token },
    stdio: ["ignore", "pipe", "ignore"],
  },
);
const relayUrl = await new Promise((resolve, reject) => {
  let out = "";
  relay.stdout.setEncoding("utf8").on("data", (chunk) => {
    out += chunk;
    if (out.includes("\n")) resolve(out.slice(0, out.indexOf("\n")));
  });
  relay.once("exit", (code) => reject(new Error(`flowdock-relay exited with ${code}`)));
});
console.log(dim(`flowdock-relay: ${relayUrl}/github (its data in ${dir})`));

// What `npm start` replays through the action, framed by a ping and an event the relay skips.
const story = [
  ["ping", example("ping", "")],
  ...demoEvents(),
  ["star", example("star", "created")],
];
for (const [event, payload] of story) {
  const body = JSON.stringify(payload);
  const response = await fetch(`${relayUrl}/github`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-github-event": event,
      "x-github-delivery": randomUUID(),
      "x-hub-signature-256": await sign(secret, body),
    },
    body,
  });
  const answer = await response.json();
  console.log(
    dim(
      `  ${event}${payload.action ? `.${payload.action}` : ""} → ${response.status} ${answer.message}`,
    ),
  );
}
console.log(dim("Open the inbox URL above; Ctrl-C stops the relay and the emulator."));

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  relay.kill("SIGTERM");
  await new Promise((resolve) =>
    relay.exitCode === null ? relay.once("exit", resolve) : resolve(),
  );
  await emulator.close();
  rmSync(dir, { recursive: true, force: true });
  process.exit(0);
};
process.once("SIGINT", stop);
process.once("SIGTERM", stop);
