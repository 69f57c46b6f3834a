import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { example } from "./support/examples.js";
import {
  cleanup,
  emulatorWith,
  postWebhook,
  relayWith,
  runCleanup,
  tempDir,
} from "./support/relay.js";

const TOKEN = "44444444dddddddd44444444dddddddd";

afterEach(runCleanup);

/** Mounts a 4 MiB tmpfs on `dir`; the error when this machine does not allow it. */
function mountSmallDisk(dir: string): string | undefined {
  if (process.getuid?.() !== 0) return "mounting a tmpfs needs root";
  const mount = spawnSync("mount", ["-t", "tmpfs", "-o", "size=4m", "tmpfs", dir], {
    encoding: "utf8",
  });
  return mount.status === 0 ? undefined : `cannot mount a tmpfs: ${mount.stderr.trim()}`;
}

const missing = (() => {
  const probe = mkdtempSync(join(tmpdir(), "relay-probe-"));
  const why = mountSmallDisk(probe);
  if (why === undefined) spawnSync("umount", [probe]);
  rmSync(probe, { recursive: true, force: true });
  return why;
})();
if (missing !== undefined) console.warn(`skipping the full-disk test: ${missing}`);

describe.skipIf(missing !== undefined)("a data folder on a full disk", () => {
  it("answers 503 to what it cannot store, keeps serving, and delivers every acknowledged webhook once there is room", async () => {
    const disk = tempDir("relay-full-");
    expect(mountSmallDisk(disk)).toBeUndefined();
    cleanup.push(() => {
      spawnSync("umount", [disk]);
    });
    const { emulator, messages } = await emulatorWith([{ name: "main", token: TOKEN }]);
    // Most of the disk is taken by another file, as on a disk that fills up.
    const filler = join(disk, "filler");
    writeFileSync(filler, Buffer.alloc(3 * 1024 * 1024));
    const lines: string[] = [];
    const relay = await relayWith(
      `api_url: ${emulator.apiUrl}\ndelivery: { min_delay_ms: 1, max_delay_ms: 10 }\nroutes:\n  - repositories: ["*/*"]\n    flow_token_env: FLOWDOCK_TOKEN\n`,
      { FLOWDOCK_TOKEN: TOKEN },
      { dataDir: join(disk, "data"), logLines: lines },
    );
    const template = example("issue_comment", "created");
    const post = (n: number) => {
      const payload = structuredClone(template);
      payload.issue.number = 1 + (n % 5);
      payload.comment.id = n;
      payload.comment.body = `full-${n}: ${"words ".repeat(2000)}`;
      return postWebhook(relay.url, "issue_comment", payload, { delivery: `full-${n}` });
    };

    let acknowledged = 0;
    let refused: Response | undefined;
    for (let n = 0; n < 500 && refused === undefined; n++) {
      const answer = await post(n);
      if (answer.status === 202) acknowledged += 1;
      else refused = answer;
    }
    expect(acknowledged).toBeGreaterThan(0);
    expect(refused?.status).toBe(503);
    expect(await refused?.json()).toEqual({
      message: "the delivery could not be stored; redeliver it later",
    });
    expect(lines.join("")).toContain('"msg":"cannot store the delivery"');
    expect((await fetch(`${relay.url}/healthz`)).status).toBe(200);

    // Room again: GitHub's redelivery of the refused webhook is taken, and nothing is lost.
    rmSync(filler);
    expect((await post(acknowledged)).status).toBe(202);
    await messages(acknowledged + 1);
    const all = emulator.threads("main").flatMap((t) => t.messages);
    expect(all).toHaveLength(acknowledged + 1);
    expect(new Set(all.map((m) => m.body?.match(/full-(\d+)/)?.[1])).size).toBe(acknowledged + 1);
  });
});
