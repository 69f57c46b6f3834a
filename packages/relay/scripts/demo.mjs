// `npm run demo -w @flowdock-kit/relay`: the emulator (its inbox URL is the first line printed),
// a real `flowdock-relay` process routing every repository to it, and real GitHub webhook payloads
// signed with the relay's secret and posted to it as GitHub would. Serves until Ctrl-C.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..", "..");
const dim = (text) => (process.stderr.isTTY ? `\x1b[2m${text}\x1b[0m` : text);

process.stderr.write(
  dim("Building the relay and the emulator (turbo; cached after the first run)…\n"),
);
const build = spawnSync(
  "npx",
  [
    "turbo",
    "run",
    "build",
    "--filter=@flowdock-kit/relay...",
    "--filter=@flowdock-kit/emulator",
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
const { sign } = await import("@octokit/webhooks-methods");

const token = randomBytes(16).toString("hex");
const secret = randomBytes(20).toString("hex");
const emulator = await listen(Number(process.env.PORT || 8080));
console.log(`Flowdock emulator inbox: ${emulator.url}`);

async function listen(port) {
  const options = { host: "127.0.0.1", flows: [{ name: "demo", token }] };
  try {
    return await startEmulator({ ...options, port });
  } catch (error) {
    if (error?.code !== "EADDRINUSE" && error?.cause?.code !== "EADDRINUSE") throw error;
    process.stderr.write(dim(`Port ${port} is busy; using a free one.\n`));
    return startEmulator({ ...options, port: 0 });
  }
}

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

const examplesRoot = dirname(
  createRequire(import.meta.url).resolve("@octokit/webhooks-examples/package.json"),
);
const definitions = JSON.parse(
  readFileSync(join(examplesRoot, "api.github.com", "index.json"), "utf8"),
);
const example = (event, action) =>
  definitions
    .find((d) => d.name === event)
    ?.examples.find((e) => action === undefined || e.action === action);

const story = [
  ["ping", undefined],
  ["issues", "opened"],
  ["issues", "labeled"],
  ["issue_comment", "created"],
  ["pull_request", "opened"],
  ["pull_request_review", "submitted"],
  ["pull_request", "closed"],
  ["workflow_run", "requested"],
  ["workflow_run", "completed"],
  ["star", "created"],
];
for (const [event, action] of story) {
  const payload = example(event, action);
  if (payload === undefined) continue;
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
    dim(`  ${event}${action ? `.${action}` : ""} → ${response.status} ${answer.message}`),
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
