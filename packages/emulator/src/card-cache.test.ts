import { describe, expect, it } from "vitest";
import { CardCache } from "./card-cache.js";

describe("CardCache", () => {
  it("keeps at most its limit, dropping the card used longest ago", () => {
    const cache = new CardCache(3);
    for (const id of ["a", "b", "c"]) cache.get(id, "1", () => `card ${id}`);
    cache.get("a", "1", () => "rendered again");
    cache.get("d", "1", () => "card d");
    expect(cache.size).toBe(3);
    expect(cache.get("a", "1", () => "rendered again")).toBe("card a");
    expect(cache.get("b", "1", () => "b rendered again")).toBe("b rendered again");
  });

  it("renders again when the thread changed", () => {
    const cache = new CardCache();
    cache.get("a", "1", () => "old");
    expect(cache.get("a", "2", () => "new")).toBe("new");
  });
});
