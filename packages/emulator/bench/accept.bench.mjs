// Messages accepted per second on 127.0.0.1 at a fixed concurrency, in memory and with a journal.
// The emulator runs as its CLI in a child process so client and server do not share a thread.
// Usage: npm run build && node bench/accept.bench.mjs [--seconds 5] [--concurrency 32]
import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { Pool } from "undici";

const { values } = parseArgs({
  options: {
    seconds: { type: "string", default: "5" },
    concurrency: { type: "string", default: "32" },
  },
});
const SECONDS = Number(values.seconds);
const CONCURRENCY = Number(values.concurrency);
const TOKEN = "bench-token";
const CLI = fileURLToPath(new URL("../dist/cli.js", import.meta.url));

async function launch(extra) {
  const child = spawn(
    process.execPath,
    [CLI, "--port", "0", "--quiet", "--flow", `main:${TOKEN}`, ...extra],
    { stdio: ["ignore", "pipe", "ignore"] },
  );
  const lines = createInterface({ input: child.stdout });
  for await (const line of lines) return { child, origin: line.replace(/\/$/, "") };
  throw new Error("the emulator did not start");
}

function message(i) {
  return JSON.stringify({
    flow_token: TOKEN,
    event: "activity",
    author: { name: "bench", avatar: "https://example.com/a.png" },
    title: `pushed ${i} commits`,
    external_thread_id: `bench:${i % 100}`,
    uuid: `bench-${process.pid}-${i}`,
    thread: {
      title: `Branch ${i % 100}`,
      external_url: `https://example.com/b/${i % 100}`,
      status: { color: "green", value: "open" },
      fields: [{ label: "Branch", value: `b-${i % 100}` }],
      actions: [{ "@type": "ViewAction", name: "Open", url: "https://example.com/" }],
    },
  });
}

async function run(label, extra) {
  const { child, origin } = await launch(extra);
  const pool = new Pool(origin, { connections: CONCURRENCY, pipelining: 1 });
  let next = 0;
  let accepted = 0;
  let failed = 0;
  const latencies = [];
  const drive = async (until, record) => {
    while (performance.now() < until) {
      const i = next++;
      const started = performance.now();
      const { statusCode, body } = await pool.request({
        path: "/messages",
        method: "POST",
        headers: { "content-type": "application/json" },
        body: message(i),
      });
      await body.dump();
      if (!record) continue;
      latencies.push(performance.now() - started);
      if (statusCode === 202) accepted += 1;
      else failed += 1;
    }
  };
  const workers = (until, record) =>
    Promise.all(Array.from({ length: CONCURRENCY }, () => drive(until, record)));
  await workers(performance.now() + 1000, false); // warm-up
  const started = performance.now();
  await workers(started + SECONDS * 1000, true);
  const elapsed = (performance.now() - started) / 1000;
  await pool.close();
  child.kill("SIGTERM");
  latencies.sort((a, b) => a - b);
  const at = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))];
  console.log(
    `${label.padEnd(22)} ${Math.round(accepted / elapsed)
      .toString()
      .padStart(
        6,
      )} msg/s  p50 ${at(0.5).toFixed(2)} ms  p99 ${at(0.99).toFixed(2)} ms  (${accepted} accepted, ${failed} failed in ${elapsed.toFixed(1)} s)`,
  );
}

console.log(
  `POST /messages on 127.0.0.1, concurrency ${CONCURRENCY}, ${SECONDS} s per run, node ${process.version}`,
);
await run("in memory", []);
const dir = await mkdtemp(join(tmpdir(), "flowdock-emulator-bench-"));
try {
  await run("with dataDir (fsync)", ["--data", dir]);
} finally {
  await rm(dir, { recursive: true, force: true });
}
