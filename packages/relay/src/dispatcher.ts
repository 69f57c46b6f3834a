import { FlowdockError, FlowdockSourceGoneError, FlowdockTokenError } from "@flowdock-kit/sender";
import type { Clients } from "./clients.js";
import type { Logger } from "./log.js";
import type { RelayMetrics } from "./metrics.js";
import type { MessageRow, QueuedMessage, SqliteStore } from "./sqlite-store.js";

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
  // Flow → why it was turned off; its messages are dead-lettered until a redrive.
  readonly #gone = new Map<string, string>();
  #delivered: { seq: number; attempts: number }[] = [];
  #flushScheduled = false;
  #depth = 0;
  #stopping = false;

  constructor(options: DispatcherOptions) {
    this.#o = options;
  }

  /** Messages queued and not yet delivered or dead-lettered. */
  get depth(): number {
    return this.#depth;
  }

  /** Adds messages to their threads' queues (any order; a thread sends lowest `seq` first). */
  enqueue(messages: readonly QueuedMessage[], redriven = false): void {
    for (const { seq, flow, thread } of messages) {
      if (redriven && this.#gone.delete(flow)) this.#o.clients.reset(flow);
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
      const sending: Promise<void> = this.#send(seq)
        .then((done) => {
          if (done) {
            queue.shift();
            this.#depth -= 1;
          }
        })
        .finally(() => {
          this.#inFlight.delete(sending);
          this.#busy.delete(key);
          if (queue.length === 0) this.#queues.delete(key);
          else if (!this.#stopping) this.#ready.add(key);
          this.#pump();
        });
      this.#inFlight.add(sending);
    }
  }

  /** Sends one message; true when it left the queue (delivered or dead-lettered). */
  async #send(seq: number): Promise<boolean> {
    const { store, clients, log, metrics } = this.#o;
    const row = store.message(seq);
    if (row === undefined || row.state !== "pending" || row.message === null) return true;
    const gone = this.#gone.get(row.flow);
    if (gone !== undefined) return this.#fail(row, 0, gone);
    const client = clients.get(row.flow);
    if (client === undefined) {
      return this.#fail(row, 0, `no route of the config sends to ${row.flow} any more`);
    }
    try {
      const result = await client.send(JSON.parse(row.message));
      this.#delivered.push({ seq, attempts: result.attempts });
      this.#scheduleFlush();
      metrics.delivered.inc();
      metrics.latency.observe(Math.max(0, Date.now() - row.receivedAt) / 1000);
      log.info("message delivered", {
        delivery: row.delivery,
        route: row.route,
        thread: row.thread,
        uuid: row.uuid,
        attempts: result.attempts,
      });
      return true;
    } catch (error) {
      // A client closed by the shutdown hands the message back: it stays pending for the next start.
      if (this.#stopping) return false;
      const attempts = error instanceof FlowdockError ? error.attempts : 0;
      const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      if (error instanceof FlowdockSourceGoneError || error instanceof FlowdockTokenError) {
        if (!this.#gone.has(row.flow)) {
          const why =
            error instanceof FlowdockSourceGoneError
              ? "Flowdock answered 410 Gone: the source was removed from the flow"
              : `Flowdock refused the flow token (HTTP ${error.status})`;
          this.#gone.set(row.flow, `route turned off: ${why}`);
          log.error(
            `ROUTE TURNED OFF: ${why}. Its messages are dead-lettered; fix the token, restart and run "flowdock-relay redrive".`,
            { route: row.route, flow: row.flow, status: error.status, delivery: row.delivery },
          );
        }
      }
      return this.#fail(row, attempts, reason);
    }
  }

  #fail(row: MessageRow, attempts: number, reason: string): true {
    this.#o.store.markFailed(row.seq, attempts, reason);
    this.#o.metrics.failed.inc();
    this.#o.log.error("message dead-lettered", {
      delivery: row.delivery,
      route: row.route,
      thread: row.thread,
      uuid: row.uuid,
      attempts,
      error: reason,
    });
    return true;
  }

  #scheduleFlush(): void {
    if (this.#flushScheduled) return;
    this.#flushScheduled = true;
    setImmediate(() => this.#flush());
  }

  // Marks are batched: one lost in a crash only means a resend, which Flowdock drops by its uuid.
  #flush(): void {
    this.#flushScheduled = false;
    if (this.#delivered.length === 0) return;
    const batch = this.#delivered;
    this.#delivered = [];
    this.#o.store.markDelivered(batch);
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
