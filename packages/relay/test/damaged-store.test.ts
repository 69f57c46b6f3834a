import { closeSync, openSync, statSync, writeSync } from "node:fs";
import { join } from "node:path";
import { afterEach, expect, it } from "vitest";
import { RelayStoreError } from "../src/errors.js";
import { SqliteStore } from "../src/sqlite-store.js";
import { runCleanup, tempDir } from "./support/relay.js";

afterEach(runCleanup);

// Before, such a store opened "healthy" and every webhook then got 503 "malformed".
it("refuses to open a store with damaged pages, naming the file and what to do", () => {
  const dir = tempDir();
  const store = SqliteStore.open(dir);
  store.storeDeliveries(
    Array.from({ length: 400 }, (_, n) => ({
      id: `d-${n}`,
      event: "issues",
      payload: JSON.stringify({ n, padding: "x".repeat(2000) }),
      receivedAt: n,
    })),
  );
  store.close();
  const path = join(dir, "relay.db");
  const fd = openSync(path, "r+");
  writeSync(fd, Buffer.alloc(4096 * 20, 0xab), 0, 4096 * 20, Math.floor(statSync(path).size / 2));
  closeSync(fd);

  let error: unknown;
  try {
    SqliteStore.open(dir).close();
  } catch (caught) {
    error = caught;
  }
  expect(error).toBeInstanceOf(RelayStoreError);
  expect((error as Error).message).toContain(`the store ${path} is damaged`);
  expect((error as Error).message).toContain("restore it from a backup");
});
