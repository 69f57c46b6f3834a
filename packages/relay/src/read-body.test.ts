import type { IncomingMessage } from "node:http";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { readBody } from "./read-body.js";

function request(chunks: string[], headers: Record<string, string> = {}): IncomingMessage {
  return Object.assign(Readable.from(chunks.map((c) => Buffer.from(c))), {
    headers,
  }) as unknown as IncomingMessage;
}

describe("readBody", () => {
  it("reads a body within the limit", async () => {
    const read = await readBody(request(['{"a":', "1}"]), 100);
    expect(read.ok && read.body.toString()).toBe('{"a":1}');
  });

  it("refuses a body over the limit after reading it to the end, keeping none of it", async () => {
    expect(await readBody(request(["x".repeat(60), "x".repeat(60)]), 100, 1000)).toEqual({
      ok: false,
      reason: "too_large",
      drained: true,
    });
  });

  it("stops reading a body far over the limit, or one that says so up front", async () => {
    expect(await readBody(request(["x".repeat(600), "x".repeat(600)]), 100, 1000)).toMatchObject({
      reason: "too_large",
      drained: false,
    });
    expect(await readBody(request([], { "content-length": "5000" }), 100, 1000)).toMatchObject({
      reason: "too_large",
      drained: false,
    });
  });

  it("says busy when the server's memory for bodies is used up", async () => {
    let budget = 10;
    const reserve = (bytes: number) => {
      budget -= bytes;
      return budget >= 0;
    };
    expect(await readBody(request(["12345", "67890", "abc"]), 100, 1000, reserve)).toEqual({
      ok: false,
      reason: "busy",
      drained: true,
    });
  });
});
