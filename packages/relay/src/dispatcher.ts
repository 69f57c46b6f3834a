import type { Clients } from "./clients.js";
import { FlowSender, type OutgoingMessage } from "./flow-sender.js";
import { errorText, type Logger } from "./log.js";
import type { RelayMetrics } from "./metrics.js";
import type { QueuedMessage, SqliteStore } from "./sqlite-store.js";

/** How long delivered marks gather before one write. */
const FLUSH_MS = 25;
/** How long a thread waits after the store failed under it. */
const STORE_RETRY_MS = 1000;
/** Most queued messages kept in memory. */
const MAX_HELD = 10_000;

/** What the dispatcher works with. */
export interface DispatcherOptions {
  store: SqliteStore;
  clients: Clients;
  metrics: RelayMetrics;
  log: Logger;
  concurrency: number;
}

/**
 * Sends queued messages: one at a time per thread (flow + thread id) in queue order, many threads
 * at once. A message leaves the queue when Flowdock accepts it or when it is dead-lettered.
 */
export class Dispatcher {
  readonly #o: DispatcherOptions;
  readonly #queues = new Map<string, number[]>();
  readonly #ready = new Set<string>();
  readonly #busy = new Set<string>();
  readonly #inFlight = new Set<Promise<void>>();
  readonly #sender: FlowSender;
  #delivered: { seq: number; attempts: number }[] = [];
  // Messages queued by this process, kept so sending them needs no read; a backlog is read instead.
  readonly #outgoing = new Map<number, OutgoingMessage>();
  // Redriven messages not yet sent: each is checked for a later message of its thread sent first.
  readonly #redriven = new Set<number>();
  #flushScheduled = false;
  #depth = 0;
  #stopping = false;

  constructor(options: DispatcherOptions) {
    this.#o = options;
    this.#sender = new FlowSender(
      options.clients,
      options.log,
      options.metrics,
      () => this.#stopping,
    );
  }

  /** Messages queued and not yet delivered or dead-lettered. */
  get depth(): number {
    return this.#depth;
  }

  /** Adds messages to their threads' queues (any order; a thread sends lowest `seq` first). */
  enqueue(messages: readonly QueuedMessage[], redriven = false): void {
    for (const { seq, flow, thread, outgoing } of messages) {
      if (outgoing !== undefined && this.#outgoing.size < MAX_HELD)
        this.#outgoing.set(seq, outgoing);
      if (redriven) {
        this.#sender.reopen(flow);
        this.#redriven.add(seq);
      }
      const key = `${flow}\n${thread}`;
      let queue = this.#queues.get(key);
      if (queue === undefined) {
        queue = [];
        this.#queues.set(key, queue);
      }
      const last = queue[queue.length - 1];
      if (last === undefined || last < seq) queue.push(seq);
      else if (!queue.includes(seq)) {
        // The head may be in flight, so a redriven message goes after it, never before.
        const at = queue.findIndex((s, i) => i > 0 && s > seq);
        queue.splice(at === -1 ? queue.length : at, 0, seq);
      } else continue;
      this.#depth += 1;
      if (!this.#busy.has(key)) this.#ready.add(key);
    }
    this.#pump();
  }

  #wake(key: string): void {
    if (this.#stopping || this.#busy.has(key) || !this.#queues.has(key)) return;
    this.#ready.add(key);
    this.#pump();
  }

  #pump(): void {
    while (!this.#stopping && this.#inFlight.size < this.#o.concurrency && this.#ready.size > 0) {
      const key = this.#ready.values().next().value as string;
      this.#ready.delete(key);
      const queue = this.#queues.get(key);
      const seq = queue?.[0];
      if (queue === undefined || seq === undefined) {
        this.#queues.delete(key);
        continue;
      }
      this.#busy.add(key);
      let retryLater = false;
      const sending: Promise<void> = this.#send(seq)
        .then((done) => {
          if (done) {
            queue.shift();
            this.#depth -= 1;
          }
        })
        .catch((error: unknown) => {
          // The store failed (disk full, I/O error): the message stays queued and is tried again.
          retryLater = true;
          this.#o.log.error("cannot send from the store; trying again shortly", {
            error: errorText(error),
          });
        })
        .finally(() => {
          this.#inFlight.delete(sending);
          this.#busy.delete(key);
          if (queue.length === 0) this.#queues.delete(key);
          else if (retryLater) setTimeout(() => this.#wake(key), STORE_RETRY_MS).unref();
          else if (!this.#stopping) this.#ready.add(key);
          this.#pump();
        });
      this.#inFlight.add(sending);
    }
  }

  /** Sends one message; true when it left the queue (delivered or dead-lettered). */
  async #send(seq: number): Promise<boolean> {
    let outgoing = this.#outgoing.get(seq);
    // A pending message that was tried before was dead-lettered and redriven (perhaps before a restart).
    let redriven = this.#redriven.has(seq);
    if (outgoing === undefined) {
      const row = this.#o.store.message(seq);
      if (row === undefined || row.state !== "pending" || row.message === null) return true;
      outgoing = { ...row, message: row.message };
      redriven ||= row.attempts > 0;
    }
    if (redriven) this.#flush();
    const superseded = redriven && this.#o.store.laterDelivered(outgoing);
    const outcome = await this.#sender.send(outgoing, superseded);
    if (outcome.kind === "handed-back") return false;
    this.#outgoing.delete(seq);
    this.#redriven.delete(seq);
    if (outcome.kind === "delivered") {
      this.#delivered.push({ seq, attempts: outcome.attempts });
      this.#scheduleFlush();
    } else {
      this.#o.store.markFailed(seq, outcome.attempts, outcome.reason);
    }
    return true;
  }

  #scheduleFlush(): void {
    if (this.#flushScheduled) return;
    this.#flushScheduled = true;
    setTimeout(() => this.#flush(), FLUSH_MS).unref();
  }

  // Marks are batched: one lost in a crash only means a resend, which Flowdock drops by its uuid.
  #flush(): void {
    this.#flushScheduled = false;
    if (this.#delivered.length === 0) return;
    const batch = this.#delivered;
    this.#delivered = [];
    try {
      this.#o.store.markDelivered(batch);
    } catch (error) {
      // Unmarked messages are sent again after a restart, and Flowdock drops them by their uuid.
      this.#o.log.warn("cannot mark messages delivered", {
        count: batch.length,
        error: errorText(error),
      });
    }
  }

  /**
   * Stops starting sends and closes the clients: a request on the wire finishes (up to `graceMs`),
   * a message waiting for its next retry is handed back, pending for the next start.
   */
  async stop(graceMs: number, closeClients: () => Promise<void>): Promise<void> {
    this.#stopping = true;
    let timer: NodeJS.Timeout | undefined;
    const grace = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, graceMs);
    });
    await Promise.race([Promise.allSettled([closeClients(), ...this.#inFlight]), grace]);
    clearTimeout(timer);
    this.#flush();
  }
}
