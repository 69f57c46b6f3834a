import { describe, expect, it } from "vitest";
import { Faults, parseFault } from "./faults.js";

/** A `random` that answers `values` in turn, so a rate fault is decided by the test. */
function sequence(values: number[]): () => number {
  let next = 0;
  return () => values[next++ % values.length] ?? 0;
}

describe("Faults", () => {
  it("applies a rate fault to the share of requests whose draw falls under the rate", () => {
    const faults = new Faults(sequence([0.05, 0.5, 0.19, 0.2, 0.99]));
    const rule = parseFault({ rate: 0.2 });
    if (!rule.ok) throw new Error("a valid fault was refused");
    faults.add(rule.rule);
    const outcomes = Array.from({ length: 5 }, () => faults.next()?.status);
    expect(outcomes).toEqual([503, undefined, 503, undefined, undefined]);
    expect(faults.list()).toEqual([{ rate: 0.2, status: 503 }]);
  });

  it("mixes resets into a random mode, and spends `times` only on requests it hit", () => {
    const faults = new Faults(sequence([0.9, 0.1, 0.9, 0.1]));
    const rule = parseFault({ rate: 0.5, reset: true, times: 2 });
    if (!rule.ok) throw new Error("a valid fault was refused");
    faults.add(rule.rule);
    const outcomes = Array.from({ length: 5 }, () => faults.next());
    expect(outcomes.map((o) => o?.reset ?? false)).toEqual([false, true, false, true, false]);
    expect(faults.list()).toEqual([]);
  });

  it("applies faults first in, first out, each for its `times`", () => {
    const faults = new Faults();
    for (const input of [
      { status: 503, times: 2 },
      { retryAfter: 3, times: 1 },
    ]) {
      const rule = parseFault(input);
      if (rule.ok) faults.add(rule.rule);
    }
    const outcomes = Array.from({ length: 4 }, () => faults.next());
    expect(outcomes).toEqual([
      { delayMs: 0, status: 503 },
      { delayMs: 0, status: 503 },
      { delayMs: 0, status: 429, retryAfter: 3 },
      undefined,
    ]);
  });
});
