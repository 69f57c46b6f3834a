import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Emulator, startEmulator } from "@flowdock-kit/emulator";
import { sign } from "@octokit/webhooks-methods";
import { createLogger, type Logger, parseConfig, type Relay, startRelay } from "../../src/index.js";

/** The webhook secret every test relay shares with its "GitHub". */
export const SECRET = "test-webhook-secret-3f9c";

/** Things to stop after each test, newest first. */
export const cleanup: (() => Promise<void> | void)[] = [];

/** Runs every cleanup, newest first (call from afterEach). */
export async function runCleanup(): Promise<void> {
  while (cleanup.length > 0) await cleanup.pop()?.();
}

/** A temporary directory removed after the test. */
export function tempDir(prefix = "relay-test-"): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** An emulator with these flows, and a way to wait until it holds some number of messages. */
export interface TestEmulator {
  emulator: Emulator;
  /** Resolves once the flows hold `count` messages in total (checked on each request). */
  messages(count: number, flows?: readonly string[]): Promise<void>;
}

/** Starts the emulator in-process on 127.0.0.1:0. */
export async function emulatorWith(
  flows: { name: string; token: string }[],
): Promise<TestEmulator> {
  const listeners = new Set<() => void>();
  const emulator = await startEmulator({
    port: 0,
    flows,
    log: () => {
      for (const listener of listeners) listener();
    },
  });
  cleanup.push(() => emulator.close());
  const total = (names: readonly string[]) =>
    emulator
      .flows()
      .filter((flow) => names.includes(flow.name))
      .reduce((sum, flow) => sum + flow.messages, 0);
  return {
    emulator,
    messages(count, names = flows.map((f) => f.name)) {
      return new Promise((resolve) => {
        const check = () => {
          if (total(names) >= count) {
            listeners.delete(check);
            resolve();
          }
        };
        listeners.add(check);
        check();
      });
    },
  };
}

/** Fast retries, so faults cost milliseconds. */
export const FAST_DELIVERY = `
delivery:
  retries: 12
  min_delay_ms: 2
  max_delay_ms: 20
  timeout_ms: 5000
  shutdown_grace_ms: 2000
`;

/** Starts a relay in-process with a YAML config (tokens from `env`) and a fresh data directory. */
export async function relayWith(
  yaml: string,
  env: Record<string, string>,
  options: {
    dataDir?: string;
    maxPayloadBytes?: number;
    logLines?: string[];
    log?: Logger;
    adminToken?: string;
    requestTimeoutMs?: number;
  } = {},
): Promise<Relay & { dataDir: string }> {
  const config = parseConfig(yaml, "relay.yml", { env });
  const dataDir = options.dataDir ?? tempDir();
  const relay = await startRelay({
    config,
    secret: SECRET,
    dataDir,
    port: 0,
    // RELAY_TEST_LOG=1 shows the relay's log lines while debugging a test.
    ...(process.env.RELAY_TEST_LOG && { log: createLogger((line) => process.stderr.write(line)) }),
    ...(options.logLines && { log: createLogger((line) => options.logLines?.push(line)) }),
    ...(options.log && { log: options.log }),
    ...(options.maxPayloadBytes !== undefined && { maxPayloadBytes: options.maxPayloadBytes }),
    adminToken: options.adminToken,
    requestTimeoutMs: options.requestTimeoutMs,
  });
  cleanup.push(() => relay.close());
  return Object.assign(relay, { dataDir });
}

/** Posts a webhook as GitHub does: JSON body, event, delivery id and signature headers. */
export async function postWebhook(
  url: string,
  event: string,
  payload: unknown,
  options: {
    delivery?: string;
    secret?: string | null;
    body?: string | Buffer;
    headers?: Record<string, string>;
  } = {},
): Promise<Response> {
  const body = options.body ?? JSON.stringify(payload);
  const headers: Record<string, string> = {
    "content-type": "application/json",
    "user-agent": "GitHub-Hookshot/test",
    "x-github-event": event,
    "x-github-delivery": options.delivery ?? randomUUID(),
    ...options.headers,
  };
  if (options.secret !== null) {
    headers["x-hub-signature-256"] = await sign(options.secret ?? SECRET, body.toString());
  }
  return fetch(`${url}/github`, { method: "POST", headers, body });
}

/** Writes a file in a temporary directory and returns its path. */
export function writeTemp(name: string, text: string): string {
  const path = join(tempDir(), name);
  writeFileSync(path, text);
  return path;
}
