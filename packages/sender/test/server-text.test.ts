import { afterEach, describe, expect, it } from "vitest";
import {
  createFlowdockClient,
  createNodeTransport,
  FlowdockError,
  MIN_CUT_PREFIX,
} from "../src/index.js";
import { startFaultServer } from "./support/fault-server.js";
import { message } from "./support/mock-flowdock.js";

// A server's text reaches logs and job summaries through error messages: it must arrive short, on
// one line, and with no part of the token, whatever the server sends.
const TOKEN = "9f3a7c1e5b2d8046af1e3c5b7d9e2a41";
const servers: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function failureFor(status: number, body: string): Promise<FlowdockError> {
  const server = await startFaultServer(() => ({
    kind: "answer",
    status,
    body,
    headers: { "content-type": body.startsWith("{") ? "application/json" : "text/plain" },
  }));
  servers.push(server);
  const transport = createNodeTransport();
  const client = createFlowdockClient({
    flowToken: TOKEN,
    apiUrl: server.url,
    transport,
    retries: 0,
  });
  try {
    await client.send(message());
  } catch (error) {
    return error as FlowdockError;
  } finally {
    await client.close();
    await transport.close();
  }
  throw new Error("the send succeeded");
}

describe("a server's text in error messages", () => {
  for (const status of [500, 503, 418, 409]) {
    it(`keeps every part of the token out when a ${status} answer holds it across the cut`, async () => {
      for (const lead of [70, 76, 195]) {
        const error = await failureFor(
          status,
          `${"e".repeat(lead)} ${TOKEN} and more text after it`,
        );
        expect(error).toBeInstanceOf(FlowdockError);
        expect(error.message).not.toContain(TOKEN.slice(0, MIN_CUT_PREFIX));
        expect(error.message).not.toContain(TOKEN.slice(0, 4));
      }
    });
  }

  it("puts a JSON message on one short line, without control characters", async () => {
    const injected = `blocked\n\n## Deploy approved\n[continue](https://evil.example/)\u001b[31m ${"x".repeat(1_000_000)}`;
    for (const status of [400, 418]) {
      const error = await failureFor(status, JSON.stringify({ message: injected }));
      expect(error.message).toContain("blocked ## Deploy approved");
      for (const control of ["\n", "\r", "\u001b"]) expect(error.message).not.toContain(control);
      expect(error.message.length).toBeLessThan(300);
    }
  });

  it("cuts field errors to short lines, at most 20 fields", async () => {
    const errors = Object.fromEntries(
      Array.from({ length: 50 }, (_, i) => [
        `field${i}\n::error::x`,
        [`bad\n${"y".repeat(5000)} ${TOKEN}`],
      ]),
    );
    const error = await failureFor(400, JSON.stringify({ errors }));
    const fieldErrors = (error as FlowdockError & { fieldErrors: Record<string, string[]> })
      .fieldErrors;
    expect(Object.keys(fieldErrors)).toHaveLength(20);
    for (const [field, reasons] of Object.entries(fieldErrors)) {
      expect(field).not.toContain("\n");
      for (const reason of reasons) {
        expect(reason).not.toContain("\n");
        expect(reason.length).toBeLessThanOrEqual(201);
      }
    }
    expect(error.message).not.toContain("\n");
    expect(JSON.stringify(fieldErrors)).not.toContain(TOKEN.slice(0, MIN_CUT_PREFIX));
  });
});
