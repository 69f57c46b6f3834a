import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createNodeTransport } from "./node-transport.js";
import type { HttpRequest } from "./transport.js";

let origin: string;
const received: {
  method: string | undefined;
  url: string | undefined;
  body: string;
  type: string | undefined;
}[] = [];
const stalled: ServerResponse[] = [];
const server = createServer((req: IncomingMessage, res: ServerResponse) => {
  let body = "";
  req.setEncoding("utf8").on("data", (chunk) => (body += chunk));
  req.on("end", () => {
    received.push({ method: req.method, url: req.url, body, type: req.headers["content-type"] });
    if (req.url === "/stall") stalled.push(res);
    else if (req.url === "/cut") {
      // Half an answer, then the connection drops.
      res.writeHead(200, { "content-type": "application/json", "content-length": "100" });
      res.write('{"partial":', () => res.destroy());
    } else if (req.url === "/big") {
      res.writeHead(200, { "content-type": "text/plain" });
      res.end("x".repeat(3 << 20));
    } else
      res
        .writeHead(202, { "content-type": "application/json", "set-cookie": ["a=1", "b=2"] })
        .end('{"id":1}');
  });
});

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  for (const res of stalled) res.destroy();
  await new Promise((resolve) => server.close(resolve));
});

function post(path: string, signal = new AbortController().signal): HttpRequest {
  return {
    method: "POST",
    url: `${origin}${path}`,
    headers: { "content-type": "application/json" },
    body: '{"event":"activity"}',
    signal,
  };
}

describe("createNodeTransport", () => {
  it("posts the body with its headers and reads the answer", async () => {
    const transport = createNodeTransport();
    const answer = await transport.request(post("/messages"));
    expect(answer.status).toBe(202);
    expect(answer.headers["content-type"]).toBe("application/json");
    expect(answer.headers["set-cookie"]).toBe("a=1, b=2");
    expect(await answer.text()).toBe('{"id":1}');
    // A second read gives the same text instead of waiting for a stream that has ended.
    expect(await answer.text()).toBe('{"id":1}');
    await transport.close();
    expect(received.at(-1)).toEqual({
      method: "POST",
      url: "/messages",
      body: '{"event":"activity"}',
      type: "application/json",
    });
  });

  it("reads at most 1 MiB of an answer", async () => {
    const transport = createNodeTransport();
    const answer = await transport.request(post("/big"));
    expect((await answer.text()).length).toBe(1 << 20);
    await transport.close();
  });

  it("refuses an answer the connection cuts short", async () => {
    const transport = createNodeTransport();
    const cut = await transport.request(post("/cut"));
    await expect(cut.text()).rejects.toMatchObject({ code: "ECONNRESET" });
    await transport.close();
  });

  it("gives up with the signal's reason when it fires", async () => {
    const transport = createNodeTransport();
    const deadline = new AbortController();
    const pending = transport.request(post("/stall", deadline.signal));
    while (!received.some((entry) => entry.url === "/stall"))
      await new Promise((r) => setImmediate(r));
    deadline.abort(new Error("no answer within 5 ms"));
    await expect(pending).rejects.toThrow("no answer within 5 ms");
    await transport.close();
  });

  it("refuses connections to a closed port with the socket's error code", async () => {
    const transport = createNodeTransport();
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    await expect(
      transport.request({ ...post("/"), url: `http://127.0.0.1:${port}/messages` }),
    ).rejects.toMatchObject({ code: "ECONNREFUSED" });
    await transport.close();
  });
});
