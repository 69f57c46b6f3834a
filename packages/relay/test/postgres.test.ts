import { writeFileSync } from "node:fs";
import { join } from "node:path";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { main, parseConfig, startRelay } from "../src/index.js";
import { example } from "./support/examples.js";
import { postgresMissing, startCluster } from "./support/postgres.js";
import { spawnRelay } from "./support/process.js";
import {
  cleanup,
  emulatorWith,
  postWebhook,
  runCleanup,
  SECRET,
  tempDir,
} from "./support/relay.js";

const TOKEN = "55555555eeeeeeee55555555eeeeeeee";
const DELIVERIES = 1000;
const THREADS = 40;
const missing = postgresMissing();
if (missing !== undefined && process.env.CI === "true") {
  throw new Error(`${missing} (CI=true: the PostgreSQL tests must run)`);
}
if (missing !== undefined) console.warn(`skipping the PostgreSQL tests: ${missing}`);

afterEach(runCleanup);

/** A private cluster, an emulator and one relay process on them, routing everything to "main". */
async function oneRelay({ urlFromEnv = false } = {}) {
  const cluster = await startCluster();
  cleanup.push(() => cluster.stop());
  const { emulator, messages } = await emulatorWith([{ name: "main", token: TOKEN }]);
  const config = join(tempDir(), "relay.yml");
  writeFileSync(
    config,
    `api_url: ${emulator.apiUrl}\nroutes:\n  - repositories: ["*/*"]\n    flow_token_env: FLOWDOCK_TOKEN\n`,
  );
  const relay = await spawnRelay(
    [
      ...["--config", config, "--secret-env", "WEBHOOK_SECRET"],
      ...(urlFromEnv ? [] : ["--database", cluster.url]),
    ],
    {
      WEBHOOK_SECRET: SECRET,
      FLOWDOCK_TOKEN: TOKEN,
      ...(urlFromEnv && { DATABASE_URL: cluster.url }),
    },
  );
  return { cluster, emulator, messages, relay };
}

describe.skipIf(missing !== undefined)("two relays on one PostgreSQL", () => {
  it(`deliver ${DELIVERIES} webhooks posted to either of them exactly once, in order per thread`, async () => {
    const cluster = await startCluster();
    cleanup.push(() => cluster.stop());
    const { emulator, messages } = await emulatorWith([{ name: "main", token: TOKEN }]);
    await fetch(`${emulator.apiUrl}/api/faults`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ rate: 0.2 }),
    });
    const config = join(tempDir(), "relay.yml");
    writeFileSync(
      config,
      `api_url: ${emulator.apiUrl}
delivery: { retries: 30, min_delay_ms: 1, max_delay_ms: 10, concurrency: 16 }
routes:
  - repositories: ["*/*"]
    flow_token_env: FLOWDOCK_TOKEN
`,
    );
    const args = ["--config", config, "--secret-env", "WEBHOOK_SECRET", "--database", cluster.url];
    const env = { WEBHOOK_SECRET: SECRET, FLOWDOCK_TOKEN: TOKEN };
    const relays = [await spawnRelay(args, env), await spawnRelay(args, env)];

    // The same delivery posted to both is stored once.
    const payload = example("issues", "opened");
    const first = await postWebhook(relays[0]?.url ?? "", "issues", payload, { delivery: "dup-1" });
    const second = await postWebhook(relays[1]?.url ?? "", "issues", payload, {
      delivery: "dup-1",
    });
    expect([first.status, second.status]).toEqual([202, 200]);

    const template = example("issue_comment", "created");
    const perThread = DELIVERIES / THREADS;
    let posted = 0;
    const postThread = async (thread: number) => {
      for (let n = 0; n < perThread; n++) {
        const body = structuredClone(template);
        body.issue.number = 1000 + thread;
        body.comment.id = thread * 100_000 + n;
        body.comment.body = `pg-${thread}-${n}`;
        // Consecutive deliveries of one thread go to different processes.
        const relay = relays[(thread + n) % 2];
        const response = await postWebhook(relay?.url ?? "", "issue_comment", body);
        expect(response.status).toBe(202);
        posted += 1;
      }
    };
    await Promise.all(Array.from({ length: THREADS }, (_, thread) => postThread(thread)));
    expect(posted).toBe(DELIVERIES);

    await messages(DELIVERIES + 1);
    const threads = emulator
      .threads("main")
      .filter((t) => t.external_thread_id?.includes(":issue:1"));
    const comments = threads.filter((t) => Number(t.external_thread_id?.split(":").pop()) >= 1000);
    expect(comments).toHaveLength(THREADS);
    for (const thread of comments) {
      const number = Number(thread.external_thread_id?.split(":").pop()) - 1000;
      expect(thread.messages.map((m) => m.body)).toEqual(
        Array.from({ length: perThread }, (_, n) => `<p>pg-${number}-${n}</p>`),
      );
    }
    const all = emulator.threads("main").flatMap((t) => t.messages);
    expect(all).toHaveLength(DELIVERIES + 1);
    expect(new Set(all.map((m) => m.uuid)).size).toBe(DELIVERIES + 1);

    for (const relay of relays) {
      const health = await fetch(`${relay.url}/healthz`).then((r) => r.json());
      expect(health).toEqual({ status: "ok" });
      relay.child.kill("SIGTERM");
      expect(await relay.exited).toEqual({ code: 0, signal: null });
    }
    // Both processes did part of the sending.
    const sent = relays.map(
      (r) =>
        r
          .stderr()
          .split("\n")
          .filter((l) => l.includes('"message delivered"')).length,
    );
    expect(sent[0]).toBeGreaterThan(0);
    expect(sent[1]).toBeGreaterThan(0);
    expect(sent.reduce((a, b) => a + b)).toBe(DELIVERIES + 1);
  }, 180_000);

  it("pick up the threads of a relay killed with kill -9, and still deliver each message once and in order", async () => {
    const cluster = await startCluster();
    cleanup.push(() => cluster.stop());
    const { emulator, messages } = await emulatorWith([{ name: "main", token: TOKEN }]);
    // Slow answers, so the relay that is killed holds threads in the middle of sending.
    await fetch(`${emulator.apiUrl}/api/faults`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ delayMs: 100 }),
    });
    const config = join(tempDir(), "relay.yml");
    writeFileSync(
      config,
      `api_url: ${emulator.apiUrl}\ndelivery: { retries: 30, min_delay_ms: 1, max_delay_ms: 10 }\nroutes:\n  - repositories: ["*/*"]\n    flow_token_env: FLOWDOCK_TOKEN\n`,
    );
    const args = ["--config", config, "--secret-env", "WEBHOOK_SECRET", "--database", cluster.url];
    const env = { WEBHOOK_SECRET: SECRET, FLOWDOCK_TOKEN: TOKEN };
    const doomed = await spawnRelay(args, env);
    const survivor = await spawnRelay(args, env);
    const template = example("issue_comment", "created");
    const threads = 10;
    const perThread = 20;
    let acknowledged = 0;
    const postThread = async (thread: number) => {
      for (let n = 0; n < perThread; n++) {
        const body = structuredClone(template);
        body.issue.number = 2000 + thread;
        body.comment.id = thread * 1000 + n;
        body.comment.body = `kill-${thread}-${n}`;
        const delivery = `kill-${thread}-${n}`;
        for (;;) {
          const target = n % 2 === 0 && !doomed.child.killed ? doomed : survivor;
          try {
            const response = await postWebhook(target.url, "issue_comment", body, { delivery });
            if (response.status === 202 || response.status === 200) break;
          } catch (error) {
            if (target !== doomed) throw error;
          }
        }
        acknowledged += 1;
        if (acknowledged === (threads * perThread) / 2) doomed.child.kill("SIGKILL");
      }
    };
    await Promise.all(Array.from({ length: threads }, (_, thread) => postThread(thread)));
    expect(await doomed.exited).toEqual({ code: null, signal: "SIGKILL" });
    await fetch(`${emulator.apiUrl}/api/faults`, { method: "DELETE" });

    await messages(threads * perThread);
    const all = emulator.threads("main");
    expect(all).toHaveLength(threads);
    for (const thread of all) {
      const number = Number(thread.external_thread_id?.split(":").pop()) - 2000;
      expect(thread.messages.map((m) => m.body)).toEqual(
        Array.from({ length: perThread }, (_, n) => `<p>kill-${number}-${n}</p>`),
      );
    }
    survivor.child.kill("SIGTERM");
    expect(await survivor.exited).toEqual({ code: 0, signal: null });
  }, 180_000);

  it("list dead-lettered messages and deliver them once redriven, keeping the thread's newer state", async () => {
    const cluster = await startCluster();
    cleanup.push(() => cluster.stop());
    const { emulator, messages } = await emulatorWith([{ name: "main", token: TOKEN }]);
    await fetch(`${emulator.apiUrl}/api/faults`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ status: 503, times: 2 }),
    });
    const config = join(tempDir(), "relay.yml");
    writeFileSync(
      config,
      `api_url: ${emulator.apiUrl}\ndelivery: { retries: 1, min_delay_ms: 1, max_delay_ms: 2 }\nroutes:\n  - repositories: ["*/*"]\n    flow_token_env: FLOWDOCK_TOKEN\n`,
    );
    const relay = await spawnRelay(
      ["--config", config, "--secret-env", "WEBHOOK_SECRET", "--database", cluster.url],
      { WEBHOOK_SECRET: SECRET, FLOWDOCK_TOKEN: TOKEN },
    );
    expect((await postWebhook(relay.url, "issues", example("issues", "opened"))).status).toBe(202);
    const failed = async () =>
      (
        (await fetch(`${relay.url}/api/deliveries?state=failed`).then((r) => r.json())) as {
          deliveries: { error: string }[];
        }
      ).deliveries;
    await expect.poll(async () => (await failed()).length).toBe(1);
    expect((await failed())[0]?.error).toMatch(/gave up after 2 attempts: HTTP 503/);
    // The issue is closed before its opening is redriven (no example closes an issue: one is made).
    const closed = example("issues", "opened");
    Object.assign(closed, { action: "closed" });
    Object.assign(closed.issue, { state: "closed", closed_at: closed.issue.updated_at });
    expect((await postWebhook(relay.url, "issues", closed)).status).toBe(202);
    await messages(1);
    const statusOf = () => emulator.threads("main")[0]?.thread.status?.value;
    expect(statusOf()).toBe("closed");

    const out: string[] = [];
    const code = await main({
      argv: ["redrive", "--database", cluster.url],
      env: {},
      stdout: { write: (text: string) => out.push(text) },
      stderr: { write: (text: string) => out.push(text) },
      onSignal() {},
    });
    expect(out.join("")).toBe("1 message queued again\n");
    expect(code).toBe(0);
    await messages(2);
    expect(await failed()).toEqual([]);
    expect(emulator.threads("main").map((t) => t.messages.map((m) => m.title))).toEqual([
      ["closed issue", "opened issue"],
    ]);
    expect(statusOf()).toBe("closed");
  }, 120_000);

  it("create a job's thread with the job's own state when its run has not reached Flowdock, then let the run's events set it (the database from DATABASE_URL)", async () => {
    // DATABASE_URL, as a platform sets it, stands for --database.
    const { cluster, emulator, messages, relay } = await oneRelay({ urlFromEnv: true });
    const job = example("workflow_job", "completed");
    expect((await postWebhook(relay.url, "workflow_job", job)).status).toBe(202);
    await messages(1);
    const thread = () => emulator.threads("main")[0];
    expect(thread()?.external_thread_id).toBe(
      `github:${job.repository.full_name}:run:${job.workflow_job.run_id}`,
    );
    expect(thread()?.thread.title).toBe(
      `${job.workflow_job.workflow_name} on ${job.workflow_job.head_branch}`,
    );
    // The run's own event, for the same run, brings the whole state.
    const run = example("workflow_run", "completed");
    Object.assign(run.workflow_run, { id: job.workflow_job.run_id });
    Object.assign(run, { repository: job.repository });
    expect((await postWebhook(relay.url, "workflow_run", run)).status).toBe(202);
    await messages(2);
    expect(thread()?.thread.title).toMatch(new RegExp(`#${run.workflow_run.run_number} on `));
    expect(thread()?.thread.status).toBeDefined();
    const failed = await fetch(`${relay.url}/api/deliveries?state=failed`).then((r) => r.json());
    expect(failed).toEqual({ deliveries: [] });
    // Both went through PostgreSQL, not a SQLite store of the working directory.
    const client = new pg.Client({ connectionString: cluster.url });
    await client.connect();
    try {
      const { rows } = await client.query("SELECT count(*)::int AS n FROM flowdock_relay.messages");
      expect(rows[0]?.n).toBe(2);
    } finally {
      await client.end();
    }
  }, 120_000);

  it("keep running through a database restart: /healthz is 503 while it is down, and the relay is seen alive again after", async () => {
    const { cluster, messages, relay } = await oneRelay();
    const health = () => fetch(`${relay.url}/healthz`).then((r) => r.status);
    expect(await health()).toBe(200);

    cluster.pause();
    await expect.poll(health, { timeout: 30_000 }).toBe(503);
    const refused = await postWebhook(relay.url, "issues", example("issues", "opened"));
    expect(refused.status).toBe(503);
    cluster.resume();
    await expect.poll(health, { timeout: 30_000 }).toBe(200);
    const accepted = await postWebhook(relay.url, "issues", example("issues", "opened"));
    expect(accepted.status).toBe(202);
    await messages(1);

    // What another relay's sweep sees: an instance whose lock is held is alive, its threads kept.
    const pool = new pg.Pool({ connectionString: cluster.url });
    cleanup.push(() => pool.end());
    const alive = async () => {
      const { rows } = await pool.query<{ lock_key: string }>(
        "SELECT lock_key::text FROM flowdock_relay.instances",
      );
      let held = 0;
      for (const { lock_key } of rows) {
        const { rows: taken } = await pool.query<{ free: boolean }>(
          "SELECT pg_try_advisory_lock($1::bigint) AS free",
          [lock_key],
        );
        if (taken[0]?.free) await pool.query("SELECT pg_advisory_unlock($1::bigint)", [lock_key]);
        else held += 1;
      }
      return held;
    };
    await expect.poll(alive, { timeout: 30_000 }).toBe(1);
    relay.child.kill("SIGTERM");
    expect(await relay.exited).toEqual({ code: 0, signal: null });
  }, 120_000);
  it("answer 503 to a webhook whose write waits past the query timeout, store nothing of it, and take its redelivery", async () => {
    const cluster = await startCluster();
    cleanup.push(() => cluster.stop());
    const { emulator, messages } = await emulatorWith([{ name: "main", token: TOKEN }]);
    const config = parseConfig(
      `api_url: ${emulator.apiUrl}\nroutes:\n  - repositories: ["*/*"]\n    flow_token_env: T\n`,
      "relay.yml",
      { env: { T: TOKEN } },
    );
    const relay = await startRelay({
      config,
      secret: SECRET,
      databaseUrl: cluster.url,
      databaseTimeouts: { queryMs: 500 },
      port: 0,
    });
    cleanup.push(() => relay.close());
    // Another session (a migration, an operator's long transaction) holds the deliveries table.
    const locker = new pg.Client({ connectionString: cluster.url });
    await locker.connect();
    cleanup.push(() => locker.end());
    await locker.query("BEGIN");
    await locker.query("LOCK TABLE flowdock_relay.deliveries IN ACCESS EXCLUSIVE MODE");

    const payload = example("issues", "opened");
    const refused = await postWebhook(relay.url, "issues", payload, { delivery: "locked-1" });
    expect(refused.status).toBe(503);
    expect(await refused.json()).toEqual({
      message: "the delivery could not be stored; redeliver it later",
    });
    await locker.query("ROLLBACK");
    // PostgreSQL cancelled the write itself, so it cannot commit once the lock is gone.
    const stored = await locker.query(
      "SELECT (SELECT count(*) FROM flowdock_relay.deliveries WHERE id = 'locked-1')::int AS deliveries, (SELECT count(*) FROM flowdock_relay.messages WHERE delivery = 'locked-1')::int AS messages",
    );
    expect(stored.rows[0]).toEqual({ deliveries: 0, messages: 0 });

    const redelivered = await postWebhook(relay.url, "issues", payload, { delivery: "locked-1" });
    expect(redelivered.status).toBe(202);
    await messages(1);
    expect(emulator.threads("main").map((t) => t.messages.map((m) => m.title))).toEqual([
      ["opened issue"],
    ]);
  }, 60_000);

  it("delete deliveries and delivered messages older than retention_days, keeping dead letters and what their redrive needs", async () => {
    const cluster = await startCluster();
    cleanup.push(() => cluster.stop());
    const { emulator, messages } = await emulatorWith([{ name: "main", token: TOKEN }]);
    const config = parseConfig(
      `api_url: ${emulator.apiUrl}\nretention_days: 3\ndelivery: { retries: 1, min_delay_ms: 1, max_delay_ms: 2 }\nroutes:\n  - repositories: ["*/*"]\n    flow_token_env: FLOWDOCK_TOKEN\n`,
      "relay.yml",
      { env: { FLOWDOCK_TOKEN: TOKEN } },
    );
    const start = async () => {
      const relay = await startRelay({ config, secret: SECRET, databaseUrl: cluster.url, port: 0 });
      cleanup.push(() => relay.close());
      return relay;
    };
    const issue = (number: number, closed = false) => {
      const payload = example("issues", "opened");
      payload.issue.number = number;
      if (closed) {
        Object.assign(payload, { action: "closed" });
        Object.assign(payload.issue, { state: "closed", closed_at: payload.issue.updated_at });
      }
      return payload;
    };
    const listed = async (url: string, state: string) =>
      (
        (await fetch(`${url}/api/deliveries?state=${state}`).then((r) => r.json())) as {
          deliveries: { delivery: string }[];
        }
      ).deliveries.map((d) => d.delivery);

    const relay = await start();
    await postWebhook(relay.url, "issues", issue(1), { delivery: "old-1" });
    await messages(1);
    emulator.faults.add({ status: 503, times: 2 });
    await postWebhook(relay.url, "issues", issue(2), { delivery: "old-2" });
    await expect.poll(() => listed(relay.url, "failed")).toEqual(["old-2"]);
    await postWebhook(relay.url, "issues", issue(2, true), { delivery: "old-3" });
    await messages(2);
    await relay.close();

    // Four days pass.
    const db = new pg.Client({ connectionString: cluster.url });
    await db.connect();
    const days = 4 * 24 * 60 * 60 * 1000;
    await db.query(
      `UPDATE flowdock_relay.deliveries SET received_at = received_at - ${days};
       UPDATE flowdock_relay.messages SET received_at = received_at - ${days}, updated_at = updated_at - ${days};`,
    );
    await db.end();

    const again = await start();
    await expect.poll(() => listed(again.url, "delivered")).toEqual(["old-3"]);
    expect(await listed(again.url, "failed")).toEqual(["old-2"]);
    // Its id is gone, but the message keeps its uuid: Flowdock drops the repeat.
    expect((await postWebhook(again.url, "issues", issue(1), { delivery: "old-1" })).status).toBe(
      202,
    );
    await expect.poll(() => listed(again.url, "delivered")).toEqual(["old-3", "old-1"]);
    const first = emulator.threads("main").find((t) => t.external_thread_id?.endsWith(":issue:1"));
    expect(first?.messages).toHaveLength(1);
  }, 120_000);
});
