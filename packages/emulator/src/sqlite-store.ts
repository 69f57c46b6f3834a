import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import type { Message, Thread } from "@flowdock-kit/core";
import type BetterSqlite3 from "better-sqlite3";
import { CardCache } from "./card-cache.js";
import { EmulatorError, StorageError } from "./errors.js";
import { type PrepareReader, prepareMessage } from "./prepare-message.js";
import { sourceId } from "./source-id.js";
import type {
  Change,
  EventQuery,
  PageQuery,
  Prepared,
  SourceLookup,
  Store,
  ThreadSummary,
} from "./store-types.js";
import type { FlowEvent, FlowView, StoredMessage, ThreadView } from "./types.js";

type Database = BetterSqlite3.Database;
type Driver = typeof BetterSqlite3;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS sources (id TEXT PRIMARY KEY, flow TEXT NOT NULL, removed INTEGER NOT NULL DEFAULT 0) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS flows (name TEXT NOT NULL UNIQUE, threads INTEGER NOT NULL DEFAULT 0, messages INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS threads (
  id TEXT PRIMARY KEY, flow TEXT NOT NULL, source TEXT NOT NULL, external_thread_id TEXT,
  state TEXT NOT NULL, updated_at INTEGER NOT NULL, last_id INTEGER NOT NULL, messages INTEGER NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS threads_external ON threads (source, external_thread_id) WHERE external_thread_id IS NOT NULL;
CREATE INDEX IF NOT EXISTS threads_activity ON threads (flow, last_id);
CREATE INDEX IF NOT EXISTS threads_latest ON threads (last_id);
CREATE TABLE IF NOT EXISTS messages (
  id INTEGER PRIMARY KEY, flow TEXT NOT NULL, thread_id TEXT, event TEXT NOT NULL, uuid TEXT, data TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS messages_flow ON messages (flow, id);
CREATE INDEX IF NOT EXISTS messages_event ON messages (flow, event, id);
CREATE INDEX IF NOT EXISTS messages_kind ON messages (event, id);
CREATE INDEX IF NOT EXISTS messages_thread ON messages (thread_id, id) WHERE thread_id IS NOT NULL;
CREATE UNIQUE INDEX IF NOT EXISTS messages_uuid ON messages (flow, uuid) WHERE uuid IS NOT NULL;
`;
const SCHEMA_VERSION = 1;
const NO_UPPER = Number.MAX_SAFE_INTEGER;
/** The most characters of event JSON kept parsed in the heap. */
const RECENT_CHARS = 4_000_000;

interface ThreadRow {
  id: string;
  flow: string;
  external_thread_id: string | null;
  state: string;
  updated_at: number;
  last_id: number;
  messages: number;
}

interface Batch {
  promise: Promise<void>;
  /** Messages and new threads per flow, written to `flows` once, just before the commit. */
  counts: Map<string, { messages: number; threads: number }>;
  resolve(): void;
  reject(error: unknown): void;
  firstId: number;
}

/** Options for {@link openSqliteStore}. */
export interface SqliteOptions {
  /** Caps the database's size, so a full disk can be tried without filling one. */
  maxBytes?: number;
  /** Imports better-sqlite3; replaced in tests to see what users without it are told. */
  importDriver?: () => Promise<{ default: Driver }>;
}

function codeOf(error: unknown): string {
  return typeof error === "object" && error !== null && "code" in error
    ? String((error as { code: unknown }).code)
    : "";
}

/** What a user is told when SQLite refuses: the file, the reason, and what to do. */
export function storageError(error: unknown, path: string): StorageError {
  // Reads run outside apply(): a damaged page met there is reported the same way.
  if (error instanceof StorageError) return error;
  const code = codeOf(error);
  if (code === "SQLITE_FULL")
    return new StorageError(`the disk is full: ${path} cannot grow`, {
      cause: error,
      reason: "full",
    });
  if (code === "SQLITE_CORRUPT" || code === "SQLITE_NOTADB")
    return new StorageError(
      `${path} is damaged (${error instanceof Error ? error.message : code}); move it away to start with an empty one`,
      { cause: error, reason: "damaged" },
    );
  return new StorageError(
    `cannot write ${path}: ${error instanceof Error ? error.message : String(error)}`,
    { cause: error },
  );
}

async function loadDriver(
  importDriver: () => Promise<{ default: Driver }> = () => import("better-sqlite3"),
): Promise<Driver> {
  try {
    return (await importDriver()).default;
  } catch (error) {
    throw new StorageError(
      "dataDir (--data) keeps messages in SQLite and needs the optional dependency better-sqlite3 12.x, which is not installed: run `npm install better-sqlite3@12`",
      { cause: error },
    );
  }
}

/** Where {@link openSqliteStore} keeps its database. */
export function databasePath(dataDir: string): string {
  return join(dataDir, "emulator.db");
}

/** Opens (or creates) `emulator.db` in `dataDir`: WAL, every commit synced (`synchronous=FULL`). */
export async function openSqliteStore(
  dataDir: string,
  options: SqliteOptions = {},
): Promise<SqliteStore> {
  const Driver = await loadDriver(options.importDriver);
  const path = databasePath(dataDir);
  try {
    await mkdir(dataDir, { recursive: true });
  } catch (error) {
    const code = codeOf(error);
    throw new StorageError(
      `cannot create the data folder ${dataDir} (${code || "error"}: ${error instanceof Error ? error.message : String(error)}); --data must name a folder that can be created or written`,
      { cause: error },
    );
  }
  let db: Database | undefined;
  let reader: Database | undefined;
  try {
    db = new Driver(path, { timeout: 2000 });
    db.pragma("journal_mode = WAL");
    db.pragma("synchronous = FULL");
    const version = Number(db.pragma("user_version", { simple: true }));
    if (version > SCHEMA_VERSION)
      throw new StorageError(
        `${path} was written by a newer emulator (schema ${version}); use that version or another folder`,
      );
    db.exec(SCHEMA);
    // Written only when it changes: a start on a full disk must not fail on a write it does not need.
    if (version !== SCHEMA_VERSION) db.pragma(`user_version = ${SCHEMA_VERSION}`);
    if (options.maxBytes !== undefined) {
      const pageSize = Number(db.pragma("page_size", { simple: true }));
      db.pragma(`max_page_count = ${Math.max(1, Math.floor(options.maxBytes / pageSize))}`);
    }
    reader = new Driver(path, { timeout: 2000 });
    reader.pragma("query_only = ON");
    return new SqliteStore(db, reader, path);
  } catch (error) {
    reader?.close();
    db?.close();
    if (error instanceof StorageError) throw error;
    const code = codeOf(error);
    if (code === "SQLITE_NOTADB" || code === "SQLITE_CORRUPT")
      throw new StorageError(
        `${path} is not a usable emulator database (${error instanceof Error ? error.message : code}); move it away to start with an empty one`,
        { cause: error },
      );
    throw new StorageError(`cannot open ${path}: ${openFailure(error)}`, {
      cause: error,
      ...(code === "SQLITE_FULL" && { reason: "full" as const }),
    });
  }
}

/** SQLite's result codes (extended ones start the same), in words, with what to do. */
const OPEN_FAILURES: [prefix: string, words: string][] = [
  ["SQLITE_FULL", "the disk is full; free some space and start again"],
  ["SQLITE_READONLY", "it is read-only; use a folder that can be written"],
  [
    "SQLITE_CANTOPEN",
    "it cannot be opened or created; --data must be a folder that can be written",
  ],
  ["SQLITE_PERM", "permission denied; use a folder that can be written"],
  ["SQLITE_BUSY", "another process holds it locked; stop that process or use another folder"],
  ["SQLITE_IOERR", "the disk reported an I/O error"],
];

/** Why a database could not be opened: the reason in words, then the driver's code and message. */
function openFailure(error: unknown): string {
  const code = codeOf(error);
  const words = OPEN_FAILURES.find(([prefix]) => code.startsWith(prefix))?.[1];
  const detail = `${code || "error"}: ${error instanceof Error ? error.message : String(error)}`;
  return words === undefined ? detail : `${words} (${detail})`;
}

function toSummary(row: ThreadRow, latest: FlowEvent[]): ThreadSummary {
  return {
    id: row.id,
    flow: row.flow,
    ...(row.external_thread_id !== null && { external_thread_id: row.external_thread_id }),
    thread: JSON.parse(row.state) as Thread,
    updated_at: row.updated_at,
    message_count: row.messages,
    last_message_id: row.last_id,
    latest,
  };
}

function parseEvents(rows: unknown[]): FlowEvent[] {
  return (rows as { data: string }[]).map((row) => JSON.parse(row.data) as FlowEvent);
}

/**
 * Everything in SQLite; nothing but prepared statements in the heap. Changes made in one turn of
 * the event loop share one transaction, committed (and synced) before any of them is answered.
 * Checks run on the writing connection, which sees changes not yet committed; reads use a second
 * connection, which sees only what was committed.
 */
export class SqliteStore implements Store, PrepareReader {
  readonly #db: Database;
  readonly #reader: Database;
  readonly #path: string;
  #nextId: number;
  #batch: Batch | undefined;
  #closed = false;
  /** Set once damage is seen: what every later write is told. */
  #refused: StorageError | undefined;
  readonly #q;
  readonly #r;
  readonly #pages = new Map<string, BetterSqlite3.Statement>();
  /**
   * Events of cards recently shown: committed events never change, and live pages ask again.
   * Bounded by the characters of their JSON too, since a body may be a mebibyte.
   */
  readonly #recent = new CardCache<{ event: FlowEvent; chars: number }>({
    max: 2000,
    maxSize: RECENT_CHARS,
    size: ({ chars }) => chars,
  });

  constructor(db: Database, reader: Database, path: string) {
    this.#db = db;
    this.#reader = reader;
    this.#path = path;
    this.#q = {
      source: db.prepare("SELECT flow, removed FROM sources WHERE id = ?"),
      addSource: db.prepare("INSERT INTO sources (id, flow) VALUES (?, ?)"),
      removeSource: db.prepare("UPDATE sources SET removed = 1 WHERE id = ?"),
      addFlow: db.prepare("INSERT OR IGNORE INTO flows (name) VALUES (?)"),
      flowCount: db.prepare("SELECT count(*) AS n FROM flows").pluck(),
      uuid: db.prepare("SELECT data FROM messages WHERE flow = ? AND uuid = ?").pluck(),
      threadFlow: db.prepare("SELECT flow FROM threads WHERE id = ?").pluck(),
      external: db
        .prepare("SELECT id FROM threads WHERE source = ? AND external_thread_id = ?")
        .pluck(),
      addThread: db.prepare(
        "INSERT INTO threads (id, flow, source, external_thread_id, state, updated_at, last_id, messages) VALUES (?, ?, ?, ?, ?, ?, ?, 1)",
      ),
      touchThread: db.prepare(
        "UPDATE threads SET state = coalesce(?, state), updated_at = ?, last_id = ?, messages = messages + 1 WHERE id = ?",
      ),
      countFlow: db.prepare(
        "UPDATE flows SET messages = messages + ?, threads = threads + ? WHERE name = ?",
      ),
      // Prepared once: exec() would parse them again for every batch.
      begin: db.prepare("BEGIN IMMEDIATE"),
      commit: db.prepare("COMMIT"),
      addMessage: db.prepare(
        "INSERT INTO messages (id, flow, thread_id, event, uuid, data) VALUES (?, ?, ?, ?, ?, ?)",
      ),
    };
    this.#r = {
      flows: reader.prepare(
        "SELECT f.name, f.threads, f.messages, count(s.id) AS sources, coalesce(sum(s.removed), 0) AS removed FROM flows f LEFT JOIN sources s ON s.flow = f.name GROUP BY f.rowid ORDER BY f.rowid",
      ),
      hasFlow: reader.prepare("SELECT 1 FROM flows WHERE name = ?").pluck(),
      thread: reader.prepare("SELECT * FROM threads WHERE id = ?"),
      state: reader.prepare("SELECT state FROM threads WHERE id = ?").pluck(),
      // Answered from the (thread_id, id) index alone; only events not yet cached are read.
      latest: reader
        .prepare("SELECT id FROM messages WHERE thread_id = ? ORDER BY id DESC LIMIT ?")
        .pluck(),
      event: reader.prepare("SELECT data FROM messages WHERE id = ?").pluck(),
      uuid: reader.prepare("SELECT 1 FROM messages WHERE flow = ? AND uuid = ?").pluck(),
      allThreads: reader.prepare("SELECT * FROM threads WHERE flow = ? ORDER BY last_id DESC"),
      threadMessages: reader.prepare(
        "SELECT data FROM messages WHERE thread_id = ? AND event IN ('activity', 'discussion') ORDER BY id",
      ),
    };
    const max = db.prepare("SELECT max(id) FROM messages").pluck().get() as number | null;
    this.#nextId = (max ?? 0) + 1;
  }

  /** Characters of event JSON held parsed in the heap now (at most {@link RECENT_CHARS}). */
  get heldChars(): number {
    return this.#recent.held;
  }

  lookup(token: string): SourceLookup {
    const source = sourceId(token);
    const row = this.#q.source.get(source) as { flow: string; removed: number } | undefined;
    if (!row) return { status: "unknown" };
    return row.removed ? { status: "removed" } : { status: "ok", source, flow: row.flow };
  }

  hasSource(source: string): boolean {
    return this.#q.source.get(source) !== undefined;
  }

  sourceFlow(source: string): string | undefined {
    return (this.#q.source.get(source) as { flow: string } | undefined)?.flow;
  }

  get flowCount(): number {
    return this.#q.flowCount.get() as number;
  }

  hasFlow(name: string): boolean {
    return this.#r.hasFlow.get(name) !== undefined;
  }

  uuidMessage(flow: string, uuid: string): StoredMessage | undefined {
    const data = this.#q.uuid.get(flow, uuid) as string | undefined;
    return data === undefined ? undefined : (JSON.parse(data) as StoredMessage);
  }

  threadFlow(id: string): string | undefined {
    return this.#q.threadFlow.get(id) as string | undefined;
  }

  externalThread(source: string, externalId: string): string | undefined {
    return this.#q.external.get(source, externalId) as string | undefined;
  }

  threadInFlow(threadId: string, flow: string): boolean {
    return this.threadFlow(threadId) === flow;
  }

  prepare(source: string, flow: string, message: Message, now: number): Prepared {
    return prepareMessage(this, source, flow, message, now);
  }

  refuseWrites(because: StorageError): void {
    this.#refused ??= because;
  }

  apply(change: Change): Promise<string | undefined> {
    if (this.#closed) return Promise.reject(new StorageError("the store is closed"));
    if (this.#refused) return Promise.reject(this.#refused);
    let batch: Batch;
    try {
      batch = this.#batch ?? this.#begin();
    } catch (error) {
      return Promise.reject(storageError(error, this.#path));
    }
    try {
      const threadId = this.#applyOne(change, batch);
      return batch.promise.then(() => threadId);
    } catch (error) {
      // A refused change (EmulatorError) is refused before it writes anything; a failed write
      // (a full disk) fails the whole transaction, every change of it unanswered so far.
      if (error instanceof EmulatorError) return Promise.reject(error);
      const failure = storageError(error, this.#path);
      this.#fail(batch, failure);
      return Promise.reject(failure);
    }
  }

  #fail(batch: Batch, error: unknown): void {
    if (error instanceof StorageError && error.reason === "damaged") this.refuseWrites(error);
    if (this.#batch === batch) this.#batch = undefined;
    try {
      if (this.#db.inTransaction) this.#db.exec("ROLLBACK");
    } catch {}
    this.#nextId = batch.firstId;
    batch.reject(error);
  }

  #begin(): Batch {
    this.#q.begin.run();
    let resolve!: () => void;
    let reject!: (error: unknown) => void;
    const promise = new Promise<void>((yes, no) => {
      resolve = yes;
      reject = no;
    });
    // A batch whose every change failed has no listener; its outcome is still not an unhandled error.
    promise.catch(() => {});
    const batch: Batch = { promise, resolve, reject, firstId: this.#nextId, counts: new Map() };
    this.#batch = batch;
    // Two turns, not one: requests already read by the next turn join this transaction's fsync.
    setImmediate(() => setImmediate(() => this.#commit(batch)));
    return batch;
  }

  #commit(batch: Batch): void {
    if (this.#batch !== batch) return;
    this.#batch = undefined;
    try {
      for (const [flow, { messages, threads }] of batch.counts)
        this.#q.countFlow.run(messages, threads, flow);
      this.#q.commit.run();
      batch.resolve();
    } catch (error) {
      this.#fail(batch, storageError(error, this.#path));
    }
  }

  async committed(flow: string, uuid: string): Promise<boolean> {
    // The reading connection sees only committed rows: such a copy cannot be undone by the batch.
    if (this.#r.uuid.get(flow, uuid) !== undefined) return true;
    await this.#batch?.promise.catch(() => {});
    return this.#r.uuid.get(flow, uuid) !== undefined;
  }

  #applyOne(change: Change, batch: Batch): string | undefined {
    const q = this.#q;
    const count = (flow: string, threads: number) => {
      const counts = batch.counts.get(flow);
      if (counts) {
        counts.messages += 1;
        counts.threads += threads;
      } else batch.counts.set(flow, { messages: 1, threads });
    };
    switch (change.t) {
      case "source": {
        const owner = this.sourceFlow(change.source);
        if (owner !== undefined && owner !== change.flow)
          throw new EmulatorError(
            `this token already belongs to flow "${owner}", not "${change.flow}"`,
          );
        q.addFlow.run(change.flow);
        if (owner === undefined) q.addSource.run(change.source, change.flow);
        return undefined;
      }
      case "removed":
        q.removeSource.run(change.source);
        return undefined;
      case "mail": {
        const { item } = change;
        item.id = this.#nextId++;
        q.addFlow.run(item.flow);
        q.addMessage.run(item.id, item.flow, null, item.event, null, JSON.stringify(item));
        count(item.flow, 0);
        return undefined;
      }
      case "chat": {
        const { line } = change;
        line.id = this.#nextId++;
        q.addFlow.run(line.flow);
        q.addMessage.run(
          line.id,
          line.flow,
          line.thread_id ?? null,
          line.event,
          null,
          JSON.stringify(line),
        );
        count(line.flow, 0);
        if (line.thread_id === undefined) return undefined;
        q.touchThread.run(null, line.sent, line.id, line.thread_id);
        return line.thread_id;
      }
      case "message": {
        const { message, thread, source } = change;
        const known = this.threadFlow(message.thread_id) !== undefined;
        if (!known && !thread) throw new EmulatorError("a new thread needs its state");
        message.id = this.#nextId++;
        const state = thread === undefined ? null : JSON.stringify(thread);
        if (known) q.touchThread.run(state, message.sent, message.id, message.thread_id);
        else
          q.addThread.run(
            message.thread_id,
            message.flow,
            source,
            message.external_thread_id ?? null,
            state,
            message.sent,
            message.id,
          );
        q.addMessage.run(
          message.id,
          message.flow,
          message.thread_id,
          message.event,
          message.uuid ?? null,
          JSON.stringify(message),
        );
        count(message.flow, known ? 0 : 1);
        return message.thread_id;
      }
    }
  }

  flows(): FlowView[] {
    const rows = this.#r.flows.all() as {
      name: string;
      threads: number;
      messages: number;
      sources: number;
      removed: number;
    }[];
    return rows.map((row) => ({
      name: row.name,
      sources: row.sources - row.removed,
      removed_sources: row.removed,
      threads: row.threads,
      messages: row.messages,
    }));
  }

  threads(flow: string): ThreadView[] {
    return (this.#r.allThreads.all(flow) as ThreadRow[]).map((row) => {
      const { latest: _, ...rest } = toSummary(row, []);
      return {
        ...rest,
        messages: parseEvents(this.#r.threadMessages.all(row.id)) as StoredMessage[],
      };
    });
  }

  #page(sql: string): BetterSqlite3.Statement {
    let statement = this.#pages.get(sql);
    if (!statement) {
      statement = this.#reader.prepare(sql);
      this.#pages.set(sql, statement);
    }
    return statement;
  }

  threadPage(flow: string | undefined, query: PageQuery): ThreadSummary[] {
    const order = query.order === "asc" ? "ASC" : "DESC";
    const inFlow = flow === undefined ? "" : "flow = ? AND";
    const params = [query.sinceId ?? 0, query.untilId ?? NO_UPPER, query.limit];
    const rows = this.#page(
      `SELECT * FROM threads WHERE ${inFlow} last_id > ? AND last_id < ? ORDER BY last_id ${order} LIMIT ?`,
    ).all(...(flow === undefined ? params : [flow, ...params])) as ThreadRow[];
    return rows.map((row) => toSummary(row, this.#latest(row.id, 10)));
  }

  #latest(threadId: string, count: number): FlowEvent[] {
    if (count <= 0) return [];
    const ids = (this.#r.latest.all(threadId, count) as number[]).reverse();
    return ids.map(
      (id) =>
        this.#recent.get(String(id), "", () => {
          const data = this.#r.event.get(id) as string;
          return { event: JSON.parse(data) as FlowEvent, chars: data.length };
        }).event,
    );
  }

  thread(id: string, latest: number): ThreadSummary | undefined {
    const row = this.#r.thread.get(id) as ThreadRow | undefined;
    return row && toSummary(row, this.#latest(id, latest));
  }

  threadState(id: string): Thread | undefined {
    const state = this.#r.state.get(id) as string | undefined;
    return state === undefined ? undefined : (JSON.parse(state) as Thread);
  }

  events(flow: string, query: EventQuery): FlowEvent[] {
    const order = query.order === "asc" ? "ASC" : "DESC";
    const where = ["flow = ?", "id > ?", "id < ?"];
    const params: (string | number)[] = [flow, query.sinceId ?? 0, query.untilId ?? NO_UPPER];
    if (query.event !== undefined) {
      where.push("event = ?");
      params.push(query.event);
    }
    if (query.threadId !== undefined) {
      where.push("thread_id = ?");
      params.push(query.threadId);
    }
    params.push(query.limit);
    return parseEvents(
      this.#page(
        `SELECT data FROM messages WHERE ${where.join(" AND ")} ORDER BY id ${order} LIMIT ?`,
      ).all(...params),
    );
  }

  stream(flow: string | undefined, limit: number): FlowEvent[] {
    const inFlow = flow === undefined ? "" : "flow = ? AND";
    const statement = this.#page(
      `SELECT id, data FROM messages WHERE ${inFlow} event = ? ORDER BY id DESC LIMIT ?`,
    );
    const of = (event: string) =>
      statement.all(...(flow === undefined ? [] : [flow]), event, limit) as {
        id: number;
        data: string;
      }[];
    return [...of("mail"), ...of("message")]
      .sort((a, b) => b.id - a.id)
      .slice(0, limit)
      .map((row) => JSON.parse(row.data) as FlowEvent);
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    const pending = this.#batch;
    if (pending) this.#commit(pending);
    await pending?.promise.catch(() => {});
    this.#closed = true;
    this.#reader.close();
    this.#db.close();
  }
}
