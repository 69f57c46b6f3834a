import { createHmac } from "node:crypto";
import { connect, type Socket } from "node:net";
import { sign } from "@octokit/webhooks-methods";
import { afterEach, describe, expect, it } from "vitest";
import { SqliteStore } from "../src/sqlite-store.js";
import { example } from "./support/examples.js";
import {
  cleanup,
  emulatorWith,
  FAST_DELIVERY,
  postWebhook,
  relayWith,
  runCleanup,
  SECRET,
} from "./support/relay.js";

const TOKEN = "5f4dcc3b5aa765d61d8327deb882cf99";

afterEach(runCleanup);

async function setup(options: { maxPayloadBytes?: number; requestTimeoutMs?: number } = {}) {
  const { emulator, messages } = await emulatorWith([{ name: "main", token: TOKEN }]);
  const relay = await relayWith(
    `api_url: ${emulator.apiUrl}\n${FAST_DELIVERY}\nroutes:\n  - repositories: ["*/*"]\n    flow_token_env: T\n`,
    { T: TOKEN },
    options,
  );
  const stored = () => {
    const store = SqliteStore.open(relay.dataDir);
    try {
      return store.counts();
    } finally {
      store.close();
    }
  };
  return { emulator, messages, relay, stored };
}

describe("POST /github refuses what GitHub did not send, and stores nothing of it", () => {
  it("answers 401 to an unsigned or wrongly signed delivery", async () => {
    const { relay, stored } = await setup();
    const payload = example("issues", "opened");
    const unsigned = await postWebhook(relay.url, "issues", payload, { secret: null });
    expect(unsigned.status).toBe(401);
    expect(await unsigned.json()).toEqual({
      message: "X-Hub-Signature-256 is missing: set the webhook's secret",
    });
    const wrong = await postWebhook(relay.url, "issues", payload, { secret: "not-the-secret" });
    expect(wrong.status).toBe(401);
    // A valid signature of another body does not do either.
    const body = JSON.stringify(payload);
    const replayed = await postWebhook(relay.url, "issues", payload, {
      body: body.replace('"opened"', '"closed"'),
      headers: { "x-hub-signature-256": await sign("test-webhook-secret-3f9c", body) },
      secret: null,
    });
    expect(replayed.status).toBe(401);
    const garbage = await postWebhook(relay.url, "issues", payload, {
      secret: null,
      headers: { "x-hub-signature-256": "sha1=0123" },
    });
    expect(garbage.status).toBe(401);
    expect(stored()).toEqual({ deliveries: {}, messages: {} });
  });

  it("refuses a body that is not UTF-8, whichever way it is signed: GitHub sends UTF-8 only", async () => {
    const { relay, stored } = await setup();
    const text = JSON.stringify(example("issues", "opened"));
    // A lone 0xff byte inside the issue's title: not UTF-8, so decoding replaces it with U+FFFD.
    const at = text.indexOf('"title":"') + 9;
    const raw = Buffer.concat([
      Buffer.from(text.slice(0, at)),
      Buffer.from([0xff]),
      Buffer.from(text.slice(at)),
    ]);
    const hmac = (body: Buffer) =>
      `sha256=${createHmac("sha256", SECRET).update(body).digest("hex")}`;
    const decoded = Buffer.from(raw.toString("utf8"));
    const forged = await postWebhook(relay.url, "issues", undefined, {
      body: raw,
      secret: null,
      headers: { "x-hub-signature-256": hmac(decoded) },
    });
    // Checked over the decoded text, this signature would have matched.
    expect(forged.status).toBe(400);
    const overBytes = await postWebhook(relay.url, "issues", undefined, {
      body: raw,
      secret: null,
      headers: { "x-hub-signature-256": hmac(raw) },
    });
    expect(overBytes.status).toBe(400);
    expect(await overBytes.json()).toEqual({
      message: "the body is not UTF-8, so it is not a GitHub delivery",
    });
    expect(stored()).toEqual({ deliveries: {}, messages: {} });
  });

  it("answers 413 to a body over GitHub's 25 MB, counted as it streams", async () => {
    const { relay, stored } = await setup();
    const big = JSON.stringify({
      ...example("issues", "opened"),
      padding: "x".repeat(25 * 1024 * 1024),
    });
    const response = await postWebhook(relay.url, "issues", undefined, { body: big });
    expect(response.status).toBe(413);
    // Sent in chunks without a length, it is refused as well.
    const chunks = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 30; i++) controller.enqueue(new Uint8Array(1024 * 1024).fill(32));
        controller.close();
      },
    });
    const streamed = await fetch(`${relay.url}/github`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "x-github-event": "issues",
        "x-github-delivery": "d-1",
        "x-hub-signature-256": "sha256=0000",
      },
      body: chunks,
      duplex: "half",
    } as RequestInit);
    expect(streamed.status).toBe(413);
    // Unsigned, it is dropped as it streams and refused for what it is.
    const unsigned = await fetch(`${relay.url}/github`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-github-event": "issues" },
      body: big,
    });
    expect(unsigned.status).toBe(401);
    expect(stored()).toEqual({ deliveries: {}, messages: {} });
  });

  it("answers 400 to a signed body that is not a JSON object or lacks GitHub's headers", async () => {
    const { relay, stored } = await setup();
    for (const body of ["{not json", "[1,2]", "null", '"text"', ""]) {
      const response = await postWebhook(relay.url, "issues", undefined, {
        body,
        ...(body === "" && { secret: null, headers: { "x-hub-signature-256": "sha256=00" } }),
      });
      expect(response.status, body).toBe(body === "" ? 401 : 400);
    }
    const payload = example("issues", "opened");
    const noDelivery = await postWebhook(relay.url, "issues", payload, {
      headers: { "x-github-delivery": "" },
    });
    expect(noDelivery.status).toBe(400);
    const badEvent = await postWebhook(relay.url, "Issues; DROP", payload);
    expect(badEvent.status).toBe(400);
    const xml = await postWebhook(relay.url, "issues", payload, {
      headers: { "content-type": "text/xml" },
    });
    expect(xml.status).toBe(415);
    expect((await fetch(`${relay.url}/github`)).status).toBe(405);
    expect(stored()).toEqual({ deliveries: {}, messages: {} });
  });

  it("answers ping, acknowledges an unsupported event without keeping it, and drops a redelivery", async () => {
    const { relay, stored, messages, emulator } = await setup();
    const ping = await postWebhook(relay.url, "ping", example("ping"));
    expect(ping.status).toBe(200);
    const star = await postWebhook(relay.url, "star", example("star"));
    expect(star.status).toBe(202);
    expect(await star.json()).toMatchObject({ message: "accepted, nothing to post" });

    const payload = example("issues", "opened");
    const first = await postWebhook(relay.url, "issues", payload, {
      delivery: "72d3162e-cc78-11e3",
    });
    expect(first.status).toBe(202);
    const again = await postWebhook(relay.url, "issues", payload, {
      delivery: "72d3162e-cc78-11e3",
    });
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ message: "already received" });
    await messages(1);
    expect(stored().deliveries).toEqual({ mapped: 1, skipped: 1 });
    expect(emulator.threads("main")).toHaveLength(1);
    const metrics = await fetch(`${relay.url}/metrics`).then((r) => r.text());
    expect(metrics).toMatch(/flowdock_relay_webhooks_received_total\{event="issues"\} 1/);
    expect(metrics).toMatch(/flowdock_relay_webhooks_skipped_total 1/);
  });

  it("accepts a form-encoded delivery as GitHub sends it with content type x-www-form-urlencoded", async () => {
    const { relay, messages, emulator } = await setup();
    const payload = example("issues", "opened");
    const body = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
    const response = await postWebhook(relay.url, "issues", undefined, {
      body,
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    expect(response.status).toBe(202);
    await messages(1);
    expect(emulator.threads("main")[0]?.thread.title).toContain(payload.issue.title);
  });
});

describe("clients stalling large bodies under a forged signature", () => {
  it("cannot make small deliveries wait, and are cut off after the large-body timeout", async () => {
    const limit = 2 * 1024 * 1024;
    const { relay, messages } = await setup({ maxPayloadBytes: limit, requestTimeoutMs: 3000 });
    const { hostname, port } = new URL(relay.url);
    // Eight bodies of 2 MiB, each holding the 1 MiB past the free part: the whole 8 MiB budget.
    const stalled = Array.from({ length: 8 }, (_, n) => {
      const socket: Socket = connect(Number(port), hostname);
      socket.on("error", () => {});
      cleanup.push(() => {
        socket.destroy();
      });
      let answer = "";
      socket.setEncoding("utf8").on("data", (chunk: string) => {
        answer += chunk;
      });
      socket.write(
        `POST /github HTTP/1.1\r\nhost: relay\r\ncontent-type: application/json\r\nx-github-event: issues\r\nx-github-delivery: hold-${n}\r\nx-hub-signature-256: sha256=00\r\ncontent-length: ${limit + 1}\r\n\r\n`,
      );
      socket.write(Buffer.alloc(limit, 0x20));
      return new Promise<string>((resolve) => socket.once("close", () => resolve(answer)));
    });
    const held = async () =>
      Number(
        /flowdock_relay_body_bytes_held (\d+)/.exec(
          await relay.metrics.registry.getSingleMetricAsString("flowdock_relay_body_bytes_held"),
        )?.[1],
      );
    while ((await held()) < 8 * 1024 * 1024) await new Promise((r) => setTimeout(r, 20));

    const payload = example("issues", "opened");
    expect((await postWebhook(relay.url, "issues", payload)).status).toBe(202);
    const large = JSON.stringify({ ...payload, padding: "x".repeat(1536 * 1024) });
    const busy = await postWebhook(relay.url, "issues", undefined, { body: large });
    expect(busy.status).toBe(503);
    expect(await busy.json()).toEqual({
      message: "too many large deliveries at once; redeliver it",
    });
    for (const answer of await Promise.all(stalled)) expect(answer).toMatch(/^HTTP\/1\.1 408 /);
    expect((await postWebhook(relay.url, "issues", undefined, { body: large })).status).toBe(202);
    await messages(2);
  });
});
