import { describe, expect, it } from "vitest";
import { runByThread } from "./by-thread.js";

interface Item {
  thread: string | undefined;
  n: number;
}

/** A worker whose calls finish only when the test says so, in any order. */
function controlledWork() {
  const pending = new Map<number, () => void>();
  const started: number[] = [];
  let waiter: (() => void) | undefined;
  const work = (item: Item) =>
    new Promise<void>((resolve) => {
      started.push(item.n);
      pending.set(item.n, resolve);
      waiter?.();
    });
  const whenStarted = async (count: number) => {
    while (started.length < count) await new Promise<void>((resolve) => (waiter = resolve));
  };
  const finish = (n: number) => {
    pending.get(n)?.();
    pending.delete(n);
  };
  return { work, started, pending, whenStarted, finish };
}

const flush = () => new Promise<void>((resolve) => setImmediate(resolve));

describe("runByThread", () => {
  it("runs items of one thread one after another, in input order", async () => {
    const items: Item[] = [
      { thread: "a", n: 0 },
      { thread: "b", n: 1 },
      { thread: "a", n: 2 },
      { thread: "a", n: 3 },
    ];
    const control = controlledWork();
    const done = runByThread(
      items,
      { concurrency: 4, maxBuffered: 10 },
      (i) => i.thread,
      control.work,
    );
    await control.whenStarted(2);
    await flush();
    expect(control.started).toEqual([0, 1]);
    control.finish(1);
    control.finish(0);
    await control.whenStarted(3);
    await flush();
    expect(control.started).toEqual([0, 1, 2]);
    control.finish(2);
    await control.whenStarted(4);
    control.finish(3);
    await done;
    expect(control.started).toEqual([0, 1, 2, 3]);
  });

  it("never has more than `concurrency` in flight", async () => {
    let active = 0;
    let peak = 0;
    const items = Array.from({ length: 100 }, (_, n) => ({ thread: undefined, n }));
    await runByThread(
      items,
      { concurrency: 5, maxBuffered: 50 },
      () => undefined,
      async () => {
        active++;
        peak = Math.max(peak, active);
        await flush();
        active--;
      },
    );
    expect(peak).toBe(5);
  });

  it("reads the input lazily, holding at most `maxBuffered` items", async () => {
    let read = 0;
    let finished = 0;
    let maxHeld = 0;
    function* endless() {
      for (let n = 0; n < 10_000; n++) {
        read++;
        maxHeld = Math.max(maxHeld, read - finished);
        yield { thread: `t${n % 3}`, n };
      }
    }
    await runByThread(
      endless(),
      { concurrency: 4, maxBuffered: 16 },
      (i) => i.thread,
      async () => {
        await flush();
        finished++;
      },
    );
    expect(read).toBe(10_000);
    expect(maxHeld).toBeLessThanOrEqual(16);
  });

  it("takes async iterables", async () => {
    async function* generate() {
      for (let n = 0; n < 20; n++) yield { thread: "x", n };
    }
    const seen: number[] = [];
    await runByThread(
      generate(),
      { concurrency: 3, maxBuffered: 8 },
      (i) => i.thread,
      async (i) => {
        await flush();
        seen.push(i.n);
      },
    );
    expect(seen).toEqual(Array.from({ length: 20 }, (_, n) => n));
  });

  it("keeps going when an item fails, and rejects when the input throws", async () => {
    const seen: number[] = [];
    await runByThread(
      [0, 1, 2].map((n) => ({ thread: "t", n })),
      { concurrency: 2, maxBuffered: 4 },
      (i) => i.thread,
      async (i) => {
        seen.push(i.n);
        if (i.n === 0) throw new Error("boom");
      },
    );
    expect(seen).toEqual([0, 1, 2]);

    function* broken() {
      yield { thread: "t", n: 0 };
      throw new Error("input broke");
    }
    await expect(
      runByThread(
        broken(),
        { concurrency: 2, maxBuffered: 4 },
        (i) => i.thread,
        async () => {},
      ),
    ).rejects.toThrow("input broke");
  });

  it("resolves at once for an empty input", async () => {
    await expect(
      runByThread(
        [],
        { concurrency: 2, maxBuffered: 4 },
        () => undefined,
        async () => {},
      ),
    ).resolves.toBeUndefined();
  });
});
