// Where the SQLite store's time goes: the emulator's write pattern (a message into one of 100
// threads, transactions of 40, WAL with synchronous=FULL) on better-sqlite3 directly, with the
// full schema and with some of its indexes left out, in alternating rounds.
// Usage: node bench/sqlite-indexes.bench.mjs [--messages 40000] [--rounds 3]
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";

const { values } = parseArgs({
  options: {
    messages: { type: "string", default: "40000" },
    rounds: { type: "string", default: "3" },
  },
});
const N = Number(values.messages);
const BATCH = 40;
const THREADS = 100;

// The same tables and indexes as src/sqlite-store.ts.
const FULL = `
CREATE TABLE flows (name TEXT NOT NULL UNIQUE, threads INTEGER NOT NULL DEFAULT 0, messages INTEGER NOT NULL DEFAULT 0);
CREATE TABLE threads (id TEXT PRIMARY KEY, flow TEXT NOT NULL, source TEXT NOT NULL, external_thread_id TEXT, state TEXT NOT NULL, updated_at INTEGER NOT NULL, last_id INTEGER NOT NULL, messages INTEGER NOT NULL);
CREATE UNIQUE INDEX threads_external ON threads (source, external_thread_id) WHERE external_thread_id IS NOT NULL;
CREATE INDEX threads_activity ON threads (flow, last_id);
CREATE INDEX threads_latest ON threads (last_id);
CREATE TABLE messages (id INTEGER PRIMARY KEY, flow TEXT NOT NULL, thread_id TEXT, event TEXT NOT NULL, uuid TEXT, data TEXT NOT NULL);
CREATE INDEX messages_flow ON messages (flow, id);
CREATE INDEX messages_event ON messages (flow, event, id);
CREATE INDEX messages_kind ON messages (event, id);
CREATE INDEX messages_thread ON messages (thread_id, id) WHERE thread_id IS NOT NULL;
CREATE UNIQUE INDEX messages_uuid ON messages (flow, uuid) WHERE uuid IS NOT NULL;`;
const without = (...names) =>
  FULL.split("\n")
    .filter((line) => !names.some((name) => line.includes(` ${name} `)))
    .join("\n");
const variants = {
  "full schema": FULL,
  "without messages_kind, messages_flow": without("messages_kind", "messages_flow"),
  "without threads_activity, threads_latest": without("threads_activity", "threads_latest"),
  "without messages_thread": without("messages_thread"),
  "only the uuid and external-id indexes": without(
    "messages_kind",
    "messages_flow",
    "messages_event",
    "messages_thread",
    "threads_activity",
    "threads_latest",
  ),
};

const state = JSON.stringify({
  title: "Branch 1",
  external_url: "https://example.com/b/1",
  status: { color: "green", value: "open" },
  fields: [{ label: "Branch", value: "b-1" }],
  actions: [{ "@type": "ViewAction", name: "Open", url: "https://example.com/" }],
});
const event = (i, threadId) =>
  JSON.stringify({
    id: i,
    event: "activity",
    author: { name: "bench", avatar: "https://example.com/a.png" },
    title: `pushed ${i} commits`,
    external_thread_id: `bench:${i % THREADS}`,
    uuid: `bench-${i}`,
    thread_id: threadId,
    flow: "main",
    sent: Date.now(),
    tags: [],
  });

function run(schema) {
  const dir = mkdtempSync(join(tmpdir(), "sqlite-indexes-"));
  const db = new Database(join(dir, "bench.db"));
  try {
    db.pragma("journal_mode = WAL");
    db.pragma("synchronous = FULL");
    db.exec(schema);
    db.prepare("INSERT INTO flows (name) VALUES ('main')").run();
    const threadIds = Array.from(
      { length: THREADS },
      (_, i) => `thread-${String(i * 7919).padStart(8, "0")}x`,
    );
    const q = {
      uuid: db.prepare("SELECT data FROM messages WHERE flow = ? AND uuid = ?").pluck(),
      external: db
        .prepare("SELECT id FROM threads WHERE source = ? AND external_thread_id = ?")
        .pluck(),
      threadFlow: db.prepare("SELECT flow FROM threads WHERE id = ?").pluck(),
      addThread: db.prepare("INSERT INTO threads VALUES (?, ?, ?, ?, ?, ?, ?, 1)"),
      touch: db.prepare(
        "UPDATE threads SET state = coalesce(?, state), updated_at = ?, last_id = ?, messages = messages + 1 WHERE id = ?",
      ),
      addMessage: db.prepare("INSERT INTO messages VALUES (?, ?, ?, ?, ?, ?)"),
      count: db.prepare(
        "UPDATE flows SET messages = messages + ?, threads = threads + ? WHERE name = ?",
      ),
      begin: db.prepare("BEGIN IMMEDIATE"),
      commit: db.prepare("COMMIT"),
    };
    let commitMs = 0;
    const cpu = process.cpuUsage();
    const started = performance.now();
    for (let i = 0; i < N; i += BATCH) {
      q.begin.run();
      for (let j = i; j < i + BATCH; j++) {
        const k = j % THREADS;
        q.uuid.get("main", `bench-${j}`);
        const known = q.external.get("src", `bench:${k}`);
        if (known === undefined)
          q.addThread.run(threadIds[k], "main", "src", `bench:${k}`, state, Date.now(), j + 1);
        else {
          q.threadFlow.get(known);
          q.touch.run(state, Date.now(), j + 1, known);
        }
        q.addMessage.run(
          j + 1,
          "main",
          threadIds[k],
          "activity",
          `bench-${j}`,
          event(j, threadIds[k]),
        );
      }
      q.count.run(BATCH, 0, "main");
      const before = performance.now();
      q.commit.run();
      commitMs += performance.now() - before;
    }
    const wallMs = performance.now() - started;
    const used = process.cpuUsage(cpu);
    return {
      wall: (wallMs * 1000) / N,
      cpu: (used.user + used.system) / N,
      commit: (commitMs * 1000) / N,
    };
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

console.log(`${N} messages into ${THREADS} threads, ${BATCH} per transaction; µs per message`);
const results = new Map();
for (let round = 0; round < Number(values.rounds); round++) {
  for (const [name, schema] of Object.entries(variants)) {
    const list = results.get(name) ?? [];
    list.push(run(schema));
    results.set(name, list);
  }
}
console.log("| schema | wall | CPU | commit (wall) |\n|---|---|---|---|");
for (const [name, list] of results) {
  const range = (key) => {
    const sorted = list.map((r) => r[key]).sort((a, b) => a - b);
    return `${sorted[0].toFixed(0)}–${sorted.at(-1).toFixed(0)}`;
  };
  console.log(`| ${name} | ${range("wall")} | ${range("cpu")} | ${range("commit")} |`);
}
