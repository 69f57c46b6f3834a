import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtemp, open, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { type AddressInfo, createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { safeParseMessage } from "@flowdock-kit/core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { EmulatorError, StorageError, type StoredMessage, startEmulator } from "../src/index.ts";
import { sourceId } from "../src/source-id.ts";
import { openSqliteStore, type SqliteStore } from "../src/sqlite-store.ts";
import type { Change } from "../src/store-types.ts";
import { activity, get, post, request, TOKEN } from "./helpers.ts";

const CLI = fileURLToPath(new URL("../dist/cli.js", import.meta.url));

let dataDir: string;
const running = new Set<ChildProcess>();

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), "flowdock-emulator-"));
});
afterEach(async () => {
  for (const child of running) child.kill("SIGKILL");
  running.clear();
  await rm(dataDir, { recursive: true, force: true });
});

/** Starts the CLI and resolves with the API base read from its first stdout line. */
async function launch(): Promise<{ child: ChildProcess; api: string; firstLines: string[] }> {
  const child = spawn(
    process.execPath,
    [CLI, "--port", "0", "--flow", `main:${TOKEN}`, "--data", dataDir, "--quiet"],
    { stdio: ["ignore", "pipe", "ignore"] },
  );
  running.add(child);
  child.once("exit", () => running.delete(child));
  const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
  const firstLines: string[] = [];
  for await (const line of lines) {
    firstLines.push(line);
    if (firstLines.length === 4) break;
  }
  const url = firstLines[0] ?? "";
  return { child, api: url.replace(/\/$/, ""), firstLines };
}

async function killHard(child: ChildProcess): Promise<void> {
  const exited = once(child, "exit");
  child.kill("SIGKILL");
  await exited;
}

/** Every message of flow main through the paged read API, oldest first. */
async function allMessages(api: string): Promise<StoredMessage[]> {
  const out: StoredMessage[] = [];
  let next = `${api}/api/flows/main/messages?limit=100&sort=asc`;
  for (;;) {
    const page = (await get(next)).body as StoredMessage[];
    out.push(...page);
    if (page.length < 100) return out;
    next = `${api}/api/flows/main/messages?limit=100&sort=asc&since_id=${page.at(-1)?.id}`;
  }
}

/** Everything in the data folder, as one string, to look for what must not be there. */
async function dataFiles(): Promise<string> {
  const names = await readdir(dataDir);
  const texts = await Promise.all(names.map((name) => readFile(join(dataDir, name), "latin1")));
  return texts.join("\n");
}

describe("the CLI with --data", () => {
  it.each(["SIGTERM", "SIGINT"] as const)(
    "prints the inbox URL first, then the flow with its token; stops cleanly on %s",
    async (signal) => {
      const { child, firstLines } = await launch();
      expect(firstLines[0]).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(firstLines.join("\n")).toContain(`main: ${TOKEN}`);
      const exited = once(child, "exit");
      child.kill(signal);
      expect(await exited).toEqual([0, null]);
    },
  );

  it("has every acknowledged message back after kill -9 and restart", async () => {
    const first = await launch();
    const answers = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        post(
          `${first.api}/messages`,
          activity({ uuid: `m-${i}`, external_thread_id: `t-${i % 5}`, title: `change ${i}` }),
          { headers: { "x-flowdock-wait-for-message": "true" } },
        ),
      ),
    );
    const acknowledged = answers
      .filter((a) => a.status === 201)
      .map((a) => a.body as StoredMessage);
    expect(acknowledged).toHaveLength(40);
    await killHard(first.child);

    const second = await launch();
    const restored = await allMessages(second.api);
    expect(restored.map((m) => m.id).sort((a, b) => a - b)).toEqual(
      acknowledged.map((m) => m.id).sort((a, b) => a - b),
    );
    expect((await get(`${second.api}/api/flows/main/threads`)).body).toHaveLength(5);
    // The uuids came back too: a retry after the restart is not stored twice.
    expect((await post(`${second.api}/messages`, activity({ uuid: "m-3" }))).status).toBe(202);
    expect(await allMessages(second.api)).toHaveLength(40);
    await killHard(second.child);
    expect(await dataFiles()).not.toContain(TOKEN);
  });

  it("remembers a removed source across restarts", async () => {
    const first = await launch();
    await post(`${first.api}/messages`, activity());
    expect(
      (await request(`${first.api}/api/flows/main/sources/${encodeURIComponent(TOKEN)}`, "DELETE"))
        .status,
    ).toBe(204);
    await killHard(first.child);
    const second = await launch();
    expect((await post(`${second.api}/messages`, activity())).status).toBe(410);
    expect(await allMessages(second.api)).toHaveLength(1);
  });

  it("tells the user, and exits, when the database file is not one", async () => {
    await writeFile(join(dataDir, "emulator.db"), "this is not a database\n".repeat(500));
    const child = spawn(process.execPath, [CLI, "--port", "0", "--data", dataDir], {
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr?.on("data", (chunk) => {
      stderr += chunk;
    });
    const [code] = await once(child, "exit");
    expect(code).toBe(1);
    expect(stderr).toContain(`${join(dataDir, "emulator.db")} is not a usable emulator database`);
    expect(stderr).toContain("move it away to start with an empty one");
  });
});

describe("a data folder on a full disk", () => {
  it("answers 507, keeps no trace of the message, and stores its retry once there is room", async () => {
    const lines: string[] = [];
    const full = await startEmulator({
      flows: [{ name: "main", token: TOKEN }],
      dataDir,
      dataLimitBytes: 160 * 1024,
      log: (line) => lines.push(line),
    });
    const body = `<p>${"x".repeat(4000)}</p>`;
    const send = (api: string, i: number) =>
      post(`${api}/messages`, activity({ uuid: `m-${i}`, body, external_thread_id: `t-${i % 3}` }));
    let acknowledged = 0;
    let refused: Awaited<ReturnType<typeof post>> | undefined;
    for (let i = 0; i < 200 && refused === undefined; i += 1) {
      const answer = await send(full.apiUrl, i);
      if (answer.status === 202) acknowledged += 1;
      else refused = answer;
    }
    expect(acknowledged).toBeGreaterThan(0);
    expect(refused).toMatchObject({
      status: 507,
      body: { message: "the emulator could not store the message: its disk is full" },
    });
    expect(lines.join("\n")).toContain("storage: the disk is full");
    // The retry of the refused message is refused too: nothing of it was kept.
    expect((await send(full.apiUrl, acknowledged)).status).toBe(507);
    expect(await allMessages(full.apiUrl)).toHaveLength(acknowledged);
    expect(full.flows()[0]).toMatchObject({ messages: acknowledged });
    await full.close();

    const roomy = await startEmulator({ flows: [{ name: "main", token: TOKEN }], dataDir });
    try {
      expect(await allMessages(roomy.apiUrl)).toHaveLength(acknowledged);
      expect((await send(roomy.apiUrl, acknowledged)).status).toBe(202);
      expect((await send(roomy.apiUrl, 0)).status).toBe(202);
      expect(await allMessages(roomy.apiUrl)).toHaveLength(acknowledged + 1);
    } finally {
      await roomy.close();
    }
  });
});

/**
 * Stores 300 messages, closes the emulator, then overwrites the file from `at` (a share of its
 * size, rounded down to a page) for `bytes` bytes (to the end when absent), as a failing disk would.
 */
async function damagedAfterUse(at: number, bytes?: number): Promise<void> {
  const first = await startEmulator({ flows: [{ name: "main", token: TOKEN }], dataDir });
  for (let i = 0; i < 300; i += 1)
    await post(`${first.apiUrl}/messages`, activity({ body: `<p>${"y".repeat(500)} ${i}</p>` }));
  await first.close();
  const path = join(dataDir, "emulator.db");
  const { size } = await stat(path);
  const offset = Math.floor((size * at) / 4096) * 4096;
  const length = bytes ?? size - offset;
  const file = await open(path, "r+");
  await file.write(Buffer.alloc(length, 0x5a), 0, length, offset);
  await file.close();
}

describe("a damaged database", () => {
  it("is refused at start with what to do about it", async () => {
    // The second half of the file.
    await damagedAfterUse(1 / 2);

    // Start-up meets the damage (it reads the last id): the user is told what to do.
    const second = startEmulator({ flows: [{ name: "main", token: TOKEN }], dataDir });
    await expect(second).rejects.toThrow(StorageError);
    await expect(second).rejects.toThrow(
      /emulator\.db is not a usable emulator database \(database disk image is malformed\); move it away to start with an empty one/,
    );
  });
});

describe("a database damaged in its second page", () => {
  it("is refused at start with its path and what to do", async () => {
    const first = await startEmulator({ flows: [{ name: "main", token: TOKEN }], dataDir });
    await first.close();
    const path = join(dataDir, "emulator.db");
    const file = await open(path, "r+");
    await file.write(Buffer.alloc(4096, 0x5a), 0, 4096, 4096);
    await file.close();
    const second = startEmulator({ flows: [{ name: "main", token: TOKEN }], dataDir });
    await expect(second).rejects.toThrow(StorageError);
    await expect(second).rejects.toThrow(
      `${path} is damaged (database disk image is malformed); move it away to start with an empty one`,
    );
  });
});

describe("a --data path that is a file", () => {
  it("is refused with the path, the system's reason and what to do", async () => {
    const notAFolder = join(dataDir, "a-file");
    await writeFile(notAFolder, "x");
    const started = startEmulator({ flows: [{ name: "main", token: TOKEN }], dataDir: notAFolder });
    await expect(started).rejects.toThrow(
      new RegExp(
        `cannot create the data folder ${notAFolder} \\((EEXIST|ENOTDIR): .*\\); --data must name a folder that can be created or written`,
      ),
    );
  });
});

describe("a database with one damaged page", () => {
  it("answers what meets the damage with what to do, and then refuses new messages instead of writing into it", async () => {
    // One page a third into the file, as a failing sector would leave it.
    await damagedAfterUse(1 / 3, 4096);

    const lines: string[] = [];
    const second = await startEmulator({
      flows: [{ name: "main", token: TOKEN }],
      dataDir,
      log: (line) => lines.push(line),
    });
    try {
      expect((await post(`${second.apiUrl}/messages`, activity())).status).toBe(202);
      // Reading every message meets the damaged page.
      const reads = [];
      let next = `${second.apiUrl}/api/flows/main/messages?limit=100&sort=asc`;
      for (let page = 0; page < 5; page += 1) {
        const answer = await get(next);
        reads.push(answer);
        if (answer.status !== 200) break;
        const items = answer.body as StoredMessage[];
        if (items.length < 100) break;
        next = `${second.apiUrl}/api/flows/main/messages?limit=100&sort=asc&since_id=${items.at(-1)?.id}`;
      }
      expect(reads.at(-1)).toMatchObject({
        status: 500,
        body: { message: "the emulator's database is damaged; see its log" },
      });
      expect(lines.join("\n")).toMatch(
        /emulator\.db is damaged .*move it away to start with an empty one/,
      );
      // From then on a message is refused, not written into the damaged file.
      const refused = await post(`${second.apiUrl}/messages`, activity({ uuid: "after-damage" }));
      expect(refused).toMatchObject({
        status: 500,
        body: { message: "the emulator's database is damaged; see its log" },
      });
    } finally {
      await second.close().catch(() => {});
    }
  });
});

describe("a start-up that fails", () => {
  /** The store was closed: its last connection checkpointed and removed the write-ahead log. */
  async function closedCleanly(): Promise<void> {
    expect(await readdir(dataDir)).not.toContain("emulator.db-wal");
    const again = await startEmulator({ flows: [{ name: "main", token: TOKEN }], dataDir });
    expect((await post(`${again.apiUrl}/messages`, activity())).status).toBe(202);
    await again.close();
  }

  it("on a port in use closes the database, which then opens again cleanly", async () => {
    const busy = createServer();
    await new Promise<void>((resolve) => busy.listen(0, "127.0.0.1", resolve));
    const { port } = busy.address() as AddressInfo;
    try {
      const started = startEmulator({ port, flows: [{ name: "main", token: TOKEN }], dataDir });
      await expect(started).rejects.toThrow(`port ${port} is already in use`);
    } finally {
      await new Promise((resolve) => busy.close(resolve));
    }
    await closedCleanly();
  });

  it("on a token given to two flows closes the database, which then opens again cleanly", async () => {
    const started = startEmulator({
      flows: [
        { name: "main", token: TOKEN },
        { name: "ops", token: TOKEN },
      ],
      dataDir,
    });
    await expect(started).rejects.toThrow(EmulatorError);
    await closedCleanly();
  });
});

describe("without better-sqlite3", () => {
  it("says how to install it when a data folder is asked for", async () => {
    const missing = Object.assign(new Error("Cannot find package 'better-sqlite3'"), {
      code: "ERR_MODULE_NOT_FOUND",
    });
    const opened = openSqliteStore(dataDir, { importDriver: () => Promise.reject(missing) });
    await expect(opened).rejects.toThrow(StorageError);
    await expect(opened).rejects.toThrow(
      /needs the optional dependency better-sqlite3 12\.x.*npm install better-sqlite3@12/,
    );
  });
});

describe("a database damaged while it runs", () => {
  it("does not end the process when live pages update, logs it, and keeps answering", async () => {
    const lines: string[] = [];
    const emulator = await startEmulator({
      flows: [{ name: "main", token: TOKEN }],
      dataDir,
      log: (line) => lines.push(line),
    });
    const controller = new AbortController();
    try {
      const live = await fetch(new URL("/events", emulator.url), { signal: controller.signal });
      expect(live.status).toBe(200);
      expect((await post(`${emulator.apiUrl}/messages`, activity())).status).toBe(202);
      // Before the live tick reads the thread back, a failing disk overwrites the files.
      for (const name of ["emulator.db", "emulator.db-wal"]) {
        const path = join(dataDir, name);
        const { size } = await stat(path);
        await writeFile(path, Buffer.alloc(size, 0x5a));
      }
      const logged = new Promise<void>((resolve) => {
        const check = setInterval(() => {
          if (lines.some((line) => line.startsWith("events: storage:"))) {
            clearInterval(check);
            resolve();
          }
        }, 10);
      });
      await logged;
      expect(lines.find((line) => line.startsWith("events: storage:"))).toContain("is damaged");
      const after = await get(`${emulator.apiUrl}/api/flows`);
      expect(after.status).toBe(500);
      expect(after.body).toEqual({ message: "the emulator's database is damaged; see its log" });
    } finally {
      controller.abort();
      await emulator.close().catch(() => {});
    }
  });
});

/** The change a valid new message makes to `store` (with its token's source added first). */
async function sourceOf(
  store: SqliteStore,
): Promise<(fields: Record<string, unknown>) => Extract<Change, { t: "message" }>> {
  const source = sourceId(TOKEN);
  await store.apply({ t: "source", flow: "main", source });
  return (fields) => {
    const parsed = safeParseMessage(activity(fields));
    if (!parsed.success) throw new Error("the example is not a valid message");
    const prepared = store.prepare(source, "main", parsed.data, Date.now());
    if (prepared.status !== "new") throw new Error(`prepared as ${prepared.status}`);
    return prepared.change;
  };
}

describe("a retry of a message already committed", () => {
  it("is told it was stored even when the transaction pending beside it fails", async () => {
    const store = await openSqliteStore(dataDir);
    try {
      const newMessage = await sourceOf(store);
      const change = (uuid: string) => newMessage({ uuid, external_thread_id: uuid });
      await store.apply(change("first"));
      const second = change("second");
      const pending = store.apply(second);
      const first = store.committed("main", "first");
      const unsure = store.committed("main", "second");
      // The same uuid written twice in one transaction: a write that fails all of it.
      await expect(store.apply({ ...second, message: { ...second.message } })).rejects.toThrow(
        StorageError,
      );
      await expect(pending).rejects.toThrow(StorageError);
      expect(await first).toBe(true);
      expect(await unsure).toBe(false);
    } finally {
      await store.close();
    }
  });
});

describe("what a SQLite store keeps in the heap", () => {
  it("stays bounded when pages show threads whose messages have mebibyte bodies", async () => {
    const store = await openSqliteStore(dataDir);
    try {
      const newMessage = await sourceOf(store);
      const body = `<p>${"x".repeat(900_000)}</p>`;
      for (let i = 0; i < 12; i += 1)
        await store.apply(newMessage({ body, external_thread_id: `big-${i}` }));
      const page = store.threadPage("main", { limit: 100, order: "desc" });
      expect(page).toHaveLength(12);
      // Every card still gets its messages, bodies whole, though not all of them stay cached.
      expect(page.every((thread) => (thread.latest[0] as StoredMessage)?.body === body)).toBe(true);
      expect(store.heldChars).toBeGreaterThan(0);
      expect(store.heldChars).toBeLessThanOrEqual(4_000_000);
    } finally {
      await store.close();
    }
  });
});
