import { EventEmitter } from "node:events";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createNodeTransport } from "./node-transport.js";

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
    } else res.writeHead(202, { "content-type": "application/json" }).end('{"id":1}');
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

// The calls below are exactly those @flowdock-kit/sender makes on a dispatcher it is given.
type Request = (options: object) => Promise<{
  statusCode: number;
  headers: Record<string, unknown>;
  body: { text(): Promise<string> };
}>;

describe("createNodeTransport", () => {
  it("posts the body with its headers and reads the answer", async () => {
    const transport = createNodeTransport({});
    const request = transport.dispatcher.request as unknown as Request;
    const answer = await request({
      origin,
      path: "/messages",
      method: "POST",
      headers: { "content-type": "application/json" },
      body: '{"event":"activity"}',
    });
    transport.close();
    expect(answer.statusCode).toBe(202);
    expect(answer.headers["content-type"]).toBe("application/json");
    expect(await answer.body.text()).toBe('{"id":1}');
    // A second read gives the same text instead of waiting for a stream that has ended.
    expect(await answer.body.text()).toBe('{"id":1}');
    expect(received.at(-1)).toEqual({
      method: "POST",
      url: "/messages",
      body: '{"event":"activity"}',
      type: "application/json",
    });
  });

  it("refuses an answer the connection cuts short", async () => {
    const transport = createNodeTransport({});
    const request = transport.dispatcher.request as unknown as Request;
    const cut = await request({ origin, path: "/cut", method: "POST", body: "{}" });
    await expect(cut.body.text()).rejects.toMatchObject({ code: "ECONNRESET" });
    transport.close();
  });

  it("gives up when the sender's deadline signal fires", async () => {
    const transport = createNodeTransport({});
    const request = transport.dispatcher.request as unknown as Request;
    const signal = Object.assign(new EventEmitter(), {
      aborted: false,
      reason: undefined as unknown,
    });
    const pending = request({ origin, path: "/stall", method: "POST", body: "{}", signal });
    while (!received.some((entry) => entry.url === "/stall"))
      await new Promise((r) => setImmediate(r));
    signal.aborted = true;
    signal.reason = new Error("no answer within 5 ms");
    signal.emit("abort");
    await expect(pending).rejects.toThrow("no answer within 5 ms");
    transport.close();
  });

  it("refuses connections to a closed port with the socket's error code", async () => {
    const transport = createNodeTransport({});
    const request = transport.dispatcher.request as unknown as Request;
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    await expect(
      request({
        origin: `http://127.0.0.1:${port}`,
        path: "/messages",
        method: "POST",
        body: "{}",
      }),
    ).rejects.toMatchObject({ code: "ECONNREFUSED" });
    transport.close();
  });
});
