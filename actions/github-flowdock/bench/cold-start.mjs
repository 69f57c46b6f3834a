// Cold start of the built action, end to end: `node dist/index.js` on an issues.opened payload,
// started as the runner starts it (INPUT_* variables, event file, GITHUB_OUTPUT and step summary
// files), posting to a local server, until exit. Paired run by run with a floor: a minimal
// CommonJS script that reads the event and POSTs one JSON body with node:http.
//
//   node bench/cold-start.mjs [--runs 40]
//   node bench/cold-start.mjs --breakdown [--runs 30]
//
// --breakdown measures, on Node 24, what the costliest parts add to a start: it builds the action
// again with each of them replaced by a stand-in (bench/stand-ins.mjs) and with all of them.
//
// The children get the runner's environment, not this shell's: NODE_EXTRA_CA_CERTS (exported on
// this machine, not on GitHub's runners) costs ~50 ms per start and is left out.
import { execFile, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm, stat, writeFile } from "node:fs/promises";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { promisify } from "node:util";
import { example } from "../scripts/examples.mjs";
import { actionDir, resolveNode24, runnerEnv } from "../scripts/simulate-runner.mjs";

const runsFlag = process.argv.indexOf("--runs");
const RUNS = runsFlag > 0 ? Number(process.argv[runsFlag + 1]) : 40;
const BREAKDOWN = process.argv.includes("--breakdown");
const WARMUP = 3;
const TOKEN = "bench-0123456789abcdef0123456789abcdef";
const TIME = existsSync("/usr/bin/time") ? "/usr/bin/time" : undefined;

const FLOOR = `"use strict";
const fs = require("node:fs");
const http = require("node:http");
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
const req = http.request(url, { method: "POST", headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) } }, (res) => {
  res.resume();
  res.on("end", () => process.exit(res.statusCode < 300 ? 0 : 1));
});
req.end(body);
`;

const server = createServer((req, res) => {
  req.resume();
  req.on("end", () => res.writeHead(202, { "content-type": "application/json" }).end("{}"));
});
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
const apiUrl = `http://127.0.0.1:${server.address().port}`;

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
const env = runnerEnv({
  eventName: "issues",
  files,
  inputs: { "flow-token": TOKEN, "api-url": apiUrl },
});

/** One start to exit: wall milliseconds and peak RSS in MB (from /usr/bin/time when present). */
async function once(node, script) {
  await Promise.all(["output", "summary"].map((key) => writeFile(files[key], "")));
  const [command, args] = TIME ? [TIME, ["-f", "%M", node, script]] : [node, [script]];
  const start = performance.now();
  const { code, stderr } = await new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: temp, env, stdio: ["ignore", "ignore", "pipe"] });
    let err = "";
    child.stderr.setEncoding("utf8").on("data", (chunk) => (err += chunk));
    child.on("error", reject);
    child.on("close", (exit) => resolve({ code: exit, stderr: err }));
  });
  const ms = performance.now() - start;
  if (code !== 0) throw new Error(`${script} exited with ${code}: ${stderr}`);
  const kb = TIME ? Number(stderr.trim().split("\n").pop()) : Number.NaN;
  return { ms, rssMb: kb / 1024 };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

async function measure(name, node, action = join(actionDir, "dist", "index.js")) {
  for (let i = 0; i < WARMUP; i++) {
    await once(node, action);
    await once(node, floorPath);
  }
  const pairs = [];
  for (let i = 0; i < RUNS; i++) {
    // Alternate which goes first so neither always runs on a warmer machine.
    const first = i % 2 === 0;
    const a = first ? await once(node, action) : undefined;
    const f = await once(node, floorPath);
    const b = first ? a : await once(node, action);
    pairs.push({ action: b, floor: f });
  }
  const version = await new Promise((resolve) =>
    execFile(node, ["-v"], (_, stdout) => resolve(stdout.trim())),
  );
  return {
    name: `${name} (${version})`,
    action: median(pairs.map((p) => p.action.ms)),
    floor: median(pairs.map((p) => p.floor.ms)),
    ratio: median(pairs.map((p) => p.action.ms / p.floor.ms)),
    actionRss: median(pairs.map((p) => p.action.rssMb)),
    floorRss: median(pairs.map((p) => p.floor.rssMb)),
  };
}

if (BREAKDOWN) await breakdown();
else await coldStart();
server.close();
await rm(temp, { recursive: true, force: true });

async function coldStart() {
  const results = [await measure("Node 20", process.execPath)];
  const node24 = await resolveNode24();
  if (node24) results.push(await measure("Node 24", node24));
  else console.warn("Node 24 unavailable (npx -p node@24 failed): measured Node 20 only");

  const distBytes = (
    await Promise.all(
      ["index.js", "licenses.txt"].map((file) => stat(join(actionDir, "dist", file))),
    )
  ).reduce((sum, entry) => sum + entry.size, 0);

  console.log(`cold start, ${RUNS} paired runs each (median), issues.opened → local HTTP server`);
  console.log(
    "| node | action ms | floor ms | ratio (median of pairs) | action peak RSS MB | floor peak RSS MB |",
  );
  console.log("|---|---|---|---|---|---|");
  for (const r of results) {
    console.log(
      `| ${r.name} | ${r.action.toFixed(1)} | ${r.floor.toFixed(1)} | ${r.ratio.toFixed(2)}× | ${r.actionRss.toFixed(1)} | ${r.floorRss.toFixed(1)} |`,
    );
  }
  console.log(`dist/: ${(distBytes / 1024).toFixed(1)} KB (index.js + licenses.txt)`);
}

async function breakdown() {
  const node24 = await resolveNode24();
  if (!node24) throw new Error("--breakdown needs Node 24 (npx -p node@24)");
  const variants = [[], ["validation"], ["micromark"], ["validation", "micromark"]];
  const rows = [];
  for (const stubs of variants) {
    const outdir = join(temp, stubs.length > 0 ? stubs.join("-") : "as-shipped");
    const args = [join(actionDir, "build.mjs"), "--outdir", outdir];
    await promisify(execFile)(
      process.execPath,
      stubs.length > 0 ? [...args, "--stub", stubs.join(",")] : args,
    );
    // Outside the action's folder: say it is ESM, as the action's package.json does.
    await writeFile(join(outdir, "package.json"), '{ "type": "module" }');
    const name = stubs.length > 0 ? `without ${stubs.join(", ")}` : "as shipped";
    rows.push(await measure(name, node24, join(outdir, "index.js")));
  }
  console.log(`what each part adds to a start on Node 24, ${RUNS} paired runs each (median)`);
  console.log("| action build | action ms | floor ms | ratio (median of pairs) |");
  console.log("|---|---|---|---|");
  for (const r of rows) {
    console.log(
      `| ${r.name} | ${r.action.toFixed(1)} | ${r.floor.toFixed(1)} | ${r.ratio.toFixed(2)}× |`,
    );
  }
}
