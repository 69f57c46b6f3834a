// Behind a proxy (HTTP_PROXY / HTTPS_PROXY from the runner's environment) the action still posts.
import { createServer, request } from "node:http";
import { type AddressInfo, connect } from "node:net";
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
proxy.on("connect", (req, socket, head) => {
  seen.push(`CONNECT ${req.url}`);
  authorizations.push(req.headers["proxy-authorization"]);
  const [host, port] = (req.url ?? "").split(":");
  const upstream = connect(Number(port), host ?? "", () => {
    socket.write("HTTP/1.1 200 Connection Established\r\n\r\n");
    upstream.write(head);
    upstream.pipe(socket);
    socket.pipe(upstream);
  });
  upstream.on("error", () => socket.destroy());
  socket.on("error", () => upstream.destroy());
});

beforeAll(async () => {
  emulator = await startEmulator({
    port: 0,
    host: "127.0.0.1",
    flows: [{ name: "main", token: TOKEN }],
  });
  await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve));
});

afterAll(async () => {
  proxy.closeAllConnections();
  await new Promise((resolve) => proxy.close(resolve));
  await emulator?.close();
});

function step(env: Record<string, string>, inputs: Record<string, string> = {}) {
  return runAction({
    eventName: "issues",
    payload: example("issues", "opened"),
    inputs: { "flow-token": TOKEN, "api-url": emulator.apiUrl, ...inputs },
    env,
  });
}

it("tunnels through the proxy named by HTTP_PROXY, with its credentials", async () => {
  const port = (proxy.address() as AddressInfo).port;
  const result = await step({ HTTP_PROXY: `http://bot:s%3Acret@127.0.0.1:${port}` });
  expect(result.code, result.stdout + result.stderr).toBe(0);
  expect(result.outputs).toMatchObject({ ok: "true", attempts: "1" });
  expect(seen).toEqual([`CONNECT ${new URL(emulator.apiUrl).host}`]);
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
