// Cold start of the built action on Node 24, end to end over HTTPS: `node dist/index.cjs` on an
// issues.opened payload, started as the runner starts it (INPUT_* variables, event file,
// GITHUB_OUTPUT and step summary files), posting to a local TLS server, until exit. Paired run by
// run with a floor: a minimal CommonJS script that reads the event and POSTs one JSON body with
// node:https. Both trust the server's test certificate through NODE_EXTRA_CA_CERTS.
//
//   npm run bench -w github-flowdock [-- --runs 30] [-- --action path/to/other-build.js]
import { execFile, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { mkdtemp, rm, stat, writeFile } from "node:fs/promises";
import { createServer } from "node:https";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { example } from "../scripts/examples.mjs";
import { actionDir, actionMain, resolveNode24, runnerEnv } from "../scripts/simulate-runner.mjs";

const option = (name, fallback) => {
  const index = process.argv.indexOf(name);
  return index > 0 ? process.argv[index + 1] : fallback;
};
const RUNS = Number(option("--runs", "30"));
const ACTION = resolve(option("--action", join(actionDir, actionMain())));
const WARMUP = 3;
const TOKEN = "bench-0123456789abcdef0123456789abcdef";
const TIME = "/usr/bin/time";
const fixtures = join(actionDir, "test", "fixtures");
const certPath = join(fixtures, "localhost-cert.pem");

const FLOOR = `"use strict";
const fs = require("node:fs");
const https = require("node:https");
const event = JSON.parse(fs.readFileSync(process.env.GITHUB_EVENT_PATH, "utf8"));
const body = JSON.stringify({
  flow_token: process.env["INPUT_FLOW-TOKEN"],
  event: "activity",
  title: "opened issue",
  author: { name: event.sender.login },
  external_thread_id: "github:" + event.repository.full_name + ":issue:" + event.issue.number,
  thread: { title: event.issue.title, external_url: event.issue.html_url },
});
const url = new URL(process.env["INPUT_API-URL"] + "/messages");
const req = https.request(url, { method: "POST", headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) } }, (res) => {
  res.resume();
  res.on("end", () => process.exit(res.statusCode < 300 ? 0 : 1));
});
req.end(body);
`;

const node = await resolveNode24();
if (!node) throw new Error("the benchmark runs on Node 24: `npx -y -p node@24 node` failed");

const server = createServer(
  { key: readFileSync(join(fixtures, "localhost-key.pem")), cert: readFileSync(certPath) },
  (req, res) => {
    req.resume();
    req.on("end", () => res.writeHead(202, { "content-type": "application/json" }).end("{}"));
  },
);
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
const apiUrl = `https://localhost:${server.address().port}`;

const temp = await mkdtemp(join(tmpdir(), "gh-flowdock-bench-"));
const files = {
  temp,
  event: join(temp, "event.json"),
  output: join(temp, "output"),
  summary: join(temp, "summary"),
  env: join(temp, "env"),
  path: join(temp, "path"),
  state: join(temp, "state"),
};
await writeFile(files.event, JSON.stringify(example("issues", "opened")));
const floorPath = join(temp, "floor.cjs");
await writeFile(floorPath, FLOOR);
const env = {
  ...runnerEnv({ eventName: "issues", files, inputs: { "flow-token": TOKEN, "api-url": apiUrl } }),
  NODE_EXTRA_CA_CERTS: certPath,
};

/** One start to exit: wall and CPU (user + system) milliseconds, peak RSS in MB (/usr/bin/time). */
async function once(script) {
  await Promise.all(["output", "summary"].map((key) => writeFile(files[key], "")));
  const start = performance.now();
  const { code, stderr } = await new Promise((resolve, reject) => {
    const child = spawn(TIME, ["-f", "%U %S %M", node, script], {
      cwd: temp,
      env,
      stdio: ["ignore", "ignore", "pipe"],
    });
    let err = "";
    child.stderr.setEncoding("utf8").on("data", (chunk) => (err += chunk));
    child.on("error", reject);
    child.on("close", (exit) => resolve({ code: exit, stderr: err }));
  });
  const ms = performance.now() - start;
  if (code !== 0) throw new Error(`${script} exited with ${code}: ${stderr}`);
  const [user, system, kb] = stderr.trim().split("\n").pop().split(" ").map(Number);
  return { ms, cpuMs: (user + system) * 1000, rssMb: kb / 1024 };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

try {
  for (let i = 0; i < WARMUP; i++) {
    await once(ACTION);
    await once(floorPath);
  }
  const pairs = [];
  for (let i = 0; i < RUNS; i++) {
    // Alternate which goes first so neither always runs on a warmer machine.
    const actionFirst = i % 2 === 0;
    const early = actionFirst ? await once(ACTION) : await once(floorPath);
    const late = actionFirst ? await once(floorPath) : await once(ACTION);
    pairs.push(actionFirst ? { action: early, floor: late } : { action: late, floor: early });
  }
  const version = await new Promise((resolve) =>
    execFile(node, ["-v"], (_, stdout) => resolve(stdout.trim())),
  );
  const { size } = await stat(ACTION);
  // /usr/bin/time prints CPU seconds to two decimals: the mean of many runs is finer than any one.
  const mean = (values) => values.reduce((sum, value) => sum + value, 0) / values.length;
  const row = (name, runs) =>
    `| ${name} | ${median(runs.map((r) => r.ms)).toFixed(1)} | ${mean(runs.map((r) => r.cpuMs)).toFixed(1)} | ${median(runs.map((r) => r.rssMb)).toFixed(1)} |`;
  const wallRatio = median(pairs.map((p) => p.action.ms / p.floor.ms)).toFixed(2);
  const cpuRatio = (
    mean(pairs.map((p) => p.action.cpuMs)) / mean(pairs.map((p) => p.floor.cpuMs))
  ).toFixed(2);
  console.log(
    `cold start on Node ${version}, issues.opened → local HTTPS server, ${RUNS} paired runs`,
  );
  console.log("| | wall ms (median) | CPU ms, user + sys (mean) | peak RSS MB (median) |");
  console.log("|---|---|---|---|");
  console.log(
    row(
      `action (${relative(actionDir, ACTION)}, ${(size / 1024).toFixed(0)} KB)`,
      pairs.map((p) => p.action),
    ),
  );
  console.log(
    row(
      "floor (node:https POST)",
      pairs.map((p) => p.floor),
    ),
  );
  // CPU time varies less than wall time on a busy machine.
  console.log(`ratio: ${wallRatio}× wall (median of pairs), ${cpuRatio}× CPU (ratio of means)`);
} finally {
  server.close();
  await rm(temp, { recursive: true, force: true });
}
