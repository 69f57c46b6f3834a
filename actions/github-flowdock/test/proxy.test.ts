// Behind a proxy (HTTP_PROXY / HTTPS_PROXY from the runner's environment) the action still posts.
import { readFileSync } from "node:fs";
import { createServer, request } from "node:http";
import { createServer as createHttpsServer } from "node:https";
import { type AddressInfo, connect } from "node:net";
import { join } from "node:path";
import type { TLSSocket } from "node:tls";
import { type Emulator, startEmulator } from "@flowdock-kit/emulator";
import { afterAll, beforeAll, expect, it } from "vitest";
import { example } from "../scripts/examples.mjs";
import { runAction } from "../scripts/simulate-runner.mjs";
import { expectTokenHidden } from "./runner-checks.js";

const TOKEN = "proxy-test-00aa11bb22cc33dd44ee55ff66778899";
let emulator: Emulator;
const seen: string[] = [];
const authorizations: (string | undefined)[] = [];
// A forward proxy: CONNECT tunnels and absolute-form requests, each noted in `seen`.
const proxy = createServer((req, res) => {
  seen.push(`${req.method} ${req.url}`);
  const upstream = request(
    req.url ?? "",
    { method: req.method, headers: req.headers },
    (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    },
  );
  req.pipe(upstream);
});
// Tunnelled sockets leave the server's bookkeeping: close them by hand at the end.
const tunnels = new Set<{ destroy(): void }>();
proxy.on("connect", (req, socket, head) => {
  tunnels.add(socket);
  seen.push(`CONNECT ${req.url}`);
  authorizations.push(req.headers["proxy-authorization"]);
  const [host, port] = (req.url ?? "").split(":");
  // Proof that the request itself went through the tunnel, not just a CONNECT beside it.
  socket.once("data", () => seen.push(`DATA ${req.url}`));
  const upstream = connect(Number(port), host ?? "", () => {
    socket.write("HTTP/1.1 200 Connection Established\r\n\r\n");
    upstream.write(head);
    upstream.pipe(socket);
    socket.pipe(upstream);
  });
  tunnels.add(upstream);
  upstream.on("error", () => socket.destroy());
  socket.on("error", () => upstream.destroy());
});

// An https Messages API for localhost, with a test certificate the child trusts through
// NODE_EXTRA_CA_CERTS, as a runner with a company CA would.
const fixtures = join(import.meta.dirname, "fixtures");
const certificate = join(fixtures, "localhost-cert.pem");
const secureSeen: { path: string | undefined; sni: string | false | null; token: unknown }[] = [];
const secure = createHttpsServer(
  { key: readFileSync(join(fixtures, "localhost-key.pem")), cert: readFileSync(certificate) },
  (req, res) => {
    let body = "";
    req.setEncoding("utf8").on("data", (chunk) => (body += chunk));
    req.on("end", () => {
      const sni = (req.socket as TLSSocket).servername;
      secureSeen.push({ path: req.url, sni, token: JSON.parse(body).flow_token });
      res.writeHead(202, { "content-type": "application/json" }).end("{}");
    });
  },
);

beforeAll(async () => {
  await new Promise<void>((resolve) => secure.listen(0, "127.0.0.1", resolve));
  emulator = await startEmulator({
    port: 0,
    host: "127.0.0.1",
    flows: [{ name: "main", token: TOKEN }],
  });
  await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve));
});

afterAll(async () => {
  secure.closeAllConnections();
  await new Promise((resolve) => secure.close(resolve));
  for (const socket of tunnels) socket.destroy();
  proxy.closeAllConnections();
  await new Promise((resolve) => proxy.close(resolve));
  await emulator?.close();
});

// Far above any deadline the tests set: a step still running then is stuck, and is killed.
const STUCK_MS = 20_000;

function step(env: Record<string, string>, inputs: Record<string, string> = {}) {
  return runAction({
    eventName: "issues",
    payload: example("issues", "opened"),
    inputs: { "flow-token": TOKEN, "api-url": emulator.apiUrl, ...inputs },
    env,
    limitMs: STUCK_MS,
  });
}

it("tunnels through the proxy named by HTTP_PROXY, with its credentials", async () => {
  const port = (proxy.address() as AddressInfo).port;
  const result = await step({ HTTP_PROXY: `http://bot:s%3Acret@127.0.0.1:${port}` });
  expect(result.code, result.stdout + result.stderr).toBe(0);
  expect(result.outputs).toMatchObject({ ok: "true", attempts: "1" });
  const target = new URL(emulator.apiUrl).host;
  expect(seen).toEqual([`CONNECT ${target}`, `DATA ${target}`]);
  expect(authorizations).toEqual([`Basic ${Buffer.from("bot:s:cret").toString("base64")}`]);
  expect(emulator.threads("main")).toHaveLength(1);
  expectTokenHidden(result, TOKEN);
  expect(result.stdout + result.stderr).not.toContain("s%3Acret");
});

it("goes direct for a host in NO_PROXY", async () => {
  seen.length = 0;
  const port = (proxy.address() as AddressInfo).port;
  const result = await step({
    HTTP_PROXY: `http://127.0.0.1:${port}`,
    NO_PROXY: "localhost,127.0.0.1",
  });
  expect(result.outputs).toMatchObject({ ok: "true" });
  expect(seen).toEqual([]);
});

it("warns when the proxy refuses the tunnel, without showing its credentials", async () => {
  const refusing = createServer();
  refusing.on("connect", (_req, socket) =>
    socket.end("HTTP/1.1 407 Proxy Authentication Required\r\n\r\n"),
  );
  await new Promise<void>((resolve) => refusing.listen(0, "127.0.0.1", resolve));
  const port = (refusing.address() as AddressInfo).port;
  const result = await step(
    { HTTP_PROXY: `http://bot:hunter2@127.0.0.1:${port}` },
    { retries: "0" },
  );
  await new Promise((resolve) => refusing.close(resolve));
  expect(result.code).toBe(0);
  expect(result.stdout).toMatch(/::warning::Could not post to Flowdock: .*407/);
  expect(
    result.stdout + result.stderr + JSON.stringify(result.outputs) + result.summary,
  ).not.toContain("hunter2");
});

it("speaks TLS to an https API, directly and through a CONNECT tunnel", async () => {
  const apiUrl = `https://localhost:${(secure.address() as AddressInfo).port}`;
  const proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
  seen.length = 0;
  for (const env of [{}, { HTTPS_PROXY: proxyUrl }]) {
    const result = await step({ NODE_EXTRA_CA_CERTS: certificate, ...env }, { "api-url": apiUrl });
    expect(result.outputs, result.stdout).toMatchObject({ ok: "true", attempts: "1" });
  }
  expect(secureSeen).toEqual([
    { path: "/messages", sni: "localhost", token: TOKEN },
    { path: "/messages", sni: "localhost", token: TOKEN },
  ]);
  const target = `localhost:${(secure.address() as AddressInfo).port}`;
  expect(seen).toEqual([`CONNECT ${target}`, `DATA ${target}`]);
});

// A proxy that takes the connection and never answers CONNECT, or an API that never answers: the
// step still ends within `timeout-seconds` per attempt, with a warning, instead of hanging the job.
it.each([
  ["a proxy that never answers CONNECT", "proxy"],
  ["an API that never answers", "api"],
])("ends the step within timeout-seconds behind %s", { timeout: 30_000 }, async (_case, mute) => {
  const held = new Set<{ destroy(): void }>();
  const silent = createServer(() => {});
  silent.on("connection", (socket) => held.add(socket));
  silent.on("connect", (_req, socket) => held.add(socket));
  await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(silent.address() as AddressInfo).port}`;
  try {
    const result = await step(mute === "proxy" ? { HTTP_PROXY: url, NO_PROXY: "" } : {}, {
      "timeout-seconds": "1",
      retries: "0",
      ...(mute === "api" ? { "api-url": url } : {}),
    });
    expectEndedByDeadline(result);
  } finally {
    for (const socket of held) socket.destroy();
    await new Promise((resolve) => silent.close(resolve));
  }
});

// Node cannot cancel a lookup in flight, and a pending one kept the process alive after the
// deadline had been reported: the step must end anyway.
it("ends the step within timeout-seconds when DNS never answers", { timeout: 30_000 }, async () => {
  const result = await step(
    { NODE_OPTIONS: `--require ${join(fixtures, "stuck-dns.cjs")}` },
    { "api-url": "http://flowdock.invalid", "timeout-seconds": "1", retries: "0" },
  );
  expectEndedByDeadline(result);
});

function expectEndedByDeadline(result: Awaited<ReturnType<typeof step>>) {
  expect(result.killed, `still running after ${STUCK_MS} ms`).toBe(false);
  expect(result.code, result.stdout + result.stderr).toBe(0);
  expect(result.outputs).toMatchObject({ ok: "false", attempts: "1" });
  expect(result.stdout).toMatch(
    /::warning::Could not post to Flowdock: .*no answer within 1000 ms/,
  );
  expectTokenHidden(result, TOKEN);
}
