import { afterEach, describe, expect, it } from "vitest";
import {
  createFlowdockClient,
  type FlowdockClient,
  type FlowdockClientOptions,
  FlowdockRetryError,
  FlowdockTimeoutError,
  type RetryInfo,
} from "../src/index.js";
import { type Fault, startFaultServer } from "./support/fault-server.js";
import { message, TOKEN } from "./support/mock-flowdock.js";
import { expectNoToken } from "./support/redaction.js";

const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanup.length > 0) await cleanup.pop()?.();
});

async function setup(plan: (n: number) => Fault, options: Partial<FlowdockClientOptions> = {}) {
  const server = await startFaultServer(plan);
  const retries: RetryInfo[] = [];
  const client: FlowdockClient = createFlowdockClient({
    flowToken: TOKEN,
    apiUrl: server.url,
    minDelayMs: 5,
    maxDelayMs: 20,
    onRetry: (info) => retries.push(info),
    ...options,
  });
  cleanup.push(
    () => server.close(),
    () => client.close(),
  );
  return { server, client, retries };
}

const ok: Fault = { kind: "answer", status: 202 };

describe("against a real HTTP server on 127.0.0.1", () => {
  it("delivers over kept-alive connections", async () => {
    const { server, client } = await setup(() => ok);
    for (let n = 0; n < 10; n++) await client.send(message(`t${n}`));
    expect(server.stored.size).toBe(10);
    // undici may open a second socket while the first is still being freed, then reuses them.
    expect(server.connections).toBeLessThanOrEqual(3);
    expect([...server.stored.values()][0]?.body.flow_token).toBe(TOKEN);
  });

  it("retries a connection reset mid-request and delivers once", async () => {
    const { server, client, retries } = await setup((n) =>
      n === 0 ? { kind: "reset-mid-request" } : ok,
    );
    const result = await client.send(message());
    expect(result.attempts).toBe(2);
    expect(retries[0]).toMatchObject({ status: 0 });
    expect(server.stored.size).toBe(1);
    expect(server.stored.has(result.uuid)).toBe(true);
  });

  it("resends with the same uuid when the answer was lost, so the server can drop the copy", async () => {
    const { server, client } = await setup((n) => (n === 0 ? { kind: "reset-after-store" } : ok));
    const result = await client.send(message());
    expect(result.attempts).toBe(2);
    expect(server.stored.size).toBe(1);
    expect(server.duplicates).toBe(1);
  });

  it("times out a silent server and gives up with FlowdockTimeoutError", async () => {
    const { server, client } = await setup(() => ({ kind: "silent" }), {
      timeoutMs: 150,
      retries: 1,
    });
    const error = await client.send(message()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FlowdockTimeoutError);
    expect(error).toMatchObject({ status: 0, attempts: 2 });
    expect(server.requests).toBe(2);
    expectNoToken(error, TOKEN);
  });

  it("times out an answer whose body stalls, then retries", async () => {
    const { server, client, retries } = await setup(
      (n) => (n === 0 ? { kind: "stall-body" } : ok),
      { timeoutMs: 150 },
    );
    const result = await client.send(message());
    expect(result.attempts).toBe(2);
    expect(retries[0]).toMatchObject({ status: 0, reason: "no answer within 150 ms" });
    expect(server.requests).toBe(2);
  });

  it("rides out a burst of 503s", async () => {
    const { server, client, retries } = await setup((n) =>
      n < 3 ? { kind: "answer", status: 503, body: "busy" } : ok,
    );
    const result = await client.send(message());
    expect(result.attempts).toBe(4);
    expect(retries.map((r) => r.status)).toEqual([503, 503, 503]);
    expect(server.stored.size).toBe(1);
  });

  it("gives up when the 503s last longer than the retries", async () => {
    const { server, client } = await setup(() => ({ kind: "answer", status: 503 }), {
      retries: 2,
    });
    const error = await client.send(message()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FlowdockRetryError);
    expect(error).toMatchObject({ status: 503, attempts: 3 });
    expect(server.stored.size).toBe(0);
  });

  it("honours 429 with Retry-After", async () => {
    const { server, client, retries } = await setup((n) =>
      n === 0 ? { kind: "answer", status: 429, headers: { "retry-after": "1" } } : ok,
    );
    const result = await client.send(message());
    expect(result.attempts).toBe(2);
    expect(retries[0]).toMatchObject({ status: 429, delayMs: 1000 });
    expect(server.stored.size).toBe(1);
  });

  it("reports a refused connection as status 0 after the retries", async () => {
    const { server, client } = await setup(() => ok, { retries: 1 });
    const url = server.url;
    await server.close();
    const other = createFlowdockClient({
      flowToken: TOKEN,
      apiUrl: url,
      retries: 1,
      minDelayMs: 1,
    });
    cleanup.push(() => other.close());
    const error = await other.send(message()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FlowdockRetryError);
    expect(error).toMatchObject({ status: 0, attempts: 2 });
    expect((error as Error).message).toMatch(/ECONNREFUSED/);
    expectNoToken(error, TOKEN);
    await client.close();
  });

  it("close() releases the client's sockets", async () => {
    const { server, client } = await setup(() => ok);
    await client.send(message());
    expect(server.openSockets).toBe(1);
    const closed = server.allSocketsClosed();
    await client.close();
    await closed;
    expect(server.openSockets).toBe(0);
  });
});
