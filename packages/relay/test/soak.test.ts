import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { example } from "./support/examples.js";
import { type RelayProcess, spawnRelay } from "./support/process.js";
import { emulatorWith, postWebhook, runCleanup, SECRET, tempDir } from "./support/relay.js";

const TOKEN = "33333333cccccccc33333333cccccccc";
const DELIVERIES = 5000;
const THREADS = 100;
const CONCURRENCY = 32;

afterEach(runCleanup);

async function setFault(apiUrl: string, fault: Record<string, unknown>) {
  await fetch(`${apiUrl}/api/faults`, { method: "DELETE" });
  const response = await fetch(`${apiUrl}/api/faults`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(fault),
  });
  expect(response.status).toBe(201);
}

describe("soak", () => {
  it(`delivers ${DELIVERIES} acknowledged webhooks exactly once, in order per thread, through 20% faults and two kill -9`, async () => {
    const { emulator, messages } = await emulatorWith([{ name: "main", token: TOKEN }]);
    await setFault(emulator.apiUrl, { rate: 0.2 });
    const dir = tempDir();
    const config = join(dir, "relay.yml");
    writeFileSync(
      config,
      `api_url: ${emulator.apiUrl}
delivery: { retries: 30, min_delay_ms: 1, max_delay_ms: 10, timeout_ms: 5000, concurrency: 32 }
routes:
  - repositories: ["*/*"]
    flow_token_env: FLOWDOCK_TOKEN
`,
    );
    const args = [
      "--config",
      config,
      "--secret-env",
      "WEBHOOK_SECRET",
      "--data",
      join(dir, "data"),
    ];
    const env = { WEBHOOK_SECRET: SECRET, FLOWDOCK_TOKEN: TOKEN };
    let relay: RelayProcess = await spawnRelay(args, env);
    let up: Promise<RelayProcess> = Promise.resolve(relay);

    const template = example("issue_comment", "created");
    const payloadOf = (thread: number, n: number) => {
      const payload = structuredClone(template);
      payload.issue.number = thread + 1;
      payload.comment.id = thread * 100_000 + n;
      payload.comment.body = `soak-${thread}-${n}`;
      return payload;
    };

    // Each thread posts its deliveries one after another (GitHub's order); threads run in parallel.
    let acknowledged = 0;
    let kills = 0;
    const killAt = [Math.floor(DELIVERIES * 0.3), Math.floor(DELIVERIES * 0.65)];
    const restart = async () => {
      const killed = relay;
      killed.child.kill("SIGKILL");
      await killed.exited;
      kills += 1;
      if (kills === 1) await setFault(emulator.apiUrl, { rate: 0.2, reset: true });
      relay = await spawnRelay(args, env);
      return relay;
    };
    const post = async (thread: number, n: number) => {
      const delivery = `soak-${thread}-${n}`;
      for (;;) {
        const target = await up;
        try {
          const response = await postWebhook(target.url, "issue_comment", payloadOf(thread, n), {
            delivery,
          });
          // 200 is a redelivery of one stored before the kill; both are acknowledgements.
          if (response.status === 202 || response.status === 200) break;
          throw new Error(`HTTP ${response.status}: ${await response.text()}`);
        } catch (error) {
          if (!target.child.killed) throw error;
          // The relay was killed under this request: GitHub would redeliver it, with the same id.
        }
      }
      acknowledged += 1;
      if (killAt.includes(acknowledged)) up = restart();
    };
    const perThread = DELIVERIES / THREADS;
    let nextThread = 0;
    const worker = async () => {
      while (nextThread < THREADS) {
        const thread = nextThread++;
        for (let n = 0; n < perThread; n++) await post(thread, n);
      }
    };
    // Threads interleave: each worker walks its threads, CONCURRENCY threads at a time.
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    expect(acknowledged).toBe(DELIVERIES);
    expect(kills).toBe(2);

    await messages(DELIVERIES);
    const threads = emulator.threads("main");
    expect(threads).toHaveLength(THREADS);
    const bodies = threads.flatMap((t) => t.messages.map((m) => m.body));
    expect(new Set(bodies).size).toBe(DELIVERIES);
    expect(bodies).toHaveLength(DELIVERIES);
    expect(new Set(threads.flatMap((t) => t.messages.map((m) => m.uuid))).size).toBe(DELIVERIES);
    for (const thread of threads) {
      const number = Number(thread.external_thread_id?.split(":").pop()) - 1;
      expect(thread.messages.map((m) => m.body)).toEqual(
        Array.from({ length: perThread }, (_, n) => `<p>soak-${number}-${n}</p>`),
      );
    }
    const failed = await fetch(`${relay.url}/api/deliveries?state=failed`).then((r) => r.json());
    expect(failed).toEqual({ deliveries: [] });

    relay.child.kill("SIGTERM");
    expect(await relay.exited).toEqual({ code: 0, signal: null });
  }, 240_000);
});
