import { join } from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { example } from "./support/examples.js";
import { emulatorWith, postWebhook, relayWith, runCleanup } from "./support/relay.js";

const DEV = "33333333cccccccc33333333cccccccc";
const DAY_MS = 24 * 60 * 60 * 1000;

afterEach(runCleanup);

function issue(number: number, action: "opened" | "closed" = "opened") {
  const payload = example("issues", "opened");
  payload.issue.number = number;
  if (action === "closed") {
    // No example closes an issue: one is made from the opening.
    Object.assign(payload, { action: "closed" });
    Object.assign(payload.issue, { state: "closed", closed_at: payload.issue.updated_at });
  }
  return payload;
}

async function listed(url: string, state: "delivered" | "failed") {
  const body = (await fetch(`${url}/api/deliveries?state=${state}`).then((r) => r.json())) as {
    deliveries: { delivery: string }[];
  };
  return body.deliveries.map((d) => d.delivery);
}

describe("retention_days", () => {
  it("deletes what is older at start, keeps dead letters and what their redrive needs, and an old redelivery still posts once", async () => {
    const { emulator, messages } = await emulatorWith([{ name: "dev", token: DEV }]);
    const yaml = `api_url: ${emulator.apiUrl}\nretention_days: 7\ndelivery: { retries: 1, min_delay_ms: 1, max_delay_ms: 2 }\nroutes:\n  - repositories: ["*/*"]\n    flow_token_env: DEV\n`;
    const relay = await relayWith(yaml, { DEV });
    expect((await postWebhook(relay.url, "issues", issue(1), { delivery: "old-1" })).status).toBe(
      202,
    );
    await messages(1);
    // Issue 2's opening is dead-lettered; its closing is delivered after it.
    emulator.faults.add({ status: 503, times: 2 });
    await postWebhook(relay.url, "issues", issue(2), { delivery: "old-2" });
    await expect.poll(() => listed(relay.url, "failed")).toEqual(["old-2"]);
    await postWebhook(relay.url, "issues", issue(2, "closed"), { delivery: "old-3" });
    await messages(2);
    await relay.close();

    // Eight days pass.
    const db = new Database(join(relay.dataDir, "relay.db"));
    db.exec(`UPDATE deliveries SET received_at = received_at - ${8 * DAY_MS};
      UPDATE messages SET received_at = received_at - ${8 * DAY_MS}, updated_at = updated_at - ${8 * DAY_MS};`);
    db.close();

    const lines: string[] = [];
    const again = await relayWith(yaml, { DEV }, { dataDir: relay.dataDir, logLines: lines });
    // Issue 1's message is gone; issue 2's closing stays, so a redriven opening keeps "closed".
    expect(await listed(again.url, "delivered")).toEqual(["old-3"]);
    expect(await listed(again.url, "failed")).toEqual(["old-2"]);
    const deleted = lines.map((line) => JSON.parse(line)).find((l) => l.msg.includes("deleted"));
    expect(deleted).toMatchObject({
      msg: "old deliveries deleted",
      deliveries: 3,
      messages: 1,
      retention_days: 7,
    });

    // A recent delivery id is still known; an old one is taken as new, but its message keeps its
    // uuid, so Flowdock drops the repeat and issue 1's thread still holds one message.
    expect((await postWebhook(again.url, "issues", issue(3), { delivery: "new-1" })).status).toBe(
      202,
    );
    expect((await postWebhook(again.url, "issues", issue(3), { delivery: "new-1" })).status).toBe(
      200,
    );
    expect((await postWebhook(again.url, "issues", issue(1), { delivery: "old-1" })).status).toBe(
      202,
    );
    await messages(3);
    await expect.poll(() => listed(again.url, "delivered")).toEqual(["old-3", "new-1", "old-1"]);
    const byNumber = (n: number) =>
      emulator.threads("dev").find((t) => t.external_thread_id?.endsWith(`:issue:${n}`));
    expect(byNumber(1)?.messages).toHaveLength(1);
    expect(byNumber(3)?.messages).toHaveLength(1);
  });
});
