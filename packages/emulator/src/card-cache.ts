/** Rendered thread cards (or parts of them), least recently used dropped first, so memory stays bounded. */
export class CardCache<T = string> {
  readonly #entries = new Map<string, { key: string; html: T }>();
  readonly #limit: number;

  constructor(limit = 500) {
    this.#limit = limit;
  }

  get size(): number {
    return this.#entries.size;
  }

  /** The card for `id` if it was rendered for the same `key` (its version), else renders it. */
  get(id: string, key: string, render: () => T): T {
    const cached = this.#entries.get(id);
    this.#entries.delete(id);
    const html = cached?.key === key ? cached.html : render();
    this.#entries.set(id, { key, html });
    if (this.#entries.size > this.#limit) {
      const oldest = this.#entries.keys().next();
      if (!oldest.done) this.#entries.delete(oldest.value);
    }
    return html;
  }
}
