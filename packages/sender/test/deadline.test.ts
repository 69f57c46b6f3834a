// The per-attempt deadline holds in every phase, on both transports: a proxy that takes the
// connection and never answers CONNECT, a server that never answers, one that stalls the body.
import { createServer, type Server } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import {
  createFlowdockClient,
  createNodeTransport,
  createUndiciTransport,
  type FlowdockClientOptions,
  FlowdockTimeoutError,
  type Transport,
} from "../src/index.js";
import { type Fault, startFaultServer } from "./support/fault-server.js";
import { message, TOKEN } from "./support/mock-flowdock.js";
import { expectNoToken } from "./support/redaction.js";

const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanup.length > 0) await cleanup.pop()?.();
});

/** A proxy that accepts TCP connections, reads the CONNECT request and never answers it. */
async function startMuteProxy() {
  const server: Server = createServer();
  const sockets = new Set<Socket>();
  let connects = 0;
  server.on("connect", (_req, socket: Socket) => {
    connects++;
    sockets.add(socket);
  });
  server.on("connection", (socket: Socket) => sockets.add(socket));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  cleanup.push(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => server.close(resolve));
  });
  return {
    url: `http://proxy-user:pr0xy-pa55word@127.0.0.1:${(server.address() as AddressInfo).port}`,
    get connects() {
      return connects;
    },
  };
}

async function startTarget(fault: Fault) {
  const server = await startFaultServer(() => fault);
  cleanup.push(() => server.close());
  return server;
}

const transports: [string, (proxy?: string) => Transport][] = [
  ["undici", (proxy) => createUndiciTransport({ proxy })],
  ["node:http", (proxy) => createNodeTransport({ proxy })],
];

async function timedOut(transport: Transport, options: Partial<FlowdockClientOptions>) {
  const client = createFlowdockClient({
    flowToken: TOKEN,
    transport,
    timeoutMs: 200,
    minDelayMs: 1,
    maxDelayMs: 2,
    ...options,
  });
  cleanup.push(() => transport.close());
  cleanup.push(() => client.close());
  const error = await client.send(message()).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(FlowdockTimeoutError);
  return error as FlowdockTimeoutError;
}

describe.each(transports)("the deadline on the %s transport", (_name, make) => {
  it("ends the send when the proxy never answers CONNECT, its credentials hidden", async () => {
    const target = await startTarget({ kind: "answer", status: 202 });
    const proxy = await startMuteProxy();
    const error = await timedOut(make(proxy.url), { apiUrl: target.url, retries: 1 });
    expect(error).toMatchObject({ status: 0, attempts: 2 });
    expect(error.message).toContain("no answer within 200 ms");
    // At least the first CONNECT reached the proxy; a loaded machine may cut the second one sooner.
    expect(proxy.connects).toBeGreaterThan(0);
    expect(target.requests).toBe(0);
    expectNoToken(error, "pr0xy-pa55word");
    expectNoToken(error, TOKEN);
  });

  it("ends the send when the server never answers", async () => {
    const target = await startTarget({ kind: "silent" });
    const error = await timedOut(make(), { apiUrl: target.url, retries: 0 });
    expect(error).toMatchObject({ status: 0, attempts: 1 });
    expect(target.requests).toBe(1);
  });

  it("ends the send when the server sends headers, then stalls the body", async () => {
    const target = await startTarget({ kind: "stall-body" });
    const error = await timedOut(make(), { apiUrl: target.url, retries: 1 });
    expect(error).toMatchObject({ attempts: 2 });
    expect(target.requests).toBe(2);
  });

  it("closes once the abandoned attempts are over", async () => {
    const target = await startTarget({ kind: "silent" });
    const proxy = await startMuteProxy();
    const transport = make(proxy.url);
    await timedOut(transport, { apiUrl: target.url, retries: 0 });
    // Resolves (vitest's own timeout would catch a hang): nothing waits for the mute proxy.
    await transport.close();
  });
});
