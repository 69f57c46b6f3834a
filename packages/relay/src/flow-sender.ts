import type { Message } from "@flowdock-kit/core";
import { FlowdockError, FlowdockSourceGoneError, FlowdockTokenError } from "@flowdock-kit/sender";
import type { Clients } from "./clients.js";
import type { Logger } from "./log.js";
import type { RelayMetrics } from "./metrics.js";

/** A stored message about to be sent. */
export interface OutgoingMessage {
  seq: number;
  delivery: string;
  route: string;
  flow: string;
  thread: string;
  uuid: string;
  /** The message JSON, `uuid` included. */
  message: string;
  /** JSON of the thread state to send instead if Flowdock does not know the thread yet. */
  threadIfNew?: string | null | undefined;
  receivedAt: number;
}

/** What became of one send. */
export type SendOutcome =
  | { kind: "delivered"; attempts: number }
  | { kind: "failed"; attempts: number; reason: string }
  | { kind: "handed-back" };

/**
 * Sends stored messages through each flow's sender client and decides what a failure means: a 410
 * or a refused token turns the flow's route off (loudly), anything else that outlived the client's
 * retries is dead-lettered, and a send cut short by the shutdown is handed back.
 */
export class FlowSender {
  readonly #clients: Clients;
  readonly #log: Logger;
  readonly #metrics: RelayMetrics;
  readonly #isStopping: () => boolean;
  // Flow → why it was turned off; its messages are dead-lettered until a redrive.
  readonly #gone = new Map<string, string>();

  constructor(clients: Clients, log: Logger, metrics: RelayMetrics, isStopping: () => boolean) {
    this.#clients = clients;
    this.#log = log;
    this.#metrics = metrics;
    this.#isStopping = isStopping;
  }

  /** Turns a flow back on (its messages were redriven): its token is tried again. */
  reopen(flow: string): void {
    if (this.#gone.delete(flow)) this.#clients.reset(flow);
  }

  /**
   * Sends one message. `superseded` (a redriven message whose thread got a later message first)
   * sends it without its `thread` state, so the thread keeps its newest title, status and fields.
   */
  async send(row: OutgoingMessage, superseded = false): Promise<SendOutcome> {
    const gone = this.#gone.get(row.flow);
    if (gone !== undefined) return this.#failed(row, 0, gone);
    const client = this.#clients.get(row.flow);
    if (client === undefined) {
      return this.#failed(row, 0, `no route of the config sends to ${row.flow} any more`);
    }
    const message = JSON.parse(row.message) as Message;
    if (superseded) {
      delete message.thread;
      this.#log.info("redriven message sent without its thread state: a later one was delivered", {
        delivery: row.delivery,
        route: row.route,
        thread: row.thread,
        uuid: row.uuid,
      });
    }
    try {
      // A workflow job's message may come before its run's: it then creates the thread itself.
      const result = await client.send(message, {
        threadIfNew: row.threadIfNew ? JSON.parse(row.threadIfNew) : undefined,
      });
      if (result.createdThread)
        this.#log.info(
          "thread created with the message's own state: Flowdock did not know it yet",
          {
            delivery: row.delivery,
            route: row.route,
            thread: row.thread,
            uuid: row.uuid,
          },
        );
      this.#metrics.delivered.inc();
      this.#metrics.latency.observe(Math.max(0, Date.now() - row.receivedAt) / 1000);
      this.#log.info("message delivered", {
        delivery: row.delivery,
        route: row.route,
        thread: row.thread,
        uuid: row.uuid,
        attempts: result.attempts,
      });
      return { kind: "delivered", attempts: result.attempts };
    } catch (error) {
      // A client closed by the shutdown hands the message back: it stays pending for the next start.
      if (this.#isStopping()) return { kind: "handed-back" };
      const attempts = error instanceof FlowdockError ? error.attempts : 0;
      const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      if (
        (error instanceof FlowdockSourceGoneError || error instanceof FlowdockTokenError) &&
        !this.#gone.has(row.flow)
      ) {
        const why =
          error instanceof FlowdockSourceGoneError
            ? "Flowdock answered 410 Gone: the source was removed from the flow"
            : `Flowdock refused the flow token (HTTP ${error.status})`;
        this.#gone.set(row.flow, `route turned off: ${why}`);
        this.#log.error(
          `ROUTE TURNED OFF: ${why}. Its messages are dead-lettered; fix the token, restart and run "flowdock-relay redrive".`,
          { route: row.route, flow: row.flow, status: error.status, delivery: row.delivery },
        );
      }
      return this.#failed(row, attempts, reason);
    }
  }

  #failed(row: OutgoingMessage, attempts: number, reason: string): SendOutcome {
    this.#metrics.failed.inc();
    this.#log.error("message dead-lettered", {
      delivery: row.delivery,
      route: row.route,
      thread: row.thread,
      uuid: row.uuid,
      attempts,
      error: reason,
    });
    return { kind: "failed", attempts, reason };
  }
}
