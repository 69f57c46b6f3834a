import { afterEach, expect, it } from "vitest";
import { createFlowdockClient } from "../src/index.js";
import { type Fault, startFaultServer } from "./support/fault-server.js";
import { message, TOKEN } from "./support/mock-flowdock.js";

const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanup.length > 0) await cleanup.pop()?.();
});

/** mulberry32: a seeded generator, so a failing run can be replayed. */
function seeded(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MESSAGES = 5000;
const THREADS = 150;
const CONCURRENCY = 32;

it("delivers 5,000 messages exactly once, in thread order, through 20% random failures", async () => {
  const seed = Number(process.env.SOAK_SEED ?? Date.now() % 1_000_000);
  const random = seeded(seed);
  const faults: Fault[] = [
    { kind: "reset-mid-request" },
    { kind: "reset-after-store" },
    { kind: "answer", status: 503, body: "overloaded" },
    { kind: "answer", status: 429, headers: { "retry-after": "0" } },
  ];
  const server = await startFaultServer(() =>
    random() < 0.2
      ? (faults[Math.floor(random() * faults.length)] as Fault)
      : { kind: "answer", status: 202 },
  );
  const client = createFlowdockClient({
    flowToken: TOKEN,
    apiUrl: server.url,
    retries: 15,
    minDelayMs: 1,
    maxDelayMs: 5,
  });
  cleanup.push(
    () => server.close(),
    () => client.close(),
  );

  // Read lazily: the client may only hold a bounded number of messages it has not finished.
  let yielded = 0;
  let mostHeld = 0;
  function* messages() {
    for (let n = 0; n < MESSAGES; n++) {
      yielded++;
      mostHeld = Math.max(mostHeld, yielded - server.stored.size);
      yield message(`soak:${n % THREADS}`, { title: `step ${Math.floor(n / THREADS)}` });
    }
  }

  const results = await client.sendAll(messages(), { concurrency: CONCURRENCY });

  const failed = results.filter((r) => !r.ok);
  expect(failed, `seed ${seed}`).toEqual([]);
  expect(results).toHaveLength(MESSAGES);
  expect(results.map((r) => r.index)).toEqual(Array.from({ length: MESSAGES }, (_, n) => n));

  // Exactly once: one stored message per result uuid, none lost, copies dropped by uuid.
  const uuids = new Set(results.map((r) => (r.ok ? r.result.uuid : "")));
  expect(uuids.size).toBe(MESSAGES);
  expect(server.stored.size).toBe(MESSAGES);
  for (const uuid of uuids) expect(server.stored.has(uuid)).toBe(true);
  expect(server.requests).toBeGreaterThan(MESSAGES * 1.15);

  // Per-thread order as the server stored them.
  const steps = new Map<string, number>();
  for (const { body } of server.order) {
    const thread = String(body.external_thread_id);
    const step = Number(String(body.title).replace("step ", ""));
    expect(step, `thread ${thread}, seed ${seed}`).toBe((steps.get(thread) ?? -1) + 1);
    steps.set(thread, step);
  }

  // Bounded memory: never more than the client's buffer (8 × concurrency) read but unfinished.
  expect(mostHeld).toBeLessThanOrEqual(CONCURRENCY * 8);
}, 60_000);
