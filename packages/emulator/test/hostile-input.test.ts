import { once } from "node:events";
import { connect, type Socket } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { MAX_CLIENTS } from "../src/events.ts";
import { MAX_BUFFERED_BODY_BYTES } from "../src/http-util.ts";
import type { Emulator } from "../src/index.ts";
import {
  activity,
  get,
  OTHER_TOKEN,
  post,
  raw,
  request,
  requestAs,
  start,
  TOKEN,
} from "./helpers.ts";

let emulator: Emulator;
let lines: string[];
afterEach(() => emulator.close());

async function startLogged(options: Parameters<typeof start>[0] = {}): Promise<void> {
  lines = [];
  emulator = await start({ log: (line) => lines.push(line), ...options });
}

/** The emulator still answers, so whatever came before did not take it down. */
async function stillServing(): Promise<void> {
  expect((await get(`${emulator.apiUrl}/api/flows`)).status).toBe(200);
}

describe("odd request lines", () => {
  it.each(["//", "///", "/\\", "//@", "//%zz", "/%", "*", "/api/%zz"])(
    "GET %s gets an answer and leaves the emulator serving",
    async (target) => {
      await startLogged();
      const { host } = new URL(emulator.url);
      const answer = await raw(emulator.apiUrl, `GET ${target} HTTP/1.1\r\nhost: ${host}`);
      expect(answer).toMatch(/^HTTP\/1\.1 (400|404) /);
      await stillServing();
    },
  );
});

describe("form-encoded bodies", () => {
  const form = (body: string) =>
    post(`${emulator.apiUrl}/messages`, body, { contentType: "application/x-www-form-urlencoded" });

  it("answers 400 for a key nested 200,000 deep", async () => {
    await startLogged();
    const answer = await form(`flow_token=${TOKEN}&a${"[b]".repeat(200_000)}=1`);
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({
      message: "Validation error",
      errors: { message: ["form keys may nest at most 8 levels deep"] },
    });
    await stillServing();
  });

  it("answers 400 for more keys than a message has", async () => {
    await startLogged();
    const keys = Array.from({ length: 1500 }, (_, i) => `k${i}=1`).join("&");
    const answer = await form(`flow_token=${TOKEN}&${keys}`);
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({
      errors: { message: ["a form may hold at most 1000 keys"] },
    });
    await stillServing();
  });

  it("reads keys that name Object members as plain keys: 400, and every page keeps working", async () => {
    await startLogged();
    for (const key of ["hasOwnProperty[call]", "toString[call]", "toString[name]", "__proto__[x]"])
      expect((await form(`${key}=1`)).status).toBe(400);
    expect((await post(`${emulator.apiUrl}/messages`, activity())).status).toBe(202);
    const page = await fetch(`${emulator.url}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("Fix the flux capacitor");
    expect((await get(`${emulator.apiUrl}/api/flows/main/threads`)).status).toBe(200);
  });

  it("still takes a form with nested fields", async () => {
    await startLogged();
    const answer = await form(
      new URLSearchParams({
        flow_token: TOKEN,
        event: "activity",
        title: "deployed",
        "author[name]": "bot",
        external_thread_id: "x",
        "thread[title]": "t",
        "thread[fields][0][label]": "a",
        "thread[fields][0][value]": "b",
      }).toString(),
    );
    expect(answer.status).toBe(202);
  });
});

describe("JSON bodies", () => {
  it("answers a message carrying a value nested 100,000 deep without falling over", async () => {
    await startLogged();
    const deep = `${"[".repeat(100_000)}${"]".repeat(100_000)}`;
    const text = JSON.stringify(activity()).replace(/^\{/, `{"extra":${deep},`);
    const answer = await post(`${emulator.apiUrl}/messages`, text);
    expect([202, 400]).toContain(answer.status);
    await stillServing();
  });
});

describe("a JSON key __proto__", () => {
  it("is an ordinary key, as Flowdock read it: the fields under it are not the message's", async () => {
    await startLogged();
    const answer = await post(
      `${emulator.apiUrl}/messages`,
      `{"__proto__":${JSON.stringify(activity())}}`,
      {
        headers: { "x-flowdock-wait-for-message": "true" },
      },
    );
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ errors: { flow_token: ["can't be blank"] } });
    expect(emulator.threads("main")).toEqual([]);
  });
});

describe("a body over the limit", () => {
  /** Streams a body of `declared` bytes until the server closes; answers what came back and how much was sent. */
  async function streamInto(path: string, declared: number) {
    const { hostname, port } = new URL(emulator.apiUrl);
    const socket = connect({ host: hostname, port: Number(port) });
    await once(socket, "connect");
    let answer = "";
    socket.setEncoding("utf8");
    socket.on("data", (chunk: string) => {
      answer += chunk;
    });
    // Writing into a socket the server has destroyed fails with EPIPE or ECONNRESET.
    socket.on("error", () => {});
    let open = true;
    const closed = new Promise<void>((resolve) =>
      socket.on("close", () => {
        open = false;
        resolve();
      }),
    );
    socket.write(
      `POST ${path} HTTP/1.1\r\nhost: ${hostname}:${port}\r\ncontent-type: application/json\r\ncontent-length: ${declared}\r\n\r\n`,
    );
    const chunk = Buffer.alloc(64 * 1024, "a");
    let sent = 0;
    while (open && sent < declared) {
      sent += chunk.length;
      if (!socket.write(chunk))
        await Promise.race([new Promise((resolve) => socket.once("drain", resolve)), closed]);
    }
    // A server that read everything would keep the connection for the next request.
    if (open) socket.destroy();
    await closed;
    return { answer, sent };
  }

  it.each(["/messages", `/v1/messages/chat/${TOKEN}`, "/api/flows", "/api/faults"])(
    "on %s is answered 413, the connection is closed before the rest arrives, and others are served",
    async (path) => {
      await startLogged();
      const declared = 256 * 1024 * 1024;
      const { answer, sent } = await streamInto(path, declared);
      expect(answer).toMatch(/^HTTP\/1\.1 413 /);
      expect(answer.toLowerCase()).toContain("connection: close");
      expect(sent).toBeLessThan(declared);
      await stillServing();
    },
  );
});

describe("a live page that stops reading", () => {
  it("is disconnected once it falls behind, and the emulator keeps serving", async () => {
    await startLogged();
    const { hostname, port } = new URL(emulator.url);
    const socket = connect({ host: hostname, port: Number(port) });
    socket.pause();
    socket.on("error", () => {});
    socket.write(`GET /events HTTP/1.1\r\nhost: ${hostname}:${port}\r\n\r\n`);
    const big = `<p>${"x".repeat(200_000)}</p>`;
    let dropped = false;
    for (let i = 0; i < 500 && !dropped; i += 1) {
      const answer = await post(
        `${emulator.apiUrl}/messages`,
        activity({ external_thread_id: `big-${i}`, thread: { title: `big ${i}`, body: big } }),
      );
      expect(answer.status).toBe(202);
      dropped = lines.some((line) => line.includes("fell behind"));
    }
    socket.destroy();
    expect(lines).toContainEqual("events: a live page fell behind and was disconnected");
    await stillServing();
  });
});

describe("many large bodies at once", () => {
  /** Opens a connection and sends `bytes` of a body declared as 1 MiB; resolves its answer's first line. */
  function stall(bytes: number, sockets: Socket[]): Promise<string> {
    const { hostname, port } = new URL(emulator.apiUrl);
    const socket = connect({ host: hostname, port: Number(port) });
    sockets.push(socket);
    socket.on("error", () => {});
    socket.write(
      `POST /messages HTTP/1.1\r\nhost: ${hostname}:${port}\r\ncontent-type: application/json\r\ncontent-length: ${1024 * 1024}\r\n\r\n`,
    );
    socket.write(Buffer.alloc(bytes, "a"));
    return new Promise((resolve) => {
      socket.setEncoding("utf8");
      socket.once("data", (chunk: string) => resolve(chunk));
    });
  }

  it("answers 503 with Retry-After past the buffer, and serves again once they are gone", async () => {
    await startLogged();
    const sockets: Socket[] = [];
    const count = MAX_BUFFERED_BODY_BYTES / (1024 * 1024) + 1;
    const answers = Array.from({ length: count }, () => stall(1024 * 1024 - 1, sockets));
    const busy = await Promise.race(answers);
    expect(busy).toMatch(/^HTTP\/1\.1 503 /);
    expect(busy.toLowerCase()).toContain("retry-after: 1");
    await stillServing();
    // The one answered 503 was closed by the emulator already.
    const closed = sockets.map((socket) => (socket.closed ? undefined : once(socket, "close")));
    for (const socket of sockets) socket.destroy();
    await Promise.all(closed);
    // The emulator hears of each closed connection in its own time; it logs each one.
    const left = "POST /messages (closed by the client before its body was sent)";
    while (lines.filter((line) => line === left).length < count - 1)
      await new Promise((resolve) => setImmediate(resolve));
    // What the stalled bodies held is given back: a large post is read again.
    const large = await post(
      `${emulator.apiUrl}/messages`,
      activity({ body: "y".repeat(900_000) }),
    );
    expect(large.status).toBe(202);
  });
});

describe("live pages", () => {
  /** Opens `GET /events` and resolves once its head has arrived. */
  async function openStream(): Promise<Socket> {
    const { hostname, port } = new URL(emulator.url);
    const socket = connect({ host: hostname, port: Number(port) });
    socket.on("error", () => {});
    socket.write(`GET /events HTTP/1.1\r\nhost: ${hostname}:${port}\r\n\r\n`);
    const [head] = await once(socket, "data");
    expect(String(head)).toMatch(/^HTTP\/1\.1 200 /);
    return socket;
  }

  it(`past ${MAX_CLIENTS} streams, drop the oldest instead of refusing a page that is being looked at`, async () => {
    await startLogged();
    const streams: Socket[] = [];
    for (let i = 0; i < MAX_CLIENTS; i += 1) streams.push(await openStream());
    // HEAD takes no place among the streams.
    const head = await fetch(`${emulator.url}/events`, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(head.headers.get("content-type")).toContain("text/event-stream");
    const oldestEnded = once(streams[0] as Socket, "close");
    const page = await openStream();
    await oldestEnded;
    expect(lines).toContainEqual(
      `events: more than ${MAX_CLIENTS} live pages are open; the oldest was disconnected`,
    );
    for (const socket of [...streams, page]) socket.destroy();
  });
});

describe("the test controls", () => {
  it("refuse a request whose Host is another name for the emulator (DNS rebinding)", async () => {
    await startLogged();
    const { host } = new URL(emulator.url);
    const port = new URL(emulator.url).port;
    const rebound = `rebind.attacker.example:${port}`;
    const refused = await requestAs(
      `${emulator.apiUrl}/api/faults`,
      "POST",
      {
        host: rebound,
        origin: `http://${rebound}`,
      },
      JSON.stringify({ status: 503 }),
    );
    expect(refused.status).toBe(403);
    const flows = await requestAs(
      `${emulator.apiUrl}/api/flows`,
      "POST",
      { host: rebound },
      JSON.stringify({ name: "x", token: "y" }),
    );
    expect(flows.status).toBe(403);
    expect((await get(`${emulator.apiUrl}/api/faults`)).body).toEqual({ faults: [] });
    // The emulator's own address and localhost are fine.
    for (const name of [host, `localhost:${port}`]) {
      const ok = await requestAs(`${emulator.apiUrl}/api/faults`, "DELETE", {
        host: name,
        origin: `http://${name}`,
      });
      expect(ok.status).toBe(200);
    }
  });

  const getAs = (path: string, host: string) =>
    requestAs(`${emulator.url}${path}`, "GET", { host });

  it("and the reads of a flow's data, the live stream and the inbox pages refuse another Host", async () => {
    await startLogged();
    const created = await post(`${emulator.apiUrl}/messages`, activity(), {
      headers: { "x-flowdock-wait-for-message": "true" },
    });
    const threadId = (created.body as { thread_id: string }).thread_id;
    const port = new URL(emulator.url).port;
    const paths = [
      "/api/flows",
      "/api/flows/main/threads",
      "/api/flows/main/messages",
      `/api/threads/${threadId}`,
      "/api/faults",
      "/events",
      "/",
      "/?flow=main",
      `/threads/${threadId}`,
    ];
    for (const path of paths) {
      const refused = await getAs(path, `rebind.attacker.example:${port}`);
      expect(refused.status, path).toBe(403);
      expect(refused.text, path).toContain("--allow-host");
      expect(refused.text, path).not.toContain("flux capacitor");
      for (const own of [`127.0.0.1:${port}`, `localhost:${port}`]) {
        const answered = await getAs(path, own);
        expect(answered.status, `${path} as ${own}`).toBe(200);
      }
    }
    const allowedHere = await getAs("/api/flows/main/threads", `[::1]:${port}`);
    expect(allowedHere.status).toBe(200);
  });

  it("leave the Messages API and the Push API open to clients that send their API's Host", async () => {
    await startLogged();
    const host = { host: "api.flowdock.com" };
    const message = await requestAs(
      `${emulator.apiUrl}/messages`,
      "POST",
      host,
      JSON.stringify(activity()),
    );
    expect(message.status).toBe(202);
    const push = await requestAs(
      `${emulator.apiUrl}/v1/messages/chat/${TOKEN}`,
      "POST",
      host,
      JSON.stringify({ content: "build passed", external_user_name: "ci" }),
    );
    expect(push.status).toBe(200);
    expect(emulator.threads("main")).toHaveLength(1);
  });

  it("answer a host name the user allowed", async () => {
    await startLogged({ allowedHosts: ["emulator.test"] });
    const port = new URL(emulator.url).port;
    const answer = await requestAs(`${emulator.apiUrl}/api/faults`, "DELETE", {
      host: `emulator.test:${port}`,
    });
    expect(answer.status).toBe(200);
  });

  it("never tell which flow owns a token", async () => {
    await startLogged();
    const taken = await request(`${emulator.apiUrl}/api/flows`, "POST", {
      name: "mine",
      token: TOKEN,
    });
    expect(taken.status).toBe(409);
    expect(taken.text).not.toContain("main");
    expect(taken.text).not.toContain(TOKEN);
  });
});

describe("open mode", () => {
  it("makes at most maxOpenFlows flows and refuses further tokens with 403", async () => {
    await startLogged({ open: true, flows: [], maxOpenFlows: 2 });
    for (const token of ["a", "b"])
      expect(
        (await post(`${emulator.apiUrl}/messages`, activity({ flow_token: token }))).status,
      ).toBe(202);
    const third = await post(`${emulator.apiUrl}/messages`, activity({ flow_token: "c" }));
    expect(third.status).toBe(403);
    expect(third.body).toEqual({ message: expect.stringContaining("at most 2 flows") });
    expect(emulator.flows()).toHaveLength(2);
    // Known tokens keep working.
    expect((await post(`${emulator.apiUrl}/messages`, activity({ flow_token: "a" }))).status).toBe(
      202,
    );
  });
});

describe("the Push API", () => {
  it("refuses a path with more tokens than any integration posts to", async () => {
    await startLogged({ open: true, flows: [] });
    const tokens = Array.from({ length: 101 }, (_, i) => `t${i}`).join(",");
    const answer = await post(`${emulator.apiUrl}/v1/messages/chat/${tokens}`, {
      content: "hi",
      external_user_name: "bot",
    });
    expect(answer).toMatchObject({
      status: 400,
      body: { errors: { flow_token: ["at most 100 tokens at once"] } },
    });
    expect(emulator.flows()).toEqual([]);
  });
});

describe("the request log", () => {
  it("never holds a token, whatever the path", async () => {
    await startLogged();
    for (const path of [
      `/v1/messages/team_inbox/${TOKEN}`,
      `/v1/messages/chat/${TOKEN},${OTHER_TOKEN}`,
      `/messages/${TOKEN}`,
      `/${TOKEN}`,
      `/api/flows/main/sources/${encodeURIComponent(TOKEN)}`,
      `/api/threads/${TOKEN}`,
      `/messages?flow_token=${TOKEN}`,
      `/x/${TOKEN},${OTHER_TOKEN}`,
      `/${TOKEN};x`,
      `/api/flows/${TOKEN}.json`,
    ])
      await fetch(`${emulator.apiUrl}${path}`, { method: "POST", body: "{}" });
    expect(lines.length).toBeGreaterThanOrEqual(10);
    const log = lines.join("\n");
    expect(log).not.toContain(TOKEN);
    expect(log).not.toContain(OTHER_TOKEN);
    // What is not a token stays readable.
    expect(log).toContain("/api/flows/main/sources/***");
    expect(log).toContain("/v1/messages/chat/***");
  });
  it("hides a token with word-like text attached anywhere in a segment", async () => {
    await startLogged();
    for (const path of [
      `/hooks/flowdock-${TOKEN}`,
      `/${TOKEN}_old`,
      `/v2${TOKEN}`,
      `/x/prefix${OTHER_TOKEN}suffix`,
    ])
      await fetch(`${emulator.apiUrl}${path}`, { method: "POST", body: "{}" });
    const log = lines.join("\n");
    expect(log).not.toContain(TOKEN);
    expect(log).not.toContain(OTHER_TOKEN);
    expect(log).toContain("POST /hooks/*** 405");
    expect(log).toContain("POST /x/*** 405");
  });
});

describe("an absolute-form request target", () => {
  it("is read by its path, as HTTP/1.1 requires, and logged as that path", async () => {
    await startLogged();
    const { host } = new URL(emulator.apiUrl);
    const answer = await raw(
      emulator.apiUrl,
      `POST http://${host}/messages HTTP/1.1\r\nhost: ${host}\r\ncontent-type: application/json`,
      JSON.stringify(activity()),
    );
    expect(answer).toMatch(/^HTTP\/1\.1 202 /);
    expect(lines).toContainEqual("POST /messages 202 (flow main)");
  });
});
