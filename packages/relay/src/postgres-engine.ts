import { createHash } from "node:crypto";
import { EventEmitter } from "node:events";
import {
  type Runner,
  run,
  runMigrations,
  type Task,
  type WorkerEvents,
  Logger as WorkerLogger,
} from "graphile-worker";
import pg from "pg";
import { createClients } from "./clients.js";
import type { RelayConfig } from "./config.js";
import type { Engine } from "./engine.js";
import { RelayStoreError } from "./errors.js";
import { FlowSender, type OutgoingMessage } from "./flow-sender.js";
import type { Logger } from "./log.js";
import { mapDelivery } from "./map-delivery.js";
import type { RelayMetrics } from "./metrics.js";
import { startLiveness } from "./postgres-liveness.js";
import { type DatabaseTimeouts, poolTimeouts } from "./postgres-timeouts.js";
import {
  PRUNE_EVERY_MS,
  PRUNE_STEP,
  type Pruned,
  reportPruned,
  retentionCutoff,
} from "./retention.js";
import type { MessageRow, MessageState } from "./sqlite-store.js";

const SCHEMA = `
CREATE SCHEMA IF NOT EXISTS flowdock_relay;
CREATE TABLE IF NOT EXISTS flowdock_relay.deliveries (
  seq bigserial PRIMARY KEY,
  id text NOT NULL UNIQUE,
  event text NOT NULL,
  state text NOT NULL,
  reason text,
  received_at bigint NOT NULL
);
CREATE TABLE IF NOT EXISTS flowdock_relay.messages (
  seq bigserial PRIMARY KEY,
  delivery text NOT NULL,
  route text NOT NULL,
  flow text NOT NULL,
  thread text NOT NULL,
  uuid text NOT NULL UNIQUE,
  message text,
  thread_if_new text,
  state text NOT NULL,
  attempts integer NOT NULL DEFAULT 0,
  error text,
  received_at bigint NOT NULL,
  updated_at bigint NOT NULL
);
ALTER TABLE flowdock_relay.messages ADD COLUMN IF NOT EXISTS thread_if_new text;
CREATE TABLE IF NOT EXISTS flowdock_relay.instances (
  lock_key bigint PRIMARY KEY,
  worker_ids text[] NOT NULL,
  started_at bigint NOT NULL
);
CREATE INDEX IF NOT EXISTS messages_pending ON flowdock_relay.messages (flow, thread, seq) WHERE state = 'pending';
CREATE INDEX IF NOT EXISTS messages_failed ON flowdock_relay.messages (seq) WHERE state = 'failed';
CREATE INDEX IF NOT EXISTS deliveries_received ON flowdock_relay.deliveries (received_at);
CREATE INDEX IF NOT EXISTS messages_delivered ON flowdock_relay.messages (updated_at) WHERE state = 'delivered';
CREATE INDEX IF NOT EXISTS messages_dead ON flowdock_relay.messages (flow, thread, seq)
  WHERE state = 'failed' OR (state = 'pending' AND attempts > 0);
`;

/**
 * Deletes deliveries received before `before` and delivered messages last updated before it, a
 * step at a time. A delivered message is kept while an earlier one of its thread is dead-lettered
 * or redriven: it tells the redriven one not to restore the thread's older state.
 */
async function pruneBefore(pool: pg.Pool, before: number, stopped: () => boolean): Promise<Pruned> {
  const total: Pruned = { deliveries: 0, messages: 0 };
  while (!stopped()) {
    const { rows } = await pool.query<{ deliveries: string; messages: string }>(
      `WITH d AS (
         DELETE FROM flowdock_relay.deliveries WHERE seq IN (
           SELECT seq FROM flowdock_relay.deliveries WHERE received_at < $1
           ORDER BY received_at LIMIT ${PRUNE_STEP})
         RETURNING 1
       ), m AS (
         DELETE FROM flowdock_relay.messages WHERE seq IN (
           SELECT m.seq FROM flowdock_relay.messages m WHERE m.state = 'delivered' AND m.updated_at < $1
           AND NOT EXISTS (
             SELECT 1 FROM flowdock_relay.messages f
             WHERE f.flow = m.flow AND f.thread = m.thread AND f.seq < m.seq
             AND (f.state = 'failed' OR (f.state = 'pending' AND f.attempts > 0)))
           ORDER BY m.updated_at LIMIT ${PRUNE_STEP})
         RETURNING 1
       )
       SELECT (SELECT count(*) FROM d) AS deliveries, (SELECT count(*) FROM m) AS messages`,
      [before],
    );
    const deliveries = Number(rows[0]?.deliveries ?? 0);
    const messages = Number(rows[0]?.messages ?? 0);
    total.deliveries += deliveries;
    total.messages += messages;
    if (deliveries < PRUNE_STEP && messages < PRUNE_STEP) break;
  }
  return total;
}

/** Serialises schema set-up when several relays start at once. */
const SETUP_LOCK = 7_241_388_001;
const THREAD_TASK = "flowdock_relay_thread";
const BATCH = 20;

interface ThreadJob {
  flow: string;
  thread: string;
  redriven?: boolean;
}

/** One graphile-worker named queue per thread: its jobs never run at the same time, anywhere. */
function queueName(flow: string, thread: string): string {
  return `flowdock-relay:${createHash("sha256").update(`${flow}\n${thread}`).digest("hex").slice(0, 40)}`;
}

type Queryable = Pick<pg.PoolClient, "query">;

/** Schedules a run of the thread's job (or, when one is running, another after it). */
async function scheduleThread(db: Queryable, job: ThreadJob): Promise<void> {
  const queue = queueName(job.flow, job.thread);
  await db.query(
    "SELECT graphile_worker.add_job($1, $2::json, queue_name => $3, job_key => $3, job_key_mode => 'preserve_run_at')",
    [THREAD_TASK, JSON.stringify(job), queue],
  );
}

interface RawRow {
  seq: string;
  delivery: string;
  route: string;
  flow: string;
  thread: string;
  uuid: string;
  message: string | null;
  thread_if_new: string | null;
  state: MessageState;
  attempts: number;
  error: string | null;
  received_at: string;
  updated_at: string;
}

function toRow(row: RawRow): MessageRow {
  return {
    seq: Number(row.seq),
    delivery: row.delivery,
    route: row.route,
    flow: row.flow,
    thread: row.thread,
    uuid: row.uuid,
    message: row.message,
    threadIfNew: row.thread_if_new,
    state: row.state,
    attempts: row.attempts,
    error: row.error,
    receivedAt: Number(row.received_at),
    updatedAt: Number(row.updated_at),
  };
}

async function openPool(
  databaseUrl: string,
  max: number,
  timeouts = poolTimeouts(),
): Promise<pg.Pool> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max, ...timeouts });
  // An idle connection dropped by the server must not crash the process.
  pool.on("error", () => {});
  try {
    const client = await pool.connect();
    try {
      await client.query("SELECT pg_advisory_lock($1)", [SETUP_LOCK]);
      try {
        await client.query(SCHEMA);
      } finally {
        await client.query("SELECT pg_advisory_unlock($1)", [SETUP_LOCK]);
      }
    } finally {
      client.release();
    }
    await runMigrations({ pgPool: pool, logger: quietWorkerLogger() });
    return pool;
  } catch (cause) {
    await pool.end().catch(() => {});
    throw new RelayStoreError(
      `cannot open the PostgreSQL store: ${(cause as Error).message.replaceAll(databaseUrl, "<database URL>")}`,
      { cause },
    );
  }
}

function quietWorkerLogger(log?: Logger): WorkerLogger {
  return new WorkerLogger(() => (level, message) => {
    if (level === "error") log?.error(`graphile-worker: ${message}`);
    else if (level === "warning") log?.warn(`graphile-worker: ${message}`);
  });
}

async function redriveWith(pool: pg.Pool, seqs?: readonly number[]): Promise<number> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const { rows } = await client.query<{ flow: string; thread: string }>(
      seqs === undefined
        ? "UPDATE flowdock_relay.messages SET state = 'pending', error = NULL, updated_at = $1 WHERE state = 'failed' RETURNING flow, thread"
        : "UPDATE flowdock_relay.messages SET state = 'pending', error = NULL, updated_at = $1 WHERE state = 'failed' AND seq = ANY($2::bigint[]) RETURNING flow, thread",
      seqs === undefined ? [Date.now()] : [Date.now(), seqs],
    );
    const threads = new Map(rows.map((row) => [`${row.flow}\n${row.thread}`, row]));
    for (const { flow, thread } of threads.values()) {
      await scheduleThread(client, { flow, thread, redriven: true });
    }
    await client.query("COMMIT");
    return rows.length;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}

/** Puts dead-lettered messages back in the PostgreSQL queue; how many. */
export async function redrivePostgres(
  databaseUrl: string,
  seqs?: readonly number[],
): Promise<number> {
  const pool = await openPool(databaseUrl, 2);
  try {
    return await redriveWith(pool, seqs);
  } finally {
    await pool.end();
  }
}

/**
 * Keeps the queue in PostgreSQL so several relays share it. A delivery is mapped inside the
 * transaction that stores it (so a thread's messages are numbered in acknowledgement order across
 * processes), and graphile-worker runs one job per thread at a time, which sends the thread's
 * pending messages in that order.
 */
export async function startPostgresEngine(options: {
  databaseUrl: string;
  timeouts?: DatabaseTimeouts | undefined;
  config: RelayConfig;
  log: Logger;
  metrics: RelayMetrics;
}): Promise<Engine> {
  const { config, log, metrics } = options;
  const concurrency = config.delivery.concurrency;
  const timeouts = poolTimeouts(options.timeouts);
  const pool = await openPool(options.databaseUrl, 16, timeouts);
  // Job bookkeeping and delivered marks may be lost in a crash without losing anything: a job
  // runs again and a resent message is dropped by its uuid. So they skip the wait for the WAL flush.
  const workPool = new pg.Pool({
    connectionString: options.databaseUrl,
    // A job holds a connection only while it queries, not while it sends, so 16 serve any
    // concurrency and each relay stays within a small share of max_connections.
    max: Math.min(concurrency, 16) + 4,
    ...timeouts,
    options: "-c synchronous_commit=off",
  });
  workPool.on("error", () => {});
  const clients = createClients(config);
  let stopping = false;
  const sender = new FlowSender(clients, log, metrics, () => stopping);
  let depth = 0;

  const finish = async (
    seq: number,
    outcome: { kind: "delivered" | "failed"; attempts: number; reason?: string },
  ) => {
    await workPool.query(
      outcome.kind === "delivered"
        ? "UPDATE flowdock_relay.messages SET state = 'delivered', message = NULL, thread_if_new = NULL, attempts = attempts + $2, updated_at = $3 WHERE seq = $1 AND state = 'pending'"
        : "UPDATE flowdock_relay.messages SET state = 'failed', attempts = attempts + $2, updated_at = $3, error = $4 WHERE seq = $1 AND state = 'pending'",
      outcome.kind === "delivered"
        ? [seq, outcome.attempts, Date.now()]
        : [seq, outcome.attempts, Date.now(), outcome.reason ?? ""],
    );
  };

  /** Whether a message of this thread after this one was delivered (so it was redriven late). */
  const laterDelivered = async (row: { seq: number; flow: string; thread: string }) => {
    const { rowCount } = await workPool.query(
      "SELECT 1 FROM flowdock_relay.messages WHERE seq > $1 AND flow = $2 AND thread = $3 AND state = 'delivered' LIMIT 1",
      [row.seq, row.flow, row.thread],
    );
    return (rowCount ?? 0) > 0;
  };

  const sendThread: Task = async (payload) => {
    const job = payload as ThreadJob;
    if (job.redriven) sender.reopen(job.flow);
    for (;;) {
      const { rows } = await workPool.query<RawRow>(
        "SELECT * FROM flowdock_relay.messages WHERE flow = $1 AND thread = $2 AND state = 'pending' ORDER BY seq LIMIT $3",
        [job.flow, job.thread, BATCH],
      );
      if (rows.length === 0) return;
      for (const raw of rows) {
        const row = toRow(raw);
        if (stopping || row.message === null) {
          await scheduleThread(pool, { flow: job.flow, thread: job.thread });
          return;
        }
        // A pending message that was tried before was dead-lettered, then redriven.
        const superseded =
          (job.redriven === true || row.attempts > 0) && (await laterDelivered(row));
        const outcome = await sender.send(
          { ...row, message: row.message } as OutgoingMessage,
          superseded,
        );
        if (outcome.kind === "handed-back") {
          await scheduleThread(pool, { flow: job.flow, thread: job.thread });
          return;
        }
        await finish(row.seq, outcome);
      }
    }
  };

  const workerIds: string[] = [];
  const events = new EventEmitter();
  events.on("worker:create", ({ worker }: { worker: { workerId: string } }) => {
    workerIds.push(worker.workerId);
  });
  const runner: Runner = await run({
    pgPool: workPool,
    events: events as WorkerEvents,
    concurrency,
    noHandleSignals: true,
    pollInterval: 1000,
    logger: quietWorkerLogger(log),
    taskList: { [THREAD_TASK]: sendThread },
  });

  const liveness = await startLiveness({
    databaseUrl: options.databaseUrl,
    connectMs: timeouts.connectionTimeoutMillis,
    workerIds,
    log,
  });

  const refreshDepth = async () => {
    const { rows } = await pool.query<{ n: string }>(
      "SELECT count(*) AS n FROM flowdock_relay.messages WHERE state = 'pending'",
    );
    depth = Number(rows[0]?.n ?? 0);
  };
  // /healthz follows whether the database answered the last check.
  let healthy = true;
  const depthTimer = setInterval(
    () =>
      refreshDepth().then(
        () => {
          healthy = true;
        },
        (error: Error) => {
          if (healthy) log.error("the database does not answer", { error: error.message });
          healthy = false;
        },
      ),
    2000,
  );
  depthTimer.unref();
  await refreshDepth();

  let closed = false;
  let pruning: Promise<void> | undefined;
  const prune = () => {
    pruning ??= pruneBefore(pool, retentionCutoff(config.retentionDays), () => closed)
      .then(
        (gone) => reportPruned(log, config.retentionDays, gone),
        (error: Error) => reportPruned(log, config.retentionDays, { error: error.message }),
      )
      .finally(() => {
        pruning = undefined;
      });
  };
  const pruneTimer = setInterval(prune, PRUNE_EVERY_MS);
  pruneTimer.unref();
  prune();
  return {
    async storeDelivery(item) {
      if (closed) throw new Error("the relay is shutting down");
      // Mapped first (a pure function); a duplicate's mapping is simply dropped.
      const mapped =
        item.skipped === undefined && item.payload !== undefined
          ? mapDelivery(config.routes, {
              id: item.id,
              event: item.event,
              payload: item.parsed ?? JSON.parse(item.payload),
            })
          : undefined;
      const skipped = item.skipped ?? (mapped?.messages.length === 0 ? mapped.skipped : undefined);
      const messages = mapped?.messages ?? [];
      const threads = [...new Map(messages.map((m) => [`${m.flow}\n${m.thread}`, m])).values()];
      // One statement, so one round trip and one commit: the delivery, its messages in thread
      // order, and a job for each of its threads, all or nothing.
      const { rows } = await pool.query<{ stored: string }>(
        `WITH d AS (
           INSERT INTO flowdock_relay.deliveries (id, event, state, reason, received_at)
           VALUES ($1, $2, $3, $4, $5) ON CONFLICT (id) DO NOTHING RETURNING seq
         ), m AS (
           INSERT INTO flowdock_relay.messages (delivery, route, flow, thread, uuid, message, thread_if_new, state, received_at, updated_at)
           SELECT $1, m.route, m.flow, m.thread, m.uuid, m.message, m.thread_if_new, 'pending', $5, $6
           FROM unnest($7::text[], $8::text[], $9::text[], $10::text[], $11::text[], $15::text[])
             WITH ORDINALITY AS m(route, flow, thread, uuid, message, thread_if_new, n)
           WHERE EXISTS (SELECT 1 FROM d)
           ORDER BY m.n
           RETURNING seq
         ), j AS (
           SELECT graphile_worker.add_job($12, t.job, queue_name => t.queue, job_key => t.queue,
                    job_key_mode => 'preserve_run_at')
           FROM unnest($13::json[], $14::text[]) AS t(job, queue)
           WHERE EXISTS (SELECT 1 FROM d)
         )
         SELECT (SELECT count(*) FROM d) AS stored, (SELECT count(*) FROM m) AS messages,
                (SELECT count(*) FROM j) AS jobs`,
        [
          item.id,
          item.event,
          skipped === undefined ? "mapped" : "skipped",
          skipped ?? null,
          item.receivedAt,
          Date.now(),
          messages.map((m) => m.route),
          messages.map((m) => m.flow),
          messages.map((m) => m.thread),
          messages.map((m) => m.message.uuid),
          messages.map((m) => JSON.stringify(m.message)),
          THREAD_TASK,
          threads.map((m) => JSON.stringify({ flow: m.flow, thread: m.thread })),
          threads.map((m) => queueName(m.flow, m.thread)),
          messages.map((m) => (m.threadIfNew === undefined ? null : JSON.stringify(m.threadIfNew))),
        ],
      );
      if (rows[0]?.stored === "0") return "duplicate";
      if (item.skipped === undefined && skipped !== undefined) {
        metrics.skipped.inc();
        log.info("delivery skipped", { delivery: item.id, reason: skipped });
      }
      return "stored";
    },
    async listMessages(state, limit) {
      const { rows } = await pool.query<RawRow>(
        "SELECT * FROM flowdock_relay.messages WHERE state = $1 ORDER BY seq LIMIT $2",
        [state, limit],
      );
      return rows.map(toRow);
    },
    redrive: (seqs) => redriveWith(pool, seqs),
    depth: () => depth,
    isReady: () => !closed && healthy,
    async close() {
      if (closed) return;
      closed = true;
      stopping = true;
      clearInterval(depthTimer);
      clearInterval(pruneTimer);
      await pruning;
      const closing = clients.close();
      await runner.stop();
      await closing;
      await liveness.stop();
      await workPool.end();
      await pool.end();
    },
  };
}
