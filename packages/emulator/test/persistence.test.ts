import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { appendFile, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { StoredMessage, ThreadView } from "../src/index.ts";
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
    if (firstLines.length === 3) break;
  }
  const url = firstLines[0] ?? "";
  return { child, api: url.replace(/\/$/, ""), firstLines };
}

async function killHard(child: ChildProcess): Promise<void> {
  const exited = once(child, "exit");
  child.kill("SIGKILL");
  await exited;
}

async function allMessages(api: string): Promise<StoredMessage[]> {
  const threads = (await get(`${api}/api/flows/main/threads`)).body as ThreadView[];
  return threads.flatMap((thread) => thread.messages);
}

describe("the CLI with --data", () => {
  it.each(["SIGTERM", "SIGINT"] as const)(
    "prints the inbox URL first, then the flow with its token; stops cleanly on %s",
    async (signal) => {
      const { child, firstLines } = await launch();
      expect(firstLines[0]).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
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
    const journal = await readFile(join(dataDir, "journal.jsonl"), "utf8");
    expect(journal).not.toContain(TOKEN);
  });

  it("ignores a torn last line and keeps appending cleanly after it", async () => {
    const first = await launch();
    expect((await post(`${first.api}/messages`, activity({ uuid: "before" }))).status).toBe(202);
    await killHard(first.child);
    // What a crash in the middle of a write leaves behind: a record without its newline.
    await appendFile(join(dataDir, "journal.jsonl"), '{"t":"message","source":"x","mess');

    const second = await launch();
    expect(await allMessages(second.api)).toHaveLength(1);
    expect((await post(`${second.api}/messages`, activity({ uuid: "after" }))).status).toBe(202);
    await killHard(second.child);

    const third = await launch();
    expect((await allMessages(third.api)).map((m) => m.uuid)).toEqual(["before", "after"]);
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
});
