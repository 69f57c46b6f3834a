import type { Thread } from "@flowdock-kit/core";
import { type Emulator, startEmulator } from "@flowdock-kit/emulator";
import { afterEach, describe, expect, it } from "vitest";
import {
  createFlowdockClient,
  type FlowdockClient,
  type FlowdockClientOptions,
  FlowdockSourceGoneError,
  FlowdockTokenError,
  type RetryInfo,
} from "../src/index.js";
import { message, TOKEN } from "./support/mock-flowdock.js";
import { expectNoToken } from "./support/redaction.js";

const GONE_TOKEN = "deadbeef00c0ffee0987654321fedcba";

const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanup.length > 0) await cleanup.pop()?.();
});

async function emulator(): Promise<Emulator> {
  const started = await startEmulator({
    port: 0,
    flows: [
      { name: "main", token: TOKEN },
      { name: "old", token: GONE_TOKEN },
    ],
  });
  cleanup.push(() => started.close());
  return started;
}

function client(server: Emulator, options: Partial<FlowdockClientOptions> = {}): FlowdockClient {
  const created = createFlowdockClient({
    flowToken: TOKEN,
    apiUrl: server.apiUrl,
    minDelayMs: 5,
    maxDelayMs: 20,
    ...options,
  });
  cleanup.push(() => created.close());
  return created;
}

/** Queues faults for the next posts, through the emulator's HTTP API as a user would. */
async function queueFaults(server: Emulator, ...faults: Record<string, unknown>[]): Promise<void> {
  for (const fault of faults) {
    const response = await fetch(`${server.apiUrl}/api/faults`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(fault),
    });
    expect(response.status, JSON.stringify(fault)).toBe(201);
  }
}

/** A step of an issue's life: the thread state it leaves, and its activity title. */
function step(thread: string, title: string, color: string, value: string) {
  return message(thread, {
    title,
    thread: { title: `Issue ${thread}`, status: { color, value } },
  });
}

describe("end to end against the real emulator", () => {
  it("delivers each message exactly once through 503s, 429 Retry-After and resets, in thread order", async () => {
    const server = await emulator();
    const retries: RetryInfo[] = [];
    const sender = client(server, { retries: 8, onRetry: (info) => retries.push(info) });

    await queueFaults(
      server,
      { status: 503, times: 2 },
      { retryAfter: 1, times: 1 },
      { reset: true, times: 1 },
    );
    const first = await sender.send(step("issue:1", "opened issue", "green", "open"));
    expect(first.attempts).toBe(5);
    expect(retries.map((r) => r.status)).toEqual([503, 503, 429, 0]);
    // The 429's Retry-After: 1 is waited out instead of the few-millisecond backoff.
    expect(retries[2]?.delayMs).toBe(1000);

    await queueFaults(server, { status: 503, times: 3 }, { reset: true, times: 2 });
    const rest = [
      step("issue:1", "labelled issue", "yellow", "triage"),
      step("issue:2", "opened issue", "green", "open"),
      step("issue:1", "closed issue", "grey", "closed"),
      step("issue:2", "reopened issue", "orange", "reopened"),
      step("issue:2", "closed issue", "grey", "closed"),
    ];
    const results = await sender.sendAll(rest, { concurrency: 4 });
    expect(results.filter((r) => !r.ok)).toEqual([]);
    // Every queued fault was met by one of the requests.
    const left = await fetch(`${server.apiUrl}/api/faults`).then((r) => r.json());
    expect(left).toEqual({ faults: [] });

    const threads = server.threads("main");
    const stored = threads.flatMap((thread) => thread.messages);
    const sentUuids = [first.uuid, ...results.map((r) => (r.ok ? r.result.uuid : ""))];
    expect(stored.map((m) => m.uuid).sort()).toEqual([...sentUuids].sort());

    const byThread = new Map(threads.map((thread) => [thread.external_thread_id, thread] as const));
    expect(byThread.get("issue:1")?.messages.map((m) => m.title)).toEqual([
      "opened issue",
      "labelled issue",
      "closed issue",
    ]);
    expect(byThread.get("issue:2")?.messages.map((m) => m.title)).toEqual([
      "opened issue",
      "reopened issue",
      "closed issue",
    ]);
    // Each thread shows the state its last message sent.
    expect(byThread.get("issue:1")?.thread.status).toEqual({ color: "grey", value: "closed" });
    expect(byThread.get("issue:2")?.thread.status).toEqual({ color: "grey", value: "closed" });
  });

  it("creates a thread Flowdock does not know with threadIfNew, same uuid, and leaves known ones alone", async () => {
    const server = await emulator();
    const flowdock = client(server);
    const { thread, ...stateless } = message("github:octo/repo:run:7");
    const created = await flowdock.send(stateless, { threadIfNew: thread as Thread });
    expect(created).toMatchObject({ attempts: 2, createdThread: true });
    const again = await flowdock.send(stateless, { threadIfNew: { title: "not used" } });
    expect(again.createdThread).toBeUndefined();
    const [stored] = server.threads("main");
    expect(stored?.thread.title).toBe(thread.title);
    expect(stored?.messages.map((m) => m.uuid)).toEqual([created.uuid, again.uuid]);
    // Without threadIfNew the refusal is the caller's, as before.
    await expect(
      flowdock.send(message("github:octo/repo:run:8", { thread: undefined })),
    ).rejects.toThrow(/thread/);
  });

  it("surfaces a removed source as FlowdockSourceGoneError and an unknown token as FlowdockTokenError", async () => {
    const server = await emulator();
    const removal = await fetch(
      `${server.apiUrl}/api/flows/old/sources/${encodeURIComponent(GONE_TOKEN)}`,
      { method: "DELETE" },
    );
    expect(removal.status).toBe(204);

    const gone = await client(server, { flowToken: GONE_TOKEN })
      .send(message())
      .catch((error: unknown) => error);
    expect(gone).toBeInstanceOf(FlowdockSourceGoneError);
    expect(gone).toMatchObject({ status: 410, attempts: 1 });
    expectNoToken(gone, GONE_TOKEN);

    const unknown = "0123456789abcdef0123456789abcdef";
    const refused = await client(server, { flowToken: unknown })
      .send(message())
      .catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(FlowdockTokenError);
    expect(refused).toMatchObject({ status: 404, attempts: 1 });
    expectNoToken(refused, unknown);

    expect(server.flows().map((flow) => flow.messages)).toEqual([0, 0]);
  });
});
