// Messages accepted per second on 127.0.0.1 at a fixed concurrency, in memory and in SQLite
// (--data), with and without one live page (an SSE client that reads); then the server's RSS after
// many messages. The emulator runs as its CLI in a child process so client and server do not share
// a thread.
// Usage: npm run build && node bench/accept.bench.mjs [--seconds 5] [--concurrency 64]
//        [--counts 100000,1000000] (RSS checkpoints; --counts 0 skips that part) [--cli other/cli.js]
//        [--cases memory,memory-live,sqlite,sqlite-live] [--profile DIR] (a .cpuprofile per run)
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { Pool, request } from "undici";

const { values } = parseArgs({
  options: {
    seconds: { type: "string", default: "5" },
    concurrency: { type: "string", default: "64" },
    counts: { type: "string", default: "100000,1000000" },
    // Another build of the CLI (e.g. an older commit's), to compare on the same machine and load.
    cli: { type: "string" },
    // Only some runs, e.g. --cases sqlite,sqlite-live to alternate with another --cli quickly.
    cases: { type: "string", default: "memory,memory-live,sqlite,sqlite-live" },
    // Writes a V8 CPU profile of each emulator process into this folder (node --cpu-prof).
    profile: { type: "string" },
  },
});
const SECONDS = Number(values.seconds);
const CONCURRENCY = Number(values.concurrency);
const COUNTS = values.counts
  .split(",")
  .map(Number)
  .filter((n) => n > 0);
const CASES = new Set(values.cases.split(","));
const TOKEN = "bench-token";
const CLI = values.cli ?? fileURLToPath(new URL("../dist/cli.js", import.meta.url));

async function launch(extra) {
  const child = spawn(
    process.execPath,
    [
      ...(values.profile === undefined ? [] : ["--cpu-prof", "--cpu-prof-dir", values.profile]),
      CLI,
      "--port",
      "0",
      "--quiet",
      "--flow",
      `main:${TOKEN}`,
      ...extra,
    ],
    { stdio: ["ignore", "pipe", "inherit"] },
  );
  const lines = createInterface({ input: child.stdout });
  for await (const line of lines) return { child, origin: line.replace(/\/$/, "") };
  throw new Error("the emulator did not start");
}

/** The child's resident set, from /proc (Linux). */
function rssMiB(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]);
    return kb / 1024;
  } catch {
    return Number.NaN;
  }
}

/** CPU seconds the child has used (user + system), from /proc; at 100 ticks a second. */
function cpuSeconds(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return Number.NaN;
  }
}

let serial = 0;
function message(i) {
  return JSON.stringify({
    flow_token: TOKEN,
    event: "activity",
    author: { name: "bench", avatar: "https://example.com/a.png" },
    title: `pushed ${i} commits`,
    external_thread_id: `bench:${i % 100}`,
    uuid: `bench-${process.pid}-${serial++}`,
    thread: {
      title: `Branch ${i % 100}`,
      external_url: `https://example.com/b/${i % 100}`,
      status: { color: "green", value: "open" },
      fields: [{ label: "Branch", value: `b-${i % 100}` }],
      actions: [{ "@type": "ViewAction", name: "Open", url: "https://example.com/" }],
    },
  });
}

/** A live page: reads every Server-Sent Event, as a browser would. */
async function liveClient(origin) {
  const controller = new AbortController();
  const { body } = await request(`${origin}/events`, { signal: controller.signal });
  let frames = 0;
  const reading = (async () => {
    try {
      for await (const chunk of body) frames += String(chunk).split("\n\n").length - 1;
    } catch {}
  })();
  return {
    stop: async () => {
      controller.abort();
      await reading;
      return frames;
    },
  };
}

async function drive(pool, { until, count }, onAnswer) {
  let next = 0;
  const worker = async () => {
    while (count === undefined ? performance.now() < until : next < count) {
      const i = next++;
      const started = performance.now();
      const { statusCode, body } = await pool.request({
        path: "/messages",
        method: "POST",
        headers: { "content-type": "application/json" },
        body: message(i),
      });
      await body.dump();
      onAnswer?.(statusCode, performance.now() - started);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
}

async function throughput(label, extra, withClient) {
  const { child, origin } = await launch(extra);
  const pool = new Pool(origin, { connections: CONCURRENCY, pipelining: 1 });
  const client = withClient ? await liveClient(origin) : undefined;
  await drive(pool, { until: performance.now() + 1000 }); // warm-up
  let accepted = 0;
  let failed = 0;
  const latencies = [];
  const cpuBefore = cpuSeconds(child.pid);
  const started = performance.now();
  await drive(pool, { until: started + SECONDS * 1000 }, (status, ms) => {
    latencies.push(ms);
    if (status === 202) accepted += 1;
    else failed += 1;
  });
  const elapsed = (performance.now() - started) / 1000;
  const cpu = cpuSeconds(child.pid) - cpuBefore;
  const frames = await client?.stop();
  await pool.close();
  child.kill("SIGTERM");
  latencies.sort((a, b) => a - b);
  const at = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))];
  const rate = Math.round(accepted / elapsed);
  // On a shared machine wall-clock rates follow the load; server CPU per message does not.
  const perCore = Math.round(accepted / cpu);
  console.log(
    `${label.padEnd(30)} ${String(rate).padStart(6)} msg/s  ${String(perCore).padStart(6)} msg per server CPU-second  p50 ${at(0.5).toFixed(2)} ms  p99 ${at(0.99).toFixed(2)} ms  (${accepted} accepted, ${failed} failed in ${elapsed.toFixed(1)} s${frames === undefined ? "" : `; the live page read ${frames} updates`})`,
  );
  return perCore;
}

async function footprint(label, extra) {
  const { child, origin } = await launch(extra);
  const pool = new Pool(origin, { connections: CONCURRENCY, pipelining: 1 });
  const base = rssMiB(child.pid);
  let sent = 0;
  const parts = [`${label.padEnd(30)} RSS ${base.toFixed(0)} MiB at start`];
  for (const count of COUNTS) {
    await drive(pool, { count: count - sent });
    sent = count;
    const rss = rssMiB(child.pid);
    parts.push(
      `${rss.toFixed(0)} MiB after ${count.toLocaleString("en")} (${(((rss - base) * 1024) / count).toFixed(2)} KiB/msg)`,
    );
  }
  await pool.close();
  child.kill("SIGTERM");
  console.log(parts.join(", "));
}

console.log(
  `POST /messages on 127.0.0.1, concurrency ${CONCURRENCY}, ${SECONDS} s per run, node ${process.version}`,
);
const dirs = [];
const dataDir = async () => {
  const dir = await mkdtemp(join(tmpdir(), "flowdock-emulator-bench-"));
  dirs.push(dir);
  return ["--data", dir];
};
try {
  const run = async (name, label, extra, withClient) =>
    CASES.has(name) ? throughput(label, await extra(), withClient) : Number.NaN;
  const memory = await run("memory", "in memory", () => [], false);
  const memoryLive = await run("memory-live", "in memory, one live page", () => [], true);
  const sqlite = await run("sqlite", "SQLite (--data)", dataDir, false);
  const sqliteLive = await run("sqlite-live", "SQLite (--data), one live page", dataDir, true);
  const cost = (alone, live) =>
    Number.isNaN(alone + live) ? "-" : `${Math.round((1 - live / alone) * 100)}%`;
  console.log(
    `a live page costs ${cost(memory, memoryLive)} of the messages per CPU-second in memory, ${cost(sqlite, sqliteLive)} with SQLite; load average ${loadavg()
      .map((n) => n.toFixed(1))
      .join(" ")}`,
  );
  if (COUNTS.length > 0) {
    await footprint("in memory", []);
    await footprint("SQLite (--data)", await dataDir());
  }
} finally {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
}
