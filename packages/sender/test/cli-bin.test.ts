import { spawn } from "node:child_process";
import { copyFile, mkdir, mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createProxy } from "proxy";
import { afterEach, describe, expect, it } from "vitest";
import { type Fault, startFaultServer } from "./support/fault-server.js";
import { TOKEN } from "./support/mock-flowdock.js";

// The committed bin npm links, which runs the build; `npm test` builds first (turbo: test depends on build).
const BIN = fileURLToPath(new URL("../bin/flowdock-send.js", import.meta.url));

const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanup.length > 0) await cleanup.pop()?.();
});

async function server(plan?: (n: number) => Fault) {
  const started = await startFaultServer(plan);
  cleanup.push(() => started.close());
  return started;
}

// Far above any deadline the tests set: a command still running then is stuck, and is killed.
const STUCK_MS = 20_000;

function flowdockSend(args: string[], env: Record<string, string>, stdin = "", bin = BIN) {
  const child = spawn(process.execPath, [bin, ...args], {
    env: { PATH: process.env.PATH ?? "", ...env },
  });
  let stdout = "";
  let stderr = "";
  let killed = false;
  const limit = setTimeout(() => {
    killed = true;
    child.kill("SIGKILL");
  }, STUCK_MS);
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk));
  child.stdin.end(stdin);
  return new Promise<{ code: number | null; stdout: string; stderr: string; killed: boolean }>(
    (resolve) =>
      child.on("close", (code) => {
        clearTimeout(limit);
        expect(stdout + stderr).not.toContain(TOKEN);
        resolve({ code, stdout, stderr, killed });
      }),
  );
}

const message = ["--title", "deployed api", "--thread-id", "deploy:api", "--status", "green:ok"];

describe("the flowdock-send bin", () => {
  it("sends and exits 0", async () => {
    const flowdock = await server();
    const { code, stdout } = await flowdockSend(message, {
      FLOWDOCK_FLOW_TOKEN: TOKEN,
      FLOWDOCK_API_URL: flowdock.url,
    });
    expect(code).toBe(0);
    expect(stdout).toMatch(/^sent \(HTTP 202/);
    const [stored] = flowdock.stored.values();
    expect(stored?.body).toMatchObject({
      flow_token: TOKEN,
      title: "deployed api",
      thread: { status: { color: "green", value: "ok" } },
    });
  });

  it("sends --json - from a pipe", async () => {
    const flowdock = await server();
    const json = JSON.stringify({
      event: "discussion",
      title: "commented",
      body: "piped",
      author: { name: "ci" },
      external_thread_id: "pipe:1",
    });
    const { code } = await flowdockSend(
      ["--json", "-", "--api-url", flowdock.url],
      { FLOWDOCK_FLOW_TOKEN: TOKEN },
      json,
    );
    expect(code).toBe(0);
    expect([...flowdock.stored.values()][0]?.body).toMatchObject({ body: "piped" });
  });

  // Node cannot cancel a lookup in flight; a pending one kept the command alive after the deadline.
  it("ends within --timeout when DNS never answers", { timeout: 30_000 }, async () => {
    const stuckDns = fileURLToPath(new URL("fixtures/stuck-dns.cjs", import.meta.url));
    const result = await flowdockSend([...message, "--timeout", "1000", "--retries", "0"], {
      FLOWDOCK_FLOW_TOKEN: TOKEN,
      FLOWDOCK_API_URL: "http://flowdock.invalid",
      NODE_OPTIONS: `--require ${stuckDns}`,
    });
    expect(result.killed, `still running after ${STUCK_MS} ms`).toBe(false);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/no answer within 1000 ms/);
  });

  it("exits 1 when the source is gone, and says to stop", async () => {
    const flowdock = await server(() => ({ kind: "answer", status: 410, body: TOKEN }));
    const { code, stderr } = await flowdockSend(message, {
      FLOWDOCK_FLOW_TOKEN: TOKEN,
      FLOWDOCK_API_URL: flowdock.url,
    });
    expect(code).toBe(1);
    expect(stderr).toContain("stop using this token");
  });

  it("sends through --proxy", async () => {
    const flowdock = await server();
    const proxy = createProxy(createServer());
    const tunnelled: string[] = [];
    proxy.on("connect", (req: { url?: string }) => tunnelled.push(String(req.url)));
    await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve));
    cleanup.push(async () => {
      proxy.closeAllConnections();
      await new Promise<void>((resolve) => proxy.close(() => resolve()));
    });
    const { port } = proxy.address() as AddressInfo;
    const { code } = await flowdockSend([...message, "--proxy", `http://127.0.0.1:${port}`], {
      FLOWDOCK_FLOW_TOKEN: TOKEN,
      FLOWDOCK_API_URL: flowdock.url,
    });
    expect(code).toBe(0);
    expect(tunnelled).toEqual([new URL(flowdock.url).host]);
    expect(flowdock.stored.size).toBe(1);
  });

  it("exits 2 on a usage error and sends nothing", async () => {
    const flowdock = await server();
    const { code, stderr } = await flowdockSend(["--title", "x"], {
      FLOWDOCK_FLOW_TOKEN: TOKEN,
      FLOWDOCK_API_URL: flowdock.url,
    });
    expect(code).toBe(2);
    expect(stderr).toContain("--thread-id is required");
    expect(flowdock.requests).toBe(0);
  });

  it("--dry-run prints the message and sends nothing", async () => {
    const flowdock = await server();
    const { code, stdout } = await flowdockSend([...message, "--dry-run"], {
      FLOWDOCK_FLOW_TOKEN: TOKEN,
      FLOWDOCK_API_URL: flowdock.url,
    });
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({
      event: "activity",
      external_thread_id: "deploy:api",
    });
    expect(flowdock.requests).toBe(0);
  });

  it("says to build first when dist/ is missing", async () => {
    const clone = await mkdtemp(join(tmpdir(), "flowdock-send-bin-"));
    cleanup.push(() => rm(clone, { recursive: true, force: true }));
    await mkdir(join(clone, "bin"));
    await copyFile(BIN, join(clone, "bin", "flowdock-send.js"));
    const { code, stderr } = await flowdockSend(
      ["--help"],
      {},
      "",
      join(clone, "bin", "flowdock-send.js"),
    );
    expect(code).toBe(1);
    expect(stderr).toContain("not built yet; run `npm run build`");
  });

  it("prints its help through the committed bin", async () => {
    const { code, stdout } = await flowdockSend(["--help"], {});
    expect(code).toBe(0);
    expect(stdout).toContain("Usage: flowdock-send [options]");
  });
});
