import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { createProxy, type ProxyServer } from "proxy";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createFlowdockClient, type FlowdockClient, FlowdockRetryError } from "../src/index.js";
import { startFaultServer } from "./support/fault-server.js";
import { message, TOKEN } from "./support/mock-flowdock.js";
import { expectNoToken } from "./support/redaction.js";

const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  vi.unstubAllEnvs();
  while (cleanup.length > 0) await cleanup.pop()?.();
});

/** A real forwarding proxy (the `proxy` package) on 127.0.0.1 that counts what it tunnels. */
async function startProxy(authenticate?: ProxyServer["authenticate"]) {
  const proxy = createProxy(createServer());
  if (authenticate) proxy.authenticate = authenticate;
  const tunnelled: string[] = [];
  proxy.on("connect", (req: { url?: string }) => tunnelled.push(String(req.url)));
  proxy.on("request", (req: { url?: string }) => tunnelled.push(String(req.url)));
  await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve));
  const { port } = proxy.address() as AddressInfo;
  cleanup.push(async () => {
    proxy.closeAllConnections();
    await new Promise<void>((resolve) => proxy.close(() => resolve()));
  });
  return { url: `http://127.0.0.1:${port}`, port, tunnelled };
}

async function startTarget() {
  const server = await startFaultServer();
  cleanup.push(() => server.close());
  return server;
}

function client(options: Parameters<typeof createFlowdockClient>[0]): FlowdockClient {
  const created = createFlowdockClient({ minDelayMs: 1, maxDelayMs: 2, ...options });
  cleanup.push(() => created.close());
  return created;
}

describe("proxies", () => {
  it("sends through the `proxy` option", async () => {
    const target = await startTarget();
    const proxy = await startProxy();
    const sender = client({ flowToken: TOKEN, apiUrl: target.url, proxy: proxy.url });
    await sender.send(message());
    expect(target.stored.size).toBe(1);
    expect(proxy.tunnelled).toEqual([new URL(target.url).host]);
  });

  it("honours HTTP_PROXY from the environment by default", async () => {
    const target = await startTarget();
    const proxy = await startProxy();
    vi.stubEnv("HTTP_PROXY", proxy.url);
    vi.stubEnv("NO_PROXY", "");
    vi.stubEnv("no_proxy", "");
    const sender = client({ flowToken: TOKEN, apiUrl: target.url });
    await sender.send(message());
    expect(target.stored.size).toBe(1);
    expect(proxy.tunnelled).toHaveLength(1);
  });

  it("goes direct to hosts in NO_PROXY", async () => {
    const target = await startTarget();
    const proxy = await startProxy();
    vi.stubEnv("HTTP_PROXY", proxy.url);
    vi.stubEnv("NO_PROXY", "127.0.0.1");
    const sender = client({ flowToken: TOKEN, apiUrl: target.url });
    await sender.send(message());
    expect(target.stored.size).toBe(1);
    expect(proxy.tunnelled).toHaveLength(0);
  });

  it("keeps proxy credentials and the token out of errors when the proxy refuses", async () => {
    const target = await startTarget();
    const proxy = await startProxy(() => false);
    const password = "pr0xy-s3cret-pass";
    const sender = client({
      flowToken: TOKEN,
      apiUrl: target.url,
      proxy: `http://ci-user:${password}@127.0.0.1:${proxy.port}`,
      retries: 1,
    });
    const error = await sender.send(message()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FlowdockRetryError);
    expect((error as Error).message).toContain("407");
    expect(target.stored.size).toBe(0);
    expectNoToken(error, TOKEN);
    expectNoToken(error, password);
  });
});
