/** Limits for {@link runByThread}. */
export interface RunByThreadOptions {
  /** Most items in flight at once. */
  concurrency: number;
  /** Most items read from the input and not yet finished (in flight or waiting for their thread). */
  maxBuffered: number;
}

/**
 * Runs `work` over `items` with at most `concurrency` in flight, never two of the same thread at
 * once and those of one thread in input order. Items are read lazily and at most `maxBuffered` are
 * held at a time, so any input size runs in bounded memory. Resolves when every item has finished;
 * rejects (after the in-flight ones finish) only if reading the input throws.
 */
export function runByThread<T>(
  items: Iterable<T> | AsyncIterable<T>,
  { concurrency, maxBuffered }: RunByThreadOptions,
  keyOf: (item: T) => string | undefined,
  work: (item: T, index: number) => Promise<void>,
): Promise<void> {
  const isAsync = Symbol.asyncIterator in items;
  const iterator = isAsync
    ? (items as AsyncIterable<T>)[Symbol.asyncIterator]()
    : (items as Iterable<T>)[Symbol.iterator]();
  // A key present here has one item in flight; its array holds the ones waiting behind it.
  const waiting = new Map<string, { item: T; index: number }[]>();
  let nextIndex = 0;
  let active = 0;
  let buffered = 0;
  let done = false;
  let pulling = false;
  let failure: { error: unknown } | undefined;

  return new Promise<void>((resolve, reject) => {
    const settleIfFinished = () => {
      if (!done || pulling || active > 0) return;
      if (failure) reject(failure.error);
      else resolve();
    };

    const start = (item: T, index: number, key: string | undefined) => {
      active++;
      const finish = () => {
        active--;
        buffered--;
        if (key !== undefined) {
          const next = waiting.get(key)?.shift();
          if (next) {
            start(next.item, next.index, key);
          } else {
            waiting.delete(key);
          }
        }
        void pump();
        settleIfFinished();
      };
      let finished: Promise<void>;
      try {
        finished = work(item, index);
      } catch {
        finished = Promise.resolve();
      }
      // `work` records its own failures; nothing may stop the other items.
      finished.then(finish, finish);
    };

    const pump = async () => {
      if (pulling) return;
      pulling = true;
      try {
        while (!done && active < concurrency && buffered < maxBuffered) {
          // A sync input is read without a microtask per item.
          const next = isAsync ? await iterator.next() : (iterator.next() as IteratorResult<T>);
          if (next.done) {
            done = true;
            break;
          }
          const index = nextIndex++;
          buffered++;
          const key = keyOf(next.value);
          const queue = key === undefined ? undefined : waiting.get(key);
          if (queue) {
            queue.push({ item: next.value, index });
            continue;
          }
          if (key !== undefined) waiting.set(key, []);
          start(next.value, index, key);
        }
      } catch (error) {
        failure = { error };
        done = true;
      } finally {
        pulling = false;
      }
      settleIfFinished();
    };

    void pump();
  });
}
