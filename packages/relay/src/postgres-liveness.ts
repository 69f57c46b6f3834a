import { randomBytes } from "node:crypto";
import pg from "pg";
import type { Logger } from "./log.js";

const SWEEP_MS = 5000;

/** What {@link startLiveness} returns. */
export interface Liveness {
  /** Forgets this process (on a clean stop). */
  stop(): Promise<void>;
}

/**
 * Lets relays find the work of one that died. Each process holds a session advisory lock for as
 * long as it lives (PostgreSQL drops it with the connection, even after `kill -9`); a process whose
 * lock can be taken is gone, so its graphile-worker workers' locks are released for the others
 * rather than after graphile-worker's four-hour timeout.
 */
export async function startLiveness(options: {
  databaseUrl: string;
  /** Longest wait for the connection; its lock may wait longer, for a dead session's to go. */
  connectMs: number;
  workerIds: readonly string[];
  log: Logger;
}): Promise<Liveness> {
  const { log } = options;
  const key = randomBytes(8).readBigInt64BE().toString();
  // The connection holding this process's lock; unset once the database dropped it.
  let client: pg.Client | undefined;
  const register = async () => {
    const next = new pg.Client({
      connectionString: options.databaseUrl,
      connectionTimeoutMillis: options.connectMs,
    });
    next.on("error", (error) => log.error("liveness connection lost", { error: error.message }));
    next.on("end", () => {
      if (client === next) client = undefined;
    });
    await next.connect();
    try {
      await next.query("SELECT pg_advisory_lock($1::bigint)", [key]);
      // The row may be gone: another relay that found the lock free took this one for dead.
      await next.query(
        "INSERT INTO flowdock_relay.instances (lock_key, worker_ids, started_at) VALUES ($1::bigint, $2::text[], $3) ON CONFLICT (lock_key) DO NOTHING",
        [key, options.workerIds, Date.now()],
      );
    } catch (error) {
      await next.end().catch(() => {});
      throw error;
    }
    client = next;
    return next;
  };
  await register();

  let sweeping: Promise<void> = Promise.resolve();
  const sweep = async () => {
    let db = client;
    if (db === undefined) {
      db = await register();
      log.info("liveness connection restored");
    }
    const { rows } = await db.query<{ lock_key: string; worker_ids: string[] }>(
      "SELECT lock_key::text, worker_ids FROM flowdock_relay.instances WHERE lock_key <> $1::bigint",
      [key],
    );
    for (const row of rows) {
      const { rows: taken } = await db.query<{ free: boolean }>(
        "SELECT pg_try_advisory_lock($1::bigint) AS free",
        [row.lock_key],
      );
      if (!taken[0]?.free) continue;
      try {
        await db.query("SELECT graphile_worker.force_unlock_workers($1::text[])", [row.worker_ids]);
        await db.query("DELETE FROM flowdock_relay.instances WHERE lock_key = $1::bigint", [
          row.lock_key,
        ]);
        log.warn("a relay process ended without handing its threads back; they are unlocked", {
          workers: row.worker_ids.length,
        });
      } finally {
        await db.query("SELECT pg_advisory_unlock($1::bigint)", [row.lock_key]);
      }
    }
  };
  const tick = () => {
    sweeping = sweeping
      .then(sweep)
      .catch((error: Error) => log.error("liveness sweep failed", { error: error.message }));
  };
  tick();
  const timer = setInterval(tick, SWEEP_MS);
  timer.unref();
  await sweeping;

  return {
    async stop() {
      clearInterval(timer);
      await sweeping;
      await client
        ?.query("DELETE FROM flowdock_relay.instances WHERE lock_key = $1::bigint", [key])
        .catch(() => {});
      await client?.end().catch(() => {});
    },
  };
}
