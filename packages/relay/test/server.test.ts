import { connect, createServer, type Socket } from "node:net";
import { join } from "node:path";
import { sign } from "@octokit/webhooks-methods";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { type Logger, parseConfig, RelayStoreError, startRelay } from "../src/index.js";
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

const TOKEN = "77777777aaaaaaaa77777777aaaaaaaa";
const ADMIN_TOKEN = "admin-9d2f61c0e4b7a5";

afterEach(runCleanup);

async function setup(options: Parameters<typeof relayWith>[2] = {}) {
  const { emulator, messages } = await emulatorWith([{ name: "main", token: TOKEN }]);
  const relay = await relayWith(
    `api_url: ${emulator.apiUrl}\n${FAST_DELIVERY}\nroutes:\n  - repositories: ["*/*"]\n    flow_token_env: T\n`,
    { T: TOKEN },
    options,
  );
  return { relay, messages };
}

/** Sends raw bytes and then nothing more; resolves with what the server wrote before closing. */
function stall(url: string, bytes: string): Promise<string> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    let answer = "";
    const socket = connect(Number(port), hostname, () => socket.write(bytes));
    socket.setEncoding("utf8").on("data", (chunk: string) => {
      answer += chunk;
    });
    socket.once("error", reject);
    socket.once("close", () => resolve(answer));
  });
}

/** A logger that also resolves `logged(msg)` once a line with that message is written. */
function watchedLogger() {
  const waiting = new Map<string, () => void>();
  const lines: string[] = [];
  const line = (msg: string, fields?: object) => {
    lines.push(JSON.stringify({ msg, ...fields }));
    waiting.get(msg)?.();
  };
  const log: Logger = { info: line, warn: line, error: line };
  const logged = (msg: string) => new Promise<void>((resolve) => waiting.set(msg, resolve));
  return { log, lines, logged };
}

describe("slow clients", () => {
  it("answers 408 and closes the connection of a client trickling its headers", async () => {
    const { relay } = await setup({ requestTimeoutMs: 500 });
    const answer = await stall(relay.url, "POST /github HTTP/1.1\r\nhost: relay\r\nx-github-e");
    expect(answer).toMatch(/^HTTP\/1\.1 408 /);
    expect((await fetch(`${relay.url}/healthz`)).status).toBe(200);
  });

  it("answers 408 and closes the connection of a client that stops sending its body", async () => {
    const { relay } = await setup({ requestTimeoutMs: 500 });
    const answer = await stall(
      relay.url,
      'POST /github HTTP/1.1\r\nhost: relay\r\ncontent-type: application/json\r\nx-hub-signature-256: sha256=00\r\ncontent-length: 1000\r\n\r\n{"zen":',
    );
    expect(answer).toMatch(/^HTTP\/1\.1 408 /);
    expect((await fetch(`${relay.url}/healthz`)).status).toBe(200);
  });
});

describe("odd requests", () => {
  it("answers 400 to a malformed target without an error in the log, and takes /github/ too", async () => {
    const { log, lines } = watchedLogger();
    const { relay, messages } = await setup({ log });
    const answer = await stall(
      relay.url,
      "GET //[::1 HTTP/1.1\r\nhost: relay\r\nconnection: close\r\n\r\n",
    );
    expect(answer).toMatch(/^HTTP\/1\.1 400 /);
    expect(lines.join("\n")).not.toContain("request failed");
    const payload = example("issues", "opened");
    const body = JSON.stringify(payload);
    const slash = await fetch(`${relay.url}/github/`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "x-github-event": "issues",
        "x-github-delivery": "slash-1",
        "x-hub-signature-256": await sign(SECRET, body),
      },
      body,
    });
    expect(slash.status).toBe(202);
    await messages(1);
  });

  it("refuses /metrics and /api/* to a page whose Host is another name (DNS rebinding)", async () => {
    const { relay } = await setup();
    const { port } = new URL(relay.url);
    for (const path of ["/metrics", "/api/deliveries"]) {
      const rebound = await stall(
        relay.url,
        `GET ${path} HTTP/1.1\r\nhost: evil.example:${port}\r\nconnection: close\r\n\r\n`,
      );
      expect(rebound).toMatch(/^HTTP\/1\.1 403 /);
    }
    expect((await fetch(`${relay.url}/metrics`)).status).toBe(200);
    expect((await fetch(`http://localhost:${port}/api/deliveries`)).status).toBe(200);
  });
});

describe("shutdown", () => {
  it("stops within the shutdown grace while a client trickles a body, and cuts that client off", async () => {
    const { emulator } = await emulatorWith([{ name: "main", token: TOKEN }]);
    const relay = await relayWith(
      `api_url: ${emulator.apiUrl}\ndelivery: { shutdown_grace_ms: 200 }\nroutes:\n  - repositories: ["*/*"]\n    flow_token_env: T\n`,
      { T: TOKEN },
    );
    const { hostname, port } = new URL(relay.url);
    const socket = connect(Number(port), hostname);
    socket.on("error", () => {});
    const gone = new Promise((resolve) => socket.once("close", resolve));
    // The relay answers 100 Continue once the request is being handled: then it is in flight.
    const handled = new Promise((resolve) => socket.once("data", resolve));
    socket.write(
      "POST /github HTTP/1.1\r\nhost: relay\r\nexpect: 100-continue\r\nx-hub-signature-256: sha256=00\r\ncontent-length: 100000\r\n\r\n",
    );
    await handled;
    const trickle = setInterval(() => socket.write("a"), 50);
    cleanup.push(() => {
      clearInterval(trickle);
      socket.destroy();
    });
    await relay.close();
    await gone;
    await expect(fetch(`${relay.url}/healthz`)).rejects.toThrow();
  });
});

describe("background work", () => {
  it("logs a store failure in the redrive poll, keeps running, and sends once the store is back", async () => {
    const { log, logged } = watchedLogger();
    const { relay, messages } = await setup({ log });
    // Another connection breaks the store under the relay, then mends it.
    const db = new Database(join(relay.dataDir, "relay.db"));
    try {
      db.exec("ALTER TABLE messages RENAME TO messages_away");
      await logged("cannot read redriven messages; trying again shortly");
      db.exec("ALTER TABLE messages_away RENAME TO messages");
    } finally {
      db.close();
    }
    expect((await postWebhook(relay.url, "issues", example("issues", "opened"))).status).toBe(202);
    await messages(1);
  });
});

describe("a store that cannot take mapped deliveries", () => {
  it("retries on one timer however many webhooks arrive meanwhile, and delivers them all once it can", async () => {
    const { log, lines, logged } = watchedLogger();
    const { relay, messages } = await setup({ log });
    const db = new Database(join(relay.dataDir, "relay.db"));
    cleanup.push(() => {
      db.close();
    });
    db.exec("ALTER TABLE messages RENAME TO messages_away");
    const failure = "cannot queue mapped deliveries; trying again shortly";
    const failed = logged(failure);
    const payload = example("issues", "opened");
    expect((await postWebhook(relay.url, "issues", payload)).status).toBe(202);
    await failed;
    // Before, each of these started one more retry loop (one more failure logged right away).
    for (let n = 0; n < 10; n++) {
      expect((await postWebhook(relay.url, "issues", payload)).status).toBe(202);
    }
    const retried = logged(failure);
    await retried;
    expect(lines.filter((line) => line.includes(failure)).length).toBeLessThan(5);
    db.exec("ALTER TABLE messages_away RENAME TO messages");
    await messages(11);
  });
});

describe("GET /api/deliveries", () => {
  it("with an admin token, answers 401 without it or with another one, and never logs it", async () => {
    const { log, lines } = watchedLogger();
    const { relay } = await setup({ adminToken: ADMIN_TOKEN, log });
    const api = `${relay.url}/api/deliveries?state=failed`;
    const none = await fetch(api);
    expect(none.status).toBe(401);
    expect(none.headers.get("www-authenticate")).toBe("Bearer");
    const wrong = await fetch(api, { headers: { authorization: `Bearer ${ADMIN_TOKEN}x` } });
    expect(wrong.status).toBe(401);
    const basic = await fetch(api, { headers: { authorization: `Basic ${ADMIN_TOKEN}` } });
    expect(basic.status).toBe(401);
    const right = await fetch(api, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
    expect(right.status).toBe(200);
    expect(await right.json()).toEqual({ deliveries: [] });
    // Webhooks and health checks need no admin token.
    expect((await fetch(`${relay.url}/healthz`)).status).toBe(200);
    expect(lines.some((line) => line.includes("admin API refused"))).toBe(true);
    expect(lines.join("\n")).not.toContain(ADMIN_TOKEN);
  });

  it("without an admin token, answers a loopback client", async () => {
    const { relay } = await setup();
    const response = await fetch(`${relay.url}/api/deliveries?state=pending`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ deliveries: [] });
  });
});

describe("a PostgreSQL server that never answers", () => {
  it("stops the start with a clear error instead of hanging", async () => {
    // Takes connections and says nothing, as a database behind a dead network path does.
    const sockets = new Set<Socket>();
    const silent = createServer((socket) => sockets.add(socket));
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    cleanup.push(async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => silent.close(resolve));
    });
    const { port } = silent.address() as { port: number };
    const config = parseConfig(
      'api_url: http://127.0.0.1:1\nroutes:\n  - repositories: ["*/*"]\n    flow_token_env: T\n',
      "relay.yml",
      { env: { T: TOKEN } },
    );
    const starting = startRelay({
      config,
      secret: SECRET,
      databaseUrl: `postgres://relay:hunter2@127.0.0.1:${port}/relay`,
      databaseTimeouts: { connectMs: 300 },
      port: 0,
    });
    const error: unknown = await starting.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RelayStoreError);
    expect((error as Error).message).toMatch(/^cannot open the PostgreSQL store: .*timeout/i);
    expect((error as Error).message).not.toContain("hunter2");
    expect(sockets.size).toBeGreaterThan(0);
  });
});
