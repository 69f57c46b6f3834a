import { join } from "node:path";
import Database from "better-sqlite3";
import { afterEach, expect, it } from "vitest";
import { SqliteStore } from "../src/sqlite-store.js";
import { runCleanup, tempDir } from "./support/relay.js";

afterEach(runCleanup);

// A data directory written before messages had thread_if_new: its queue is still sent after an upgrade.
it("opens a store made before thread_if_new, keeping its pending messages", () => {
  const dir = tempDir();
  const old = new Database(join(dir, "relay.db"));
  old.exec(`CREATE TABLE messages (
    seq INTEGER PRIMARY KEY, delivery TEXT NOT NULL, route TEXT NOT NULL, flow TEXT NOT NULL,
    thread TEXT NOT NULL, uuid TEXT NOT NULL UNIQUE, message TEXT, state TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0, error TEXT, requeued INTEGER NOT NULL DEFAULT 0,
    received_at INTEGER NOT NULL, updated_at INTEGER NOT NULL)`);
  old
    .prepare(
      "INSERT INTO messages (delivery, route, flow, thread, uuid, message, state, received_at, updated_at) VALUES ('d1', 'routes[0]', 'env:T', 'github:o/r:issue:1', 'u1', '{}', 'pending', 1, 1)",
    )
    .run();
  old.close();

  const store = SqliteStore.open(dir);
  try {
    expect(store.pendingMessages()).toMatchObject([
      { flow: "env:T", thread: "github:o/r:issue:1" },
    ]);
    expect(store.message(1)).toMatchObject({ uuid: "u1", message: "{}", threadIfNew: null });
    const [queued] = store.commitMapped(
      [
        {
          id: "d2",
          messages: [
            {
              route: "routes[0]",
              flow: "env:T",
              thread: "github:o/r:run:7",
              message: { uuid: "u2" },
              threadIfNew: { title: "CI on main" },
            },
          ],
        },
      ],
      new Map(),
    );
    expect(store.message(queued?.seq ?? 0)?.threadIfNew).toBe('{"title":"CI on main"}');
  } finally {
    store.close();
  }
});
