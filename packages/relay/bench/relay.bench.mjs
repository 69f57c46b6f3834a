// Webhooks acknowledged per second and end-to-end latency (acknowledged → stored by the emulator),
// at concurrency 32, for SQLite and for PostgreSQL with one and two relay processes; and the store's
// size per delivery. Needs `npm run build`; PostgreSQL scenarios need Debian's postgresql package.
//   node bench/relay.bench.mjs [--deliveries 5000] [--only sqlite|pg1|pg2] [--delivery-concurrency N]
//     [--ack-only]   (no route takes the webhooks: the acknowledgement path alone)
// The first line is the load's own ceiling against a server that only answers 202.
// RELAY_PROF=DIR writes a CPU profile of each relay process there.
import { execFileSync, fork, spawn, spawnSync } from "node:child_process";
import {
  chownSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { createServer as createHttpServer } from "node:http";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { startEmulator } from "@flowdock-kit/emulator";
import { sign } from "@octokit/webhooks-methods";
import pg from "pg";
import { Pool } from "undici";

const { values } = parseArgs({
  options: {
    deliveries: { type: "string", default: "5000" },
    only: { type: "string" },
    "delivery-concurrency": { type: "string" },
    "ack-only": { type: "boolean", default: false },
    "floor-server": { type: "boolean", default: false },
  },
});
const DELIVERIES = Number(values.deliveries);
if (values["floor-server"]) {
  const server = createHttpServer((req, res) => {
    req.resume().once("end", () => res.writeHead(202).end());
  });
  server.listen(0, "127.0.0.1", () => process.send(server.address().port));
  await new Promise(() => {});
}
const CONCURRENCY = 32;
const THREADS = 200;
const SECRET = "bench-secret";
const TOKEN = "66666666ffffffff66666666ffffffff";
const BIN = fileURLToPath(new URL("../bin/flowdock-relay.js", import.meta.url));

const examplesRoot = dirname(
  createRequire(import.meta.url).resolve("@octokit/webhooks-examples/package.json"),
);
const template = JSON.parse(
  readFileSync(join(examplesRoot, "api.github.com", "index.json"), "utf8"),
)
  .find((d) => d.name === "issue_comment")
  .examples.find((e) => e.action === "created");

function spawnRelay(args) {
  const prof = process.env.RELAY_PROF
    ? ["--cpu-prof", `--cpu-prof-dir=${process.env.RELAY_PROF}`]
    : [];
  const child = spawn(process.execPath, [...prof, BIN, "--port", "0", ...args], {
    env: { PATH: process.env.PATH, WEBHOOK_SECRET: SECRET, FLOWDOCK_TOKEN: TOKEN },
    stdio: ["ignore", "pipe", "ignore"],
  });
  const exited = new Promise((resolve) => child.once("exit", resolve));
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout.setEncoding("utf8").on("data", (chunk) => {
      out += chunk;
      if (out.includes("\n")) resolve({ url: out.slice(0, out.indexOf("\n")), child, exited });
    });
    child.once("exit", (code) => reject(new Error(`flowdock-relay exited with ${code}`)));
  });
}

/** CPU time a process (or its main thread, the event loop's) has used so far (Linux), in milliseconds. */
function cpuMs(pid, mainThread = false) {
  const stat = mainThread ? `/proc/${pid}/task/${pid}/stat` : `/proc/${pid}/stat`;
  const fields = readFileSync(stat, "utf8").split(") ")[1].split(" ");
  // utime and stime, in clock ticks (100 a second on Linux).
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

function rate(seconds) {
  return `${String(Math.round(DELIVERIES / seconds)).padStart(6)} acked/s`;
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** DELIVERIES issue comments over THREADS issues, each with its signature. */
async function signedBodies() {
  const bodies = [];
  for (let i = 0; i < DELIVERIES; i++) {
    const payload = structuredClone(template);
    payload.issue.number = 1 + (i % THREADS);
    payload.comment.id = i;
    payload.comment.body = `bench-${i}`;
    const body = JSON.stringify(payload);
    bodies.push({ body, signature: await sign(SECRET, body) });
  }
  return bodies;
}

/** Posts the signed webhooks, CONCURRENCY at a time, spread over the relays. */
async function load(urls, bodies) {
  const acked = new Map();
  // undici's request on a pool, not fetch: fetch alone tops out below the relay's rate here.
  const pools = urls.map((url) => new Pool(url, { connections: CONCURRENCY }));
  // A thread's deliveries are posted in order; CONCURRENCY threads are in flight at once.
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    for (;;) {
      const i = next++;
      if (i >= DELIVERIES) return;
      const { body, signature } = bodies[i];
      const response = await pools[i % pools.length].request({
        path: "/github",
        method: "POST",
        headers: {
          "content-type": "application/json",
          "x-github-event": "issue_comment",
          "x-github-delivery": `bench-${i}`,
          "x-hub-signature-256": signature,
        },
        body,
      });
      await response.body.arrayBuffer();
      if (response.statusCode !== 202) throw new Error(`HTTP ${response.statusCode}`);
      acked.set(`<p>bench-${i}</p>`, Date.now());
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const seconds = (performance.now() - started) / 1000;
  await Promise.all(pools.map((pool) => pool.close()));
  return { acked, seconds };
}

async function waitForAll(emulator) {
  for (;;) {
    const total = emulator.flows().reduce((sum, flow) => sum + flow.messages, 0);
    if (total >= DELIVERIES) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function scenario(name, startRelays, storeSize) {
  const emulator = await startEmulator({ port: 0, flows: [{ name: "main", token: TOKEN }] });
  const dir = mkdtempSync(join(tmpdir(), "relay-bench-"));
  const config = join(dir, "relay.yml");
  writeFileSync(
    config,
    [
      `api_url: ${emulator.apiUrl}`,
      ...(values["delivery-concurrency"] === undefined
        ? []
        : [`delivery: { concurrency: ${Number(values["delivery-concurrency"])} }`]),
      "routes:",
      '  - repositories: ["*/*"]',
      "    flow_token_env: FLOWDOCK_TOKEN",
      // No route takes issue_comment: each delivery is only verified, stored and acknowledged.
      ...(values["ack-only"] ? ["    events: [push]"] : []),
      "",
    ].join("\n"),
  );
  const relays = await startRelays(["--config", config, "--secret-env", "WEBHOOK_SECRET"], dir);
  try {
    const bodies = await signedBodies();
    const relayCpu = () => relays.reduce((sum, r) => sum + cpuMs(r.child.pid), 0);
    // One event loop per relay: its main thread's time bounds what one process can acknowledge.
    const mainCpu = () => relays.reduce((sum, r) => sum + cpuMs(r.child.pid, true), 0);
    const cpuBefore = { relay: relayCpu(), main: mainCpu(), here: process.cpuUsage() };
    const started = Date.now();
    const { acked, seconds } = await load(
      relays.map((r) => r.url),
      bodies,
    );
    if (!values["ack-only"]) await waitForAll(emulator);
    const here = process.cpuUsage(cpuBefore.here);
    const cpu = {
      relay: (relayCpu() - cpuBefore.relay) / DELIVERIES,
      main: (mainCpu() - cpuBefore.main) / DELIVERIES,
      here: (here.user + here.system) / 1000 / DELIVERIES,
    };
    const messages = emulator.threads("main").flatMap((t) => t.messages);
    const latencies = messages
      .map((m) => m.sent - (acked.get(m.body) ?? m.sent))
      .sort((a, b) => a - b);
    // From the load's start to the last message stored by the emulator.
    const deliveredIn = (Math.max(...messages.map((m) => m.sent)) - started) / 1000;
    const bytes = await storeSize(dir);
    console.log(
      `${name.padEnd(26)} ${rate(seconds)}   ${latencies.length === 0 ? "e2e (not sent)" : `${String(Math.round(DELIVERIES / deliveredIn)).padStart(5)} delivered/s   e2e p50 ${String(percentile(latencies, 50)).padStart(5)} ms   p99 ${String(percentile(latencies, 99)).padStart(5)} ms`}   store ${Math.round(bytes / DELIVERIES)} B/delivery   CPU/delivery: relay ${cpu.relay.toFixed(2)} ms (main thread ${cpu.main.toFixed(2)}), load+emulator ${cpu.here.toFixed(2)} ms`,
    );
  } finally {
    for (const relay of relays) {
      relay.child.kill("SIGTERM");
      await relay.exited;
    }
    await emulator.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

function postgresBin() {
  const which = spawnSync("sh", ["-c", "command -v pg_ctl"], { encoding: "utf8" });
  const candidates = which.status === 0 ? [dirname(realpathSync(which.stdout.trim()))] : [];
  if (existsSync("/usr/lib/postgresql")) {
    for (const v of readdirSync("/usr/lib/postgresql"))
      candidates.push(join("/usr/lib/postgresql", v, "bin"));
  }
  return candidates.find((d) =>
    ["initdb", "pg_ctl", "postgres"].every((n) => existsSync(join(d, n))),
  );
}

async function freePort() {
  return new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function startCluster(bin) {
  const dir = mkdtempSync(join(tmpdir(), "relay-bench-pg-"));
  const root = process.getuid?.() === 0;
  const as = (command, args) =>
    execFileSync(
      root ? "runuser" : join(bin, command),
      root ? ["-u", "postgres", "--", join(bin, command), ...args] : args,
      { stdio: "ignore", cwd: dir },
    );
  if (root)
    chownSync(
      dir,
      Number(execFileSync("id", ["-u", "postgres"])),
      Number(execFileSync("id", ["-g", "postgres"])),
    );
  const data = join(dir, "data");
  as("initdb", ["-D", data, "-A", "trust", "-U", "relay", "-E", "UTF8", "--locale=C"]);
  const port = await freePort();
  as("pg_ctl", [
    "-D",
    data,
    "-l",
    join(dir, "log"),
    "-w",
    "-o",
    `-p ${port} -k ${dir} -c listen_addresses='' -c max_connections=200`,
    "start",
  ]);
  return {
    url: `postgres://relay@${encodeURIComponent(dir)}:${port}/postgres`,
    stop: () => {
      as("pg_ctl", ["-D", data, "-m", "fast", "-w", "stop"]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

// The load's own ceiling: a server in another process that reads each body and answers 202.
{
  const floor = fork(fileURLToPath(import.meta.url), ["--floor-server"], { stdio: "ignore" });
  const port = await new Promise((resolve) => floor.once("message", resolve));
  const { seconds } = await load([`http://127.0.0.1:${port}`], await signedBodies());
  console.log(`${"floor (answers 202 only)".padEnd(26)} ${rate(seconds)}`);
  floor.kill();
}
console.log(
  `${DELIVERIES} issue_comment webhooks over ${THREADS} threads, concurrency ${CONCURRENCY}, Node ${process.version}`,
);
if (!values.only || values.only === "sqlite") {
  await scenario(
    "SQLite, 1 process",
    async (args, dir) => [await spawnRelay([...args, "--data", join(dir, "data")])],
    async (dir) =>
      readdirSync(join(dir, "data")).reduce(
        (sum, file) => sum + statSync(join(dir, "data", file)).size,
        0,
      ),
  );
}
const bin = postgresBin();
if (bin === undefined) {
  console.log("PostgreSQL: skipped (initdb/pg_ctl not found; apt-get install postgresql)");
} else {
  for (const processes of [1, 2]) {
    if (values.only && values.only !== `pg${processes}`) continue;
    const cluster = await startCluster(bin);
    try {
      await scenario(
        `PostgreSQL, ${processes} process${processes === 1 ? "" : "es"}`,
        async (args) => {
          const relays = [];
          for (let i = 0; i < processes; i++)
            relays.push(await spawnRelay([...args, "--database", cluster.url]));
          return relays;
        },
        async () => {
          const pool = new pg.Pool({ connectionString: cluster.url });
          const { rows } = await pool.query(
            "SELECT sum(pg_total_relation_size(c.oid))::bigint AS bytes FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname IN ('flowdock_relay', 'graphile_worker') AND c.relkind = 'r'",
          );
          await pool.end();
          return Number(rows[0].bytes);
        },
      );
    } finally {
      cluster.stop();
    }
  }
}
