import type { IncomingDelivery, MessageRow, MessageState } from "./sqlite-store.js";

/** Where deliveries are stored and from where their messages are sent (SQLite or PostgreSQL). */
export interface Engine {
  /** Resolves once the delivery is durable: `duplicate` when its id was stored before. */
  storeDelivery(delivery: IncomingDelivery): Promise<"stored" | "duplicate">;
  /** Messages in a state, oldest first, for `GET /api/deliveries`. */
  listMessages(state: MessageState, limit: number): Promise<MessageRow[]>;
  /** Puts dead-lettered messages back in the queue; how many. */
  redrive(seqs?: readonly number[]): Promise<number>;
  /** Messages and deliveries still to send or map (for `/metrics`). */
  depth(): number;
  /** Whether the store is open (for `/healthz`). */
  isReady(): boolean;
  /** Stops sending (in-flight work finishes or is handed back) and closes the store. */
  close(): Promise<void>;
}
