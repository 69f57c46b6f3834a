import { mkdirSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { RelayStoreError } from "./errors.js";
import type { OutgoingMessage } from "./flow-sender.js";
import { PRUNE_STEP, type Pruned } from "./retention.js";

/** A webhook delivery to store, as it arrived. */
export interface IncomingDelivery {
  /** `X-GitHub-Delivery`. */
  id: string;
  event: string;
  /** The raw JSON; undefined for a delivery that is skipped at once. */
  payload?: string | undefined;
  /** The payload already parsed, so the mapping need not parse it again. */
  parsed?: unknown;
  /** Why it was skipped at once (unsupported event, no route). */
  skipped?: string | undefined;
  receivedAt: number;
}

/** A delivery waiting to be mapped. */
export interface ReceivedDelivery {
  id: string;
  event: string;
  payload: string;
  receivedAt: number;
}

/** A message to queue for one flow. */
export interface NewMessage {
  route: string;
  flow: string;
  thread: string;
  /** The message as `mapEvent` built it, with its `uuid`. */
  message: Record<string, unknown> & { uuid: string };
  /** The thread state to send instead if Flowdock does not know the thread (`MapResult.threadIfNew`). */
  threadIfNew?: Record<string, unknown> | undefined;
}

/** What the dispatcher needs to order a queued message. */
export interface QueuedMessage {
  seq: number;
  flow: string;
  thread: string;
  /** The message itself when just queued, so sending it needs no read. */
  outgoing?: OutgoingMessage;
}

/** A queued message with everything needed to send it. */
export interface MessageRow extends QueuedMessage {
  delivery: string;
  route: string;
  uuid: string;
  message: string | null;
  /** JSON of the thread state to send if Flowdock does not know the thread yet. */
  threadIfNew: string | null;
  state: MessageState;
  attempts: number;
  error: string | null;
  receivedAt: number;
  updatedAt: number;
}

/** `pending` until sent, then `delivered`, or `failed` (dead-letter) after its retries. */
export type MessageState = "pending" | "delivered" | "failed";

/** The outcome of mapping one delivery. */
export interface MappedDelivery {
  id: string;
  messages: NewMessage[];
  /** Set when no message came of it. */
  skipped?: string | undefined;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS deliveries (
  rowid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  event TEXT NOT NULL,
  state TEXT NOT NULL,
  payload TEXT,
  reason TEXT,
  received_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS deliveries_received ON deliveries(rowid) WHERE state = 'received';
CREATE TABLE IF NOT EXISTS messages (
  seq INTEGER PRIMARY KEY,
  delivery TEXT NOT NULL,
  route TEXT NOT NULL,
  flow TEXT NOT NULL,
  thread TEXT NOT NULL,
  uuid TEXT NOT NULL UNIQUE,
  message TEXT,
  thread_if_new TEXT,
  state TEXT NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  error TEXT,
  requeued INTEGER NOT NULL DEFAULT 0,
  received_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS messages_pending ON messages(seq) WHERE state = 'pending';
CREATE INDEX IF NOT EXISTS messages_failed ON messages(seq) WHERE state = 'failed';
CREATE INDEX IF NOT EXISTS messages_requeued ON messages(seq) WHERE requeued = 1;
CREATE INDEX IF NOT EXISTS deliveries_done ON deliveries(received_at) WHERE state != 'received';
CREATE INDEX IF NOT EXISTS messages_delivered ON messages(updated_at) WHERE state = 'delivered';
CREATE INDEX IF NOT EXISTS messages_dead ON messages(flow, thread, seq)
  WHERE state = 'failed' OR (state = 'pending' AND attempts > 0);
`;

interface RawMessageRow {
  seq: number;
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
  received_at: number;
  updated_at: number;
}

function toMessageRow(row: RawMessageRow): MessageRow {
  return {
    seq: row.seq,
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
    receivedAt: row.received_at,
    updatedAt: row.updated_at,
  };
}

/** The relay's queue in one SQLite file (`relay.db` in the data directory), WAL and fully synced. */
export class SqliteStore {
  readonly path: string;
  readonly #db: Database.Database;
  readonly #insertDelivery: Database.Statement;
  readonly #insertMessage: Database.Statement;
  readonly #finishDelivery: Database.Statement;
  readonly #markDelivered: Database.Statement;
  readonly #markFailed: Database.Statement;
  #open = true;
  readonly #statements = new Map<string, Database.Statement>();

  private constructor(path: string, db: Database.Database) {
    this.path = path;
    this.#db = db;
    this.#insertDelivery = db.prepare(
      "INSERT INTO deliveries (id, event, state, payload, reason, received_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO NOTHING",
    );
    this.#insertMessage = db.prepare(
      "INSERT INTO messages (delivery, route, flow, thread, uuid, message, thread_if_new, state, received_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'pending', ?, ?)",
    );
    this.#finishDelivery = db.prepare(
      "UPDATE deliveries SET state = ?, reason = ?, payload = NULL WHERE id = ?",
    );
    this.#markDelivered = db.prepare(
      "UPDATE messages SET state = 'delivered', message = NULL, thread_if_new = NULL, attempts = attempts + ?, updated_at = ? WHERE seq = ? AND state = 'pending'",
    );
    this.#markFailed = db.prepare(
      "UPDATE messages SET state = 'failed', attempts = attempts + ?, error = ?, updated_at = ? WHERE seq = ? AND state = 'pending'",
    );
  }

  /** A prepared statement, prepared once. */
  #sql(text: string): Database.Statement {
    let statement = this.#statements.get(text);
    if (statement === undefined) {
      statement = this.#db.prepare(text);
      this.#statements.set(text, statement);
    }
    return statement;
  }

  /** Opens (creating) `relay.db` in `dir`. */
  static open(dir: string): SqliteStore {
    const path = join(dir, "relay.db");
    try {
      mkdirSync(dir, { recursive: true });
      const db = new Database(path);
      db.pragma("journal_mode = WAL");
      // FULL: a delivery acknowledged with 202 survives a power cut, not only a crash.
      db.pragma("synchronous = FULL");
      db.pragma("busy_timeout = 10000");
      // A damaged file would otherwise start "healthy" and then refuse every webhook with 503.
      const check = db.pragma("quick_check", { simple: true });
      if (check !== "ok") {
        db.close();
        // The first line of the check's report that names a problem, not its "*** in database" header.
        const problem = String(check)
          .split("\n")
          .find((line) => !line.startsWith("***"));
        throw new RelayStoreError(
          `the store ${path} is damaged (${problem}): stop every relay using it, then restore it from a backup, or move it away (with its -wal and -shm files) to start with an empty store; messages not yet delivered would be lost`,
        );
      }
      db.exec(SCHEMA);
      // A store made before thread_if_new existed gets the column (SQLite has no ADD COLUMN IF NOT EXISTS).
      const columns = db.pragma("table_info(messages)") as { name: string }[];
      if (!columns.some((column) => column.name === "thread_if_new"))
        db.exec("ALTER TABLE messages ADD COLUMN thread_if_new TEXT");
      return new SqliteStore(path, db);
    } catch (cause) {
      if (cause instanceof RelayStoreError) throw cause;
      throw new RelayStoreError(`cannot open the store ${path}: ${(cause as Error).message}`, {
        cause,
      });
    }
  }

  /** Whether the store is open (for `/healthz`). */
  get isOpen(): boolean {
    return this.#open && this.#db.open;
  }

  /** Stores deliveries in one transaction (one fsync); `false` marks one already stored. */
  storeDeliveries(deliveries: readonly IncomingDelivery[]): boolean[] {
    const run = this.#db.transaction((items: readonly IncomingDelivery[]) =>
      items.map(
        (item) =>
          this.#insertDelivery.run(
            item.id,
            item.event,
            item.skipped === undefined ? "received" : "skipped",
            item.skipped === undefined ? (item.payload ?? null) : null,
            item.skipped ?? null,
            item.receivedAt,
          ).changes === 1,
      ),
    );
    return run(deliveries);
  }

  /** The oldest deliveries not yet mapped, in arrival order. */
  takeReceived(limit: number): ReceivedDelivery[] {
    return (
      this.#sql(
        "SELECT id, event, payload, received_at FROM deliveries WHERE state = 'received' ORDER BY rowid LIMIT ?",
      ).all(limit) as { id: string; event: string; payload: string; received_at: number }[]
    ).map((row) => ({
      id: row.id,
      event: row.event,
      payload: row.payload,
      receivedAt: row.received_at,
    }));
  }

  /** How many deliveries wait to be mapped. */
  countReceived(): number {
    return (
      this.#sql("SELECT count(*) AS n FROM deliveries WHERE state = 'received'").get() as {
        n: number;
      }
    ).n;
  }

  /**
   * Runs a write that may be lost in a power cut without losing anything acknowledged: redoing it
   * gives the same result (mapping makes the same uuids; a resend is dropped by Flowdock).
   */
  #withoutFsync<T>(write: () => T): T {
    this.#db.pragma("synchronous = NORMAL");
    try {
      return write();
    } finally {
      this.#db.pragma("synchronous = FULL");
    }
  }

  /** Queues the messages of mapped deliveries and drops their payloads, in one transaction. */
  commitMapped(
    mapped: readonly MappedDelivery[],
    receivedAt: ReadonlyMap<string, number>,
  ): QueuedMessage[] {
    const now = Date.now();
    const run = this.#db.transaction(() => {
      const queued: QueuedMessage[] = [];
      for (const delivery of mapped) {
        const at = receivedAt.get(delivery.id) ?? now;
        for (const m of delivery.messages) {
          const message = JSON.stringify(m.message);
          const threadIfNew = m.threadIfNew === undefined ? null : JSON.stringify(m.threadIfNew);
          const { lastInsertRowid } = this.#insertMessage.run(
            delivery.id,
            m.route,
            m.flow,
            m.thread,
            m.message.uuid,
            message,
            threadIfNew,
            at,
            now,
          );
          const seq = Number(lastInsertRowid);
          queued.push({
            seq,
            flow: m.flow,
            thread: m.thread,
            outgoing: {
              seq,
              delivery: delivery.id,
              route: m.route,
              flow: m.flow,
              thread: m.thread,
              uuid: m.message.uuid,
              message,
              threadIfNew,
              receivedAt: at,
            },
          });
        }
        this.#finishDelivery.run(
          delivery.messages.length > 0 ? "mapped" : "skipped",
          delivery.skipped ?? null,
          delivery.id,
        );
      }
      return queued;
    });
    return this.#withoutFsync(run);
  }

  /** Every pending message, oldest first (at start). */
  pendingMessages(): QueuedMessage[] {
    return this.#sql(
      "SELECT seq, flow, thread FROM messages WHERE state = 'pending' ORDER BY seq",
    ).all() as QueuedMessage[];
  }

  /** Messages put back to pending by `redrive` since the last call. */
  takeRequeued(): QueuedMessage[] {
    return this.#db.transaction(() => {
      const rows = this.#sql(
        "SELECT seq, flow, thread, state FROM messages WHERE requeued = 1 ORDER BY seq",
      ).all() as (QueuedMessage & { state: string })[];
      if (rows.length > 0) this.#sql("UPDATE messages SET requeued = 0 WHERE requeued = 1").run();
      return rows
        .filter((row) => row.state === "pending")
        .map(({ seq, flow, thread }) => ({ seq, flow, thread }));
    })();
  }

  /** One message by its sequence number. */
  message(seq: number): MessageRow | undefined {
    const row = this.#sql("SELECT * FROM messages WHERE seq = ?").get(seq) as
      | RawMessageRow
      | undefined;
    return row && toMessageRow(row);
  }

  /** Whether a message of this thread after `seq` was delivered (so `seq` was redriven late). */
  laterDelivered({ seq, flow, thread }: QueuedMessage): boolean {
    return (
      this.#sql(
        "SELECT 1 FROM messages WHERE seq > ? AND flow = ? AND thread = ? AND state = 'delivered' LIMIT 1",
      ).get(seq, flow, thread) !== undefined
    );
  }

  /** Marks messages sent, in one transaction. */
  markDelivered(done: readonly { seq: number; attempts: number }[]): void {
    const now = Date.now();
    this.#withoutFsync(
      this.#db.transaction(() => {
        for (const { seq, attempts } of done) this.#markDelivered.run(attempts, now, seq);
      }),
    );
  }

  /** Moves a message to the dead-letter state with the reason. */
  markFailed(seq: number, attempts: number, error: string): void {
    this.#markFailed.run(attempts, error, Date.now(), seq);
  }

  /** Messages in `state`, oldest first. */
  listMessages(state: MessageState, limit: number, afterSeq = 0): MessageRow[] {
    return (
      this.#sql("SELECT * FROM messages WHERE state = ? AND seq > ? ORDER BY seq LIMIT ?").all(
        state,
        afterSeq,
        limit,
      ) as RawMessageRow[]
    ).map(toMessageRow);
  }

  /** Puts failed messages (all, or those with these sequence numbers) back in the queue. */
  redrive(seqs?: readonly number[]): number {
    const now = Date.now();
    if (seqs === undefined) {
      return this.#sql(
        "UPDATE messages SET state = 'pending', error = NULL, requeued = 1, updated_at = ? WHERE state = 'failed'",
      ).run(now).changes;
    }
    const statement = this.#sql(
      "UPDATE messages SET state = 'pending', error = NULL, requeued = 1, updated_at = ? WHERE state = 'failed' AND seq = ?",
    );
    return this.#db.transaction(() =>
      seqs.reduce((count, seq) => count + statement.run(now, seq).changes, 0),
    )();
  }

  /**
   * Deletes up to {@link PRUNE_STEP} handled deliveries received before `before`, and as many
   * delivered messages last updated before it; counts what went. A delivered message is kept while
   * an earlier one of its thread is dead-lettered or redriven: it tells the redriven one not to
   * restore the thread's older state.
   */
  prune(before: number): Pruned {
    return this.#withoutFsync(
      this.#db.transaction(() => ({
        deliveries: this.#sql(
          `DELETE FROM deliveries WHERE rowid IN (
             SELECT rowid FROM deliveries WHERE state != 'received' AND received_at < ?
             ORDER BY received_at LIMIT ${PRUNE_STEP})`,
        ).run(before).changes,
        messages: this.#sql(
          `DELETE FROM messages WHERE seq IN (
             SELECT m.seq FROM messages m WHERE m.state = 'delivered' AND m.updated_at < ?
             AND NOT EXISTS (
               SELECT 1 FROM messages f WHERE f.flow = m.flow AND f.thread = m.thread AND f.seq < m.seq
               AND (f.state = 'failed' OR (f.state = 'pending' AND f.attempts > 0)))
             ORDER BY m.updated_at LIMIT ${PRUNE_STEP})`,
        ).run(before).changes,
      })),
    );
  }

  /** Counts by state, for `/metrics` and tests. */
  counts(): { deliveries: Record<string, number>; messages: Record<string, number> } {
    const group = (table: string) =>
      Object.fromEntries(
        (
          this.#sql(`SELECT state, count(*) AS n FROM ${table} GROUP BY state`).all() as {
            state: string;
            n: number;
          }[]
        ).map((row) => [row.state, row.n]),
      );
    return { deliveries: group("deliveries"), messages: group("messages") };
  }

  /** Closes the database (checkpointing the WAL). */
  close(): void {
    if (!this.#open) return;
    this.#open = false;
    this.#db.close();
  }
}
