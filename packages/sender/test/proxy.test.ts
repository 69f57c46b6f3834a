import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { createProxy, type ProxyServer } from "proxy";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  createFlowdockClient,
  createNodeTransport,
  createUndiciTransport,
  type FlowdockClient,
  type FlowdockClientOptions,
  FlowdockRetryError,
  type Transport,
} from "../src/index.js";
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

const transports: [string, (proxy?: string) => Transport][] = [
  ["undici", (proxy) => createUndiciTransport({ proxy })],
  ["node:http", (proxy) => createNodeTransport({ proxy })],
];

describe.each(transports)("proxies on the %s transport", (_name, make) => {
  function client(options: FlowdockClientOptions & { proxy?: string }): FlowdockClient {
    const { proxy, ...rest } = options;
    const transport = make(proxy);
    const created = createFlowdockClient({ minDelayMs: 1, maxDelayMs: 2, ...rest, transport });
    cleanup.push(() => transport.close());
    cleanup.push(() => created.close());
    return created;
  }
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
    const user = "ci-user-9f2";
    const sender = client({
      flowToken: TOKEN,
      apiUrl: target.url,
      proxy: `http://${user}:${password}@127.0.0.1:${proxy.port}`,
      retries: 1,
    });
    const error = await sender.send(message()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FlowdockRetryError);
    expect((error as Error).message).toContain("407");
    expect(target.stored.size).toBe(0);
    expectNoToken(error, TOKEN);
    expectNoToken(error, password);
    expectNoToken(error, user);
  });

  it("sends a proxy URL's credentials, decoded, from lower-case http_proxy", async () => {
    const target = await startTarget();
    const seen: (string | undefined)[] = [];
    const proxy = await startProxy((req) => {
      seen.push(req.headers["proxy-authorization"]);
      return true;
    });
    vi.stubEnv("http_proxy", `http://bot:s%3Acret-42@127.0.0.1:${proxy.port}`);
    vi.stubEnv("HTTP_PROXY", "");
    vi.stubEnv("NO_PROXY", "");
    vi.stubEnv("no_proxy", "");
    const sender = client({ flowToken: TOKEN, apiUrl: target.url });
    await sender.send(message());
    expect(target.stored.size).toBe(1);
    expect(seen).toEqual([`Basic ${Buffer.from("bot:s:cret-42").toString("base64")}`]);
  });

  it("keeps the credentials of a proxy from the environment out of errors", async () => {
    const target = await startTarget();
    const proxy = await startProxy(() => false);
    vi.stubEnv("HTTP_PROXY", `http://env-user-7c1:env-s3cret-pw@127.0.0.1:${proxy.port}`);
    vi.stubEnv("NO_PROXY", "");
    vi.stubEnv("no_proxy", "");
    const sender = client({ flowToken: TOKEN, apiUrl: target.url, retries: 0 });
    const error = await sender.send(message()).catch((e: unknown) => e);
    expect((error as Error).message).toContain("407");
    expectNoToken(error, "env-s3cret-pw");
    expectNoToken(error, "env-user-7c1");
  });
});

it("the client's own transport takes the `proxy` option", async () => {
  const target = await startTarget();
  const proxy = await startProxy();
  const sender = createFlowdockClient({ flowToken: TOKEN, apiUrl: target.url, proxy: proxy.url });
  cleanup.push(() => sender.close());
  await sender.send(message());
  expect(proxy.tunnelled).toEqual([new URL(target.url).host]);
});

describe("odd proxy URLs on the node:http transport", () => {
  async function sendThrough(proxy: string) {
    const target = await startTarget();
    const transport = createNodeTransport({ proxy });
    const sender = createFlowdockClient({ flowToken: TOKEN, apiUrl: target.url, transport });
    cleanup.push(async () => {
      await sender.close();
      await transport.close();
    });
    return { target, outcome: await sender.send(message()).catch((error: unknown) => error) };
  }

  it("sends a password with a stray % as written", async () => {
    const seen: (string | undefined)[] = [];
    const proxy = await startProxy((req) => {
      seen.push(req.headers["proxy-authorization"]);
      return true;
    });
    const { target } = await sendThrough(`http://bot:50%zz-off@127.0.0.1:${proxy.port}`);
    expect(target.stored.size).toBe(1);
    expect(seen).toEqual([`Basic ${Buffer.from("bot:50%zz-off").toString("base64")}`]);
  });

  it("says the proxy URL is not valid, once, without the URL's credentials", async () => {
    const { target, outcome } = await sendThrough("http://u:s3cret-proxy-pw@[bad");
    expect((outcome as Error).message).toContain("the proxy URL");
    expect((outcome as { attempts?: number }).attempts).toBe(1);
    expectNoToken(outcome, "s3cret-proxy-pw");
    expect(target.stored.size).toBe(0);
  });
});
