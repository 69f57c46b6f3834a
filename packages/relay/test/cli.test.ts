import { spawnSync } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { mapEvent } from "@flowdock-kit/github";
import { afterEach, describe, expect, it } from "vitest";
import { example } from "./support/examples.js";
import { spawnRelay } from "./support/process.js";
import {
  cleanup,
  emulatorWith,
  postWebhook,
  runCleanup,
  SECRET,
  tempDir,
} from "./support/relay.js";

const TOKEN = "44444444dddddddd44444444dddddddd";
const ADMIN_TOKEN = "admin-c41e7b0f92d8";
const ACTIONS = ["opened", "labeled", "reopened"];
const BIN = fileURLToPath(new URL("../bin/flowdock-relay.js", import.meta.url));

afterEach(runCleanup);

function configFile(apiUrl: string, tokenEnv = "FLOWDOCK_TOKEN"): string {
  const path = join(tempDir(), "relay.yml");
  writeFileSync(
    path,
    `api_url: ${apiUrl}\nroutes:\n  - repositories: ["*/*"]\n    flow_token_env: ${tokenEnv}\n`,
  );
  return path;
}

function run(args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [BIN, ...args], {
    env: { PATH: process.env.PATH ?? "", ...env },
    encoding: "utf8",
  });
}

describe("flowdock-relay", () => {
  it("--help shows a minimal run", () => {
    const result = run(["--help"]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(
      "flowdock-relay --config relay.yml --secret-env WEBHOOK_SECRET",
    );
    expect(result.stdout).toContain("flow_token_env: FLOWDOCK_TOKEN");
  });

  it("stops at start with a clear message when a token variable, the secret or the config is missing", () => {
    const config = configFile("http://127.0.0.1:9", "FLOWDOCK_TOKEN_DEV");
    const noToken = run(["--config", config, "--secret-env", "S", "--port", "0"], { S: SECRET });
    expect(noToken.status).toBe(2);
    expect(noToken.stderr).toContain(
      "routes[0].flow_token_env: the environment variable FLOWDOCK_TOKEN_DEV is not set",
    );
    const noSecret = run(["--config", config, "--secret-env", "S"], { FLOWDOCK_TOKEN_DEV: TOKEN });
    expect(noSecret.status).toBe(2);
    expect(noSecret.stderr).toContain("the environment variable S (--secret-env) is not set");
    const noConfig = run(["--secret-env", "S"], { S: SECRET });
    expect(noConfig.status).toBe(2);
    expect(noConfig.stderr).toContain("--config FILE is required");
    const badPort = run(["--config", config, "--secret-env", "S", "--port", "http"], { S: SECRET });
    expect(badPort.stderr).toContain("--port must be a port number");
    const noAdminToken = run(
      ["--config", config, "--secret-env", "S", "--admin-token-env", "ADMIN_TOKEN"],
      { S: SECRET, FLOWDOCK_TOKEN_DEV: TOKEN },
    );
    expect(noAdminToken.status).toBe(2);
    expect(noAdminToken.stderr).toContain(
      "the environment variable ADMIN_TOKEN (--admin-token-env) is not set",
    );
    for (const result of [noToken, noSecret, noConfig, badPort, noAdminToken]) {
      expect(result.stdout + result.stderr).not.toContain(SECRET);
      expect(result.stdout + result.stderr).not.toContain(TOKEN);
    }
  });

  it("takes only decimal digits for --port and --id, and refuses to redrive a store that is not there", () => {
    const config = configFile("http://127.0.0.1:9", "FLOWDOCK_TOKEN_DEV");
    for (const port of ["", " 0x1F91 ", "1e3", "65536"]) {
      const bad = run(["--config", config, "--secret-env", "S", "--port", port], {
        S: SECRET,
        FLOWDOCK_TOKEN_DEV: TOKEN,
      });
      expect(bad.status, port).toBe(2);
      expect(bad.stderr, port).toContain("--port must be a port number");
    }
    const data = tempDir();
    for (const id of ["1e3", "0x10", ""]) {
      const bad = run(["redrive", "--data", data, "--id", id]);
      expect(bad.status, id).toBe(2);
      expect(bad.stderr, id).toContain("--id takes the seq");
    }
    const missing = join(data, "typo");
    const nowhere = run(["redrive", "--data", missing]);
    expect(nowhere.status).toBe(2);
    expect(nowhere.stderr).toContain(`there is no store at ${join(missing, "relay.db")}`);
    expect(existsSync(missing)).toBe(false);
  });

  it("refuses a config whose YAML aliases expand without bound with exit code 2, not a stack trace", () => {
    const lines = ["a: &a [x, x, x, x, x, x, x, x, x, x]"];
    for (const [n, name] of ["b", "c", "d", "e", "f"].entries()) {
      lines.push(`${name}: &${name} [${Array(10).fill(`*${"abcdef"[n]}`).join(", ")}]`);
    }
    const config = join(tempDir(), "laughs.yml");
    writeFileSync(config, `${lines.join("\n")}\n`);
    const result = run(["--config", config, "--secret-env", "S"], { S: SECRET });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`flowdock-relay: ${config} is not valid YAML or JSON`);
    expect(result.stderr).not.toContain("    at ");
  });

  it("prints its URL first, serves /healthz and /metrics, logs JSON without secrets, and stops on SIGTERM", async () => {
    const { emulator, messages } = await emulatorWith([{ name: "main", token: TOKEN }]);
    const dir = tempDir();
    const relay = await spawnRelay(
      [
        ...["--config", configFile(emulator.apiUrl), "--secret-env", "WEBHOOK_SECRET"],
        ...["--data", dir, "--admin-token-env", "ADMIN_TOKEN"],
      ],
      { WEBHOOK_SECRET: SECRET, FLOWDOCK_TOKEN: TOKEN, ADMIN_TOKEN },
    );
    expect(relay.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(await fetch(`${relay.url}/healthz`).then((r) => r.json())).toEqual({ status: "ok" });
    const api = `${relay.url}/api/deliveries`;
    expect((await fetch(api)).status).toBe(401);
    const authorized = await fetch(api, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
    expect(await authorized.json()).toEqual({ deliveries: [] });
    const delivery = "9a8b7c6d-0000-4000-8000-000000000001";
    expect(
      (await postWebhook(relay.url, "issues", example("issues", "opened"), { delivery })).status,
    ).toBe(202);
    await postWebhook(relay.url, "issues", example("issues", "opened"), { secret: "wrong" });
    await messages(1);

    const metrics = await fetch(`${relay.url}/metrics`).then((r) => r.text());
    expect(metrics).toContain('flowdock_relay_webhooks_received_total{event="issues"} 1');
    expect(metrics).toContain('flowdock_relay_webhooks_refused_total{reason="bad_signature"} 1');
    expect(metrics).toContain("flowdock_relay_messages_delivered_total 1");
    expect(metrics).toContain("flowdock_relay_messages_failed_total 0");
    expect(metrics).toContain("flowdock_relay_queue_depth 0");
    expect(metrics).toContain("flowdock_relay_delivery_latency_seconds_count 1");

    relay.child.kill("SIGTERM");
    expect(await relay.exited).toEqual({ code: 0, signal: null });
    const lines = relay
      .stderr()
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(lines.find((l) => l.msg === "message delivered")).toMatchObject({ delivery });
    expect(lines.find((l) => l.msg === "webhook refused")).toMatchObject({ status: 401 });
    expect(lines.at(-1)).toMatchObject({ msg: "relay stopped" });
    expect(relay.stderr()).not.toContain(TOKEN);
    expect(relay.stderr()).not.toContain(SECRET);
    expect(relay.stderr()).not.toContain(ADMIN_TOKEN);
  });

  it("reads the secret and a route's token from files, as a container's secrets are mounted", async () => {
    const { emulator, messages } = await emulatorWith([{ name: "main", token: TOKEN }]);
    const dir = tempDir();
    const secretFile = join(dir, "webhook-secret");
    const tokenFile = join(dir, "flowdock-token");
    writeFileSync(secretFile, `${SECRET}\n`);
    writeFileSync(tokenFile, `${TOKEN}\n`);
    const config = join(dir, "relay.yml");
    writeFileSync(
      config,
      `api_url: ${emulator.apiUrl}\nroutes:\n  - repositories: ["*/*"]\n    flow_token_file: ${tokenFile}\n`,
    );
    const relay = await spawnRelay(
      ["--config", config, "--secret-file", secretFile, "--data", join(dir, "data")],
      {},
    );
    expect((await postWebhook(relay.url, "issues", example("issues", "opened"))).status).toBe(202);
    const wrong = await postWebhook(relay.url, "issues", example("issues", "opened"), {
      secret: "not-the-file's",
    });
    expect(wrong.status).toBe(401);
    await messages(1);
    relay.child.kill("SIGTERM");
    expect((await relay.exited).code).toBe(0);
    expect(relay.stderr()).not.toContain(TOKEN);
    expect(relay.stderr()).not.toContain(SECRET);
  });

  it("keeps acknowledged deliveries across a restart when Flowdock is down, and sends them once it is back", async () => {
    const { emulator, messages } = await emulatorWith([{ name: "main", token: TOKEN }]);
    await fetch(`${emulator.apiUrl}/api/faults`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ status: 503 }),
    });
    const dir = tempDir();
    const args = ["--config", configFile(emulator.apiUrl), "--secret-env", "S", "--data", dir];
    const env = { S: SECRET, FLOWDOCK_TOKEN: TOKEN };
    const first = await spawnRelay(args, env);
    for (const action of ACTIONS) {
      const response = await postWebhook(first.url, "issues", example("issues", action));
      expect(response.status).toBe(202);
    }
    first.child.kill("SIGTERM");
    expect((await first.exited).code).toBe(0);
    expect(emulator.flows()[0]?.messages).toBe(0);

    await fetch(`${emulator.apiUrl}/api/faults`, { method: "DELETE" });
    await spawnRelay(args, env);
    await messages(3);
    expect(emulator.threads("main")[0]?.messages.map((m) => m.title)).toEqual(
      ACTIONS.map((action) => {
        const mapped = mapEvent("issues", example("issues", action));
        return mapped.skipped ? action : mapped.messages[0]?.title;
      }),
    );
  });

  it("on SIGINT lets a request to Flowdock on the wire finish, records it, and does not send it again", async () => {
    const { emulator, messages } = await emulatorWith([{ name: "main", token: TOKEN }]);
    // A Flowdock that holds the first post until the test lets it through.
    let posts = 0;
    let arrived!: () => void;
    const firstArrived = new Promise<void>((resolve) => (arrived = resolve));
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const gate = createServer(async (req, res) => {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      posts += 1;
      if (posts === 1) {
        arrived();
        await released;
      }
      const answer = await fetch(`${emulator.apiUrl}${req.url}`, {
        method: "POST",
        headers: { "content-type": req.headers["content-type"] ?? "application/json" },
        body: Buffer.concat(chunks),
      });
      res.writeHead(answer.status, { "content-type": "application/json" });
      res.end(await answer.text());
    });
    await new Promise<void>((resolve) => gate.listen(0, "127.0.0.1", resolve));
    cleanup.push(() => new Promise<void>((resolve) => gate.close(() => resolve())));
    const apiUrl = `http://127.0.0.1:${(gate.address() as AddressInfo).port}`;
    const args = ["--config", configFile(apiUrl), "--secret-env", "S", "--data", tempDir()];
    const env = { S: SECRET, FLOWDOCK_TOKEN: TOKEN };

    const first = await spawnRelay(args, env);
    const delivery = "9a8b7c6d-0000-4000-8000-0000000000a1";
    const opened = await postWebhook(first.url, "issues", example("issues", "opened"), {
      delivery,
    });
    expect(opened.status).toBe(202);
    await firstArrived;
    first.child.kill("SIGINT");
    await new Promise<void>((resolve) => {
      const check = () => {
        if (!first.stderr().includes('"msg":"stopping"')) return;
        first.child.stderr?.off("data", check);
        resolve();
      };
      first.child.stderr?.on("data", check);
      check();
    });
    release();
    expect(await first.exited).toEqual({ code: 0, signal: null });
    expect(emulator.flows()[0]?.messages).toBe(1);
    const delivered = first
      .stderr()
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line))
      .filter((line) => line.msg === "message delivered");
    expect(delivered).toMatchObject([{ delivery }]);

    // After a restart only the new webhook's message goes out: the first one is not sent again.
    const second = await spawnRelay(args, env);
    expect((await postWebhook(second.url, "issues", example("issues", "labeled"))).status).toBe(
      202,
    );
    await messages(2);
    expect(posts).toBe(2);
  });
});
