// sendAll vs a bare undici `request` loop (the floor): 10,000 messages to a local node:http server
// at concurrency 16 and 64, messages per second and peak RSS. The server and each measured run are
// separate processes, so every RSS figure is one sender's own.
//   npm run build -w @flowdock-kit/sender && node packages/sender/bench/send-all.bench.mjs
// Options (env): BENCH_MESSAGES (10000), BENCH_ROUNDS (3; the best round of each is reported).
import { fork } from "node:child_process";
import { randomUUID } from "node:crypto";
import { createServer } from "node:http";
import { fileURLToPath } from "node:url";

const MESSAGES = Number(process.env.BENCH_MESSAGES ?? 10_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const WARMUP = 1000;
const TOKEN = "c0ffee00deadbeef1234567890abcdef";
const self = fileURLToPath(import.meta.url);
const [role, ...args] = process.argv.slice(2);

function message(n) {
  return {
    event: "activity",
    title: `deployed build ${n}`,
    body: `<p>Build <strong>${n}</strong> went out to production.</p>`,
    author: { name: "ci-bot", avatar: "https://example.com/bot.png" },
    external_thread_id: `deploy:service-${n % 500}`,
    thread: {
      title: `Deploy service ${n % 500}`,
      external_url: `https://ci.example.com/builds/${n}`,
      status: { color: "green", value: "deployed" },
      fields: [
        { label: "Environment", value: "production" },
        { label: "Version", value: `1.${n}.0` },
      ],
    },
    tags: ["deploy", "production"],
  };
}

function* messages(count, from = 0) {
  for (let n = from; n < from + count; n++) yield message(n);
}

async function serve() {
  const server = createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      res.writeHead(202, { "content-type": "application/json" });
      res.end("{}");
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  process.send?.({ port: server.address().port });
  process.on("disconnect", () => process.exit(0));
}

async function floor(url, concurrency) {
  const { Agent, request } = await import("undici");
  const dispatcher = new Agent({ keepAliveTimeout: 10_000 });
  const headers = { "content-type": "application/json", accept: "application/json" };
  const run = async (count, from) => {
    const input = messages(count, from);
    let failures = 0;
    const worker = async () => {
      for (const next of input) {
        const body = JSON.stringify({ ...next, uuid: randomUUID(), flow_token: TOKEN });
        const res = await request(url, { method: "POST", headers, body, dispatcher });
        await res.body.text();
        if (res.statusCode !== 202) failures++;
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    return failures;
  };
  await run(WARMUP, 0);
  const started = performance.now();
  const failures = await run(MESSAGES, WARMUP);
  const seconds = (performance.now() - started) / 1000;
  await dispatcher.close();
  return { seconds, failures };
}

async function sendAll(url, concurrency) {
  const { createFlowdockClient } = await import("../dist/index.js");
  const client = createFlowdockClient({ flowToken: TOKEN, apiUrl: url.replace(/\/messages$/, "") });
  await client.sendAll(messages(WARMUP), { concurrency });
  const started = performance.now();
  const results = await client.sendAll(messages(MESSAGES, WARMUP), { concurrency });
  const seconds = (performance.now() - started) / 1000;
  await client.close();
  return { seconds, failures: results.filter((r) => !r.ok).length };
}

async function measure() {
  const [mode, port, concurrency] = args;
  const url = `http://127.0.0.1:${port}/messages`;
  const { seconds, failures } = await (mode === "floor" ? floor : sendAll)(
    url,
    Number(concurrency),
  );
  process.send?.({
    rate: MESSAGES / seconds,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    failures,
  });
}

function child(childArgs) {
  return new Promise((resolve, reject) => {
    const proc = fork(self, childArgs, { stdio: ["ignore", "inherit", "inherit", "ipc"] });
    proc.once("message", (value) => resolve({ proc, value }));
    proc.once("exit", (code) => code !== 0 && reject(new Error(`${childArgs[0]} exited ${code}`)));
  });
}

async function parent() {
  const { proc: server, value } = await child(["serve"]);
  const rows = [];
  console.log(`${MESSAGES} messages per run, best of ${ROUNDS} rounds, node ${process.version}`);
  for (const concurrency of [16, 64]) {
    const best = { floor: undefined, sendAll: undefined };
    for (let round = 0; round < ROUNDS; round++) {
      // Alternate which goes first, so neither always gets the warmer machine.
      const order = round % 2 === 0 ? ["floor", "sendAll"] : ["sendAll", "floor"];
      for (const mode of order) {
        const { value: result } = await child([
          "measure",
          mode,
          String(value.port),
          String(concurrency),
        ]);
        if (result.failures > 0) throw new Error(`${mode}: ${result.failures} failures`);
        const previous = best[mode];
        best[mode] = {
          rate: Math.max(previous?.rate ?? 0, result.rate),
          peakRssMb: Math.max(previous?.peakRssMb ?? 0, result.peakRssMb),
        };
      }
    }
    rows.push({
      concurrency,
      "floor msg/s": Math.round(best.floor.rate),
      "sendAll msg/s": Math.round(best.sendAll.rate),
      "sendAll/floor": Number((best.sendAll.rate / best.floor.rate).toFixed(2)),
      "floor peak RSS MB": Number(best.floor.peakRssMb.toFixed(1)),
      "sendAll peak RSS MB": Number(best.sendAll.peakRssMb.toFixed(1)),
    });
  }
  console.table(rows);
  server.disconnect();
}

if (role === "serve") await serve();
else if (role === "measure") await measure();
else await parent();
