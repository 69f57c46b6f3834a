import { describe, expect, it } from "vitest";
import { backoffDelay, parseRetryAfter } from "./backoff.js";

const limits = { minDelayMs: 1000, maxDelayMs: 30_000 };

describe("backoffDelay", () => {
  it("doubles from the minimum, with up to 100% jitter", () => {
    expect([1, 2, 3, 4].map((retry) => backoffDelay(retry, limits, () => 0))).toEqual([
      1000, 2000, 4000, 8000,
    ]);
    expect([1, 2, 3, 4].map((retry) => backoffDelay(retry, limits, () => 0.999_999))).toEqual([
      2000, 4000, 8000, 16_000,
    ]);
  });

  it("never waits longer than the maximum", () => {
    expect(backoffDelay(10, limits, () => 0)).toBe(30_000);
    expect(backoffDelay(50, limits, () => 0.5)).toBe(30_000);
  });

  it("spreads clients that failed together", () => {
    const delays = new Set(Array.from({ length: 50 }, () => backoffDelay(3, limits)));
    expect(delays.size).toBeGreaterThan(10);
    for (const delay of delays) {
      expect(delay).toBeGreaterThanOrEqual(4000);
      expect(delay).toBeLessThanOrEqual(8000);
    }
  });
});

describe("parseRetryAfter", () => {
  const now = Date.parse("2026-11-27T12:00:00Z");

  it("reads delta-seconds", () => {
    expect(parseRetryAfter("120", now)).toBe(120_000);
    expect(parseRetryAfter(" 0 ", now)).toBe(0);
  });

  it("reads an HTTP date relative to now, and a past date as no wait", () => {
    expect(parseRetryAfter("Fri, 27 Nov 2026 12:00:30 GMT", now)).toBe(30_000);
    expect(parseRetryAfter("Fri, 27 Nov 2026 11:00:00 GMT", now)).toBe(0);
  });

  it("takes the first of repeated headers", () => {
    expect(parseRetryAfter(["5", "60"], now)).toBe(5000);
  });

  it("ignores what it cannot read", () => {
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
    expect(parseRetryAfter("", now)).toBeUndefined();
    expect(parseRetryAfter("-5", now)).toBeUndefined();
    expect(parseRetryAfter("1.5", now)).toBeUndefined();
    expect(parseRetryAfter("soon", now)).toBeUndefined();
  });
});
