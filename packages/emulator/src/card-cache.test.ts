import { describe, expect, it } from "vitest";
import { CardCache } from "./card-cache.js";

describe("CardCache", () => {
  it("keeps at most its limit, dropping the card used longest ago", () => {
    const cache = new CardCache({ max: 3 });
    for (const id of ["a", "b", "c"]) cache.get(id, "1", () => `card ${id}`);
    cache.get("a", "1", () => "rendered again");
    cache.get("d", "1", () => "card d");
    expect(cache.size).toBe(3);
    expect(cache.get("a", "1", () => "rendered again")).toBe("card a");
    expect(cache.get("b", "1", () => "b rendered again")).toBe("b rendered again");
  });

  it("holds at most maxSize characters: large cards push out older ones", () => {
    const cache = new CardCache({ max: 100, maxSize: 1000 });
    for (let i = 0; i < 10; i += 1) cache.get(`t${i}`, "1", () => `${i}`.repeat(300));
    expect(cache.held).toBeLessThanOrEqual(1000);
    expect(cache.size).toBe(3);
    expect(cache.get("t9", "1", () => "rendered again")).toBe("9".repeat(300));
    expect(cache.get("t0", "1", () => "rendered again")).toBe("rendered again");
  });

  it("returns a card larger than maxSize without keeping it", () => {
    const cache = new CardCache({ max: 100, maxSize: 1000 });
    expect(cache.get("big", "1", () => "x".repeat(2000))).toBe("x".repeat(2000));
    expect(cache.size).toBe(0);
  });

  it("counts what `size` says for values that are not strings", () => {
    const cache = new CardCache<{ head: string; details: string }>({
      max: 100,
      maxSize: 100,
      size: ({ head, details }) => head.length + details.length,
    });
    cache.get("a", "1", () => ({ head: "x".repeat(30), details: "y".repeat(30) }));
    expect(cache.held).toBe(60);
  });

  it("renders again when the thread changed", () => {
    const cache = new CardCache({ max: 10 });
    cache.get("a", "1", () => "old");
    expect(cache.get("a", "2", () => "new")).toBe("new");
  });
});
