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

it("sends through the proxy named by HTTP_PROXY", async () => {
  const proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
  const result = await runAction({
    eventName: "issues",
    payload: example("issues", "opened"),
    inputs: { "flow-token": TOKEN, "api-url": emulator.apiUrl },
    env: { HTTP_PROXY: proxyUrl, HTTPS_PROXY: proxyUrl },
  });
  expect(result.code, result.stdout + result.stderr).toBe(0);
  expect(result.outputs).toMatchObject({ ok: "true", attempts: "1" });
  const target = new URL(emulator.apiUrl).host;
  expect(seen.some((line) => line.includes(target))).toBe(true);
  expect(emulator.threads("main")).toHaveLength(1);
  expectTokenHidden(result, TOKEN);
});
