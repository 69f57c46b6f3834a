import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { randomUUID, randomUUIDFrom } from "./random-uuid.js";

const V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe("randomUUID (the bundle's node:crypto)", () => {
  let temp: string;
  beforeAll(async () => {
    temp = await mkdtemp(join(tmpdir(), "random-uuid-"));
  });
  afterAll(async () => {
    await rm(temp, { recursive: true, force: true });
  });

  it("gives version 4 UUIDs, never the same one twice", () => {
    const ids = Array.from({ length: 5000 }, () => randomUUID());
    for (const id of ids) expect(id).toMatch(V4);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("spreads its random bits evenly (no byte stuck, no nibble favoured)", () => {
    const counts = new Array(16).fill(0);
    const ids = Array.from({ length: 4000 }, () => randomUUID().replaceAll("-", ""));
    // Every nibble but the version (12) and the variant (16), whose bits are fixed.
    for (const hex of ids)
      for (let i = 0; i < 32; i++)
        if (i !== 12 && i !== 16) counts[Number.parseInt(hex.charAt(i), 16)]++;
    const expected = (ids.length * 30) / 16;
    for (const count of counts) expect(Math.abs(count - expected) / expected).toBeLessThan(0.06);
  });

  it("takes node:crypto's UUID where the device cannot be opened", () => {
    expect(randomUUIDFrom(join(temp, "no-such-device"))).toMatch(V4);
  });

  it("never takes its bytes from a regular file, which would give the same UUID every time", async () => {
    const zeros = join(temp, "zeros");
    await writeFile(zeros, Buffer.alloc(64, 0));
    const ids = [randomUUIDFrom(zeros), randomUUIDFrom(zeros)];
    for (const id of ids) expect(id).toMatch(V4);
    expect(ids[0]).not.toBe(ids[1]);
    expect(ids[0]?.startsWith("00000000-0000")).toBe(false);
  });

  it("takes node:crypto's UUID where there is no device to read (Windows)", () => {
    const ids = [randomUUIDFrom(undefined), randomUUIDFrom(undefined)];
    for (const id of ids) expect(id).toMatch(V4);
    expect(ids[0]).not.toBe(ids[1]);
  });
});
