import { LRUCache } from "lru-cache";

/** Bounds of a {@link CardCache}: entries, and optionally what `size` counts (characters of HTML). */
export interface CardCacheBounds<T> {
  max: number;
  maxSize?: number;
  size?: (value: T) => number;
}

/** Rendered thread cards (or parts of them) by id and version, bounded by lru-cache. */
export class CardCache<T extends {} = string> {
  readonly #entries: LRUCache<string, { key: string; value: T }>;

  constructor({ max, maxSize, size }: CardCacheBounds<T>) {
    this.#entries = new LRUCache({
      max,
      ...(maxSize !== undefined && {
        maxSize,
        // lru-cache needs a positive size; an empty card still takes a slot.
        sizeCalculation: ({ value }) => Math.max(1, size ? size(value) : String(value).length),
      }),
    });
  }

  /** Entries held now. */
  get size(): number {
    return this.#entries.size;
  }

  /** What `size` counts over the entries held now (0 without `maxSize`). */
  get held(): number {
    return this.#entries.calculatedSize;
  }

  /** The value for `id` if it was rendered for the same `key` (its version), else renders it. */
  get(id: string, key: string, render: () => T): T {
    const cached = this.#entries.get(id);
    if (cached?.key === key) return cached.value;
    const value = render();
    // One larger than maxSize is not kept (lru-cache's maxEntrySize), only returned.
    this.#entries.set(id, { key, value });
    return value;
  }
}
