import { createFlowdockClient, type FlowdockClient } from "@flowdock-kit/sender";
import type { RelayConfig } from "./config.js";

/** One sender client per flow, made on first use. */
export interface Clients {
  /** The flow's client; undefined when no route of the config has that flow's token. */
  get(flow: string): FlowdockClient | undefined;
  /** Drops a flow's client (after a redrive, so a refused token is tried again). */
  reset(flow: string): void;
  /** Closes every client: waiting retries stop, requests in flight finish. */
  close(): Promise<void>;
}

/** Clients for the config's flows, with its delivery settings. */
export function createClients(config: RelayConfig): Clients {
  const clients = new Map<string, FlowdockClient>();
  const closing: Promise<void>[] = [];
  return {
    get(flow) {
      const existing = clients.get(flow);
      if (existing) return existing;
      const flowToken = config.tokens.get(flow);
      if (flowToken === undefined) return undefined;
      const client = createFlowdockClient({
        flowToken,
        apiUrl: config.apiUrl,
        retries: config.delivery.retries,
        timeoutMs: config.delivery.timeoutMs,
        minDelayMs: config.delivery.minDelayMs,
        maxDelayMs: config.delivery.maxDelayMs,
      });
      clients.set(flow, client);
      return client;
    },
    reset(flow) {
      const client = clients.get(flow);
      clients.delete(flow);
      if (client) closing.push(client.close());
    },
    async close() {
      const all = [...clients.values()];
      clients.clear();
      await Promise.all([...closing, ...all.map((client) => client.close())]);
    },
  };
}
