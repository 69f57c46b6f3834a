import { createClients } from "./clients.js";
import type { RelayConfig } from "./config.js";
import { Dispatcher } from "./dispatcher.js";
import type { Engine } from "./engine.js";
import { errorText, type Logger } from "./log.js";
import { mapDelivery } from "./map-delivery.js";
import type { RelayMetrics } from "./metrics.js";
import {
  PRUNE_EVERY_MS,
  PRUNE_STEP,
  type Pruned,
  reportPruned,
  retentionCutoff,
} from "./retention.js";
import {
  type IncomingDelivery,
  type MappedDelivery,
  type QueuedMessage,
  type ReceivedDelivery,
  SqliteStore,
} from "./sqlite-store.js";

const MAP_BATCH = 200;
const REDRIVE_POLL_MS = 1000;
const STORE_RETRY_MS = 1000;

/** Opens the SQLite store in `dataDir` and starts mapping and sending what it holds. */
export function startSqliteEngine(options: {
  dataDir: string;
  config: RelayConfig;
  log: Logger;
  metrics: RelayMetrics;
}): Engine {
  const { config, log, metrics } = options;
  const store = SqliteStore.open(options.dataDir);
  const clients = createClients(config);
  const dispatcher = new Dispatcher({
    store,
    clients,
    metrics,
    log,
    concurrency: config.delivery.concurrency,
  });
  let receivedWaiting = 0;
  let closed = false;
  // Deliveries this process stored and has not mapped yet, payloads parsed. While older ones wait
  // in the store (at start, or after a failed write) the store is read instead, keeping their order.
  let fresh: (ReceivedDelivery & { parsed?: unknown })[] = [];
  let backlog = true;

  // Writes arriving together share one transaction, so one fsync acknowledges them all.
  let batch: {
    item: IncomingDelivery;
    resolve: (stored: boolean) => void;
    reject: (e: unknown) => void;
  }[] = [];
  const flushDeliveries = () => {
    const items = batch;
    batch = [];
    if (items.length === 0) return;
    try {
      const stored = store.storeDeliveries(items.map((entry) => entry.item));
      items.forEach((entry, index) => {
        const { item } = entry;
        if (stored[index] && item.skipped === undefined && item.payload !== undefined) {
          receivedWaiting += 1;
          if (!backlog) {
            fresh.push({
              id: item.id,
              event: item.event,
              payload: item.payload,
              receivedAt: item.receivedAt,
              parsed: item.parsed,
            });
          }
        }
        entry.resolve(stored[index] === true);
      });
    } catch (error) {
      for (const entry of items) entry.reject(error);
    }
    scheduleMapping();
  };

  let mappingScheduled = false;
  // One retry after a store failure at a time, however many writes fail meanwhile.
  let retryTimer: NodeJS.Timeout | undefined;
  const scheduleMapping = () => {
    if (mappingScheduled || retryTimer !== undefined || closed) return;
    mappingScheduled = true;
    setImmediate(mapSome);
  };
  // In arrival order, a batch at a time, so a backlog does not hold the event loop.
  const mapSome = () => {
    mappingScheduled = false;
    if (closed) return;
    let received: (ReceivedDelivery & { parsed?: unknown })[];
    let mapped: MappedDelivery[];
    let queued: QueuedMessage[];
    try {
      if (backlog) {
        received = store.takeReceived(MAP_BATCH);
        // Fewer than asked: every stored delivery is in hand, so later ones can come from memory.
        if (received.length < MAP_BATCH) backlog = false;
      } else {
        received = fresh.splice(0, MAP_BATCH);
      }
      if (received.length === 0) return;
      mapped = received.map((delivery) => {
        let payload: unknown = delivery.parsed;
        try {
          payload ??= JSON.parse(delivery.payload);
        } catch {
          return { id: delivery.id, messages: [], skipped: "the stored payload is not JSON" };
        }
        return mapDelivery(config.routes, { id: delivery.id, event: delivery.event, payload });
      });
      queued = store.commitMapped(
        mapped,
        new Map(received.map((delivery) => [delivery.id, delivery.receivedAt])),
      );
    } catch (error) {
      // They stay "received" in the store, which is read again shortly.
      backlog = true;
      fresh = [];
      log.error("cannot queue mapped deliveries; trying again shortly", {
        error: errorText(error),
      });
      retryTimer = setTimeout(() => {
        retryTimer = undefined;
        scheduleMapping();
      }, STORE_RETRY_MS);
      retryTimer.unref();
      return;
    }
    receivedWaiting = Math.max(0, receivedWaiting - received.length);
    for (const delivery of mapped) {
      if (delivery.messages.length === 0) {
        metrics.skipped.inc();
        log.info("delivery skipped", { delivery: delivery.id, reason: delivery.skipped });
      }
    }
    dispatcher.enqueue(queued);
    if (received.length === MAP_BATCH || fresh.length > 0) scheduleMapping();
  };

  const poll = setInterval(() => {
    let requeued: QueuedMessage[];
    try {
      requeued = store.takeRequeued();
    } catch (error) {
      // The next poll reads them; a throw here would end the process.
      log.error("cannot read redriven messages; trying again shortly", {
        error: errorText(error),
      });
      return;
    }
    if (requeued.length > 0) {
      log.info("redriven messages queued again", { count: requeued.length });
      dispatcher.enqueue(requeued, true);
    }
  }, REDRIVE_POLL_MS);
  poll.unref();

  // Old rows go in steps, one per turn of the event loop, so webhooks are answered in between.
  let pruning = false;
  const prune = () => {
    if (pruning || closed) return;
    pruning = true;
    const before = retentionCutoff(config.retentionDays);
    const total: Pruned = { deliveries: 0, messages: 0 };
    const step = () => {
      if (closed) return;
      let gone: Pruned;
      try {
        gone = store.prune(before);
      } catch (error) {
        pruning = false;
        reportPruned(log, config.retentionDays, { error: errorText(error) });
        return;
      }
      total.deliveries += gone.deliveries;
      total.messages += gone.messages;
      if (gone.deliveries === PRUNE_STEP || gone.messages === PRUNE_STEP) {
        setImmediate(step);
        return;
      }
      pruning = false;
      reportPruned(log, config.retentionDays, total);
    };
    step();
  };
  const pruneTimer = setInterval(prune, PRUNE_EVERY_MS);
  pruneTimer.unref();
  prune();

  dispatcher.enqueue(store.pendingMessages());
  receivedWaiting = store.countReceived();
  scheduleMapping();

  return {
    storeDelivery(item) {
      if (closed) return Promise.reject(new Error("the relay is shutting down"));
      return new Promise<boolean>((resolve, reject) => {
        if (batch.length === 0) setImmediate(flushDeliveries);
        batch.push({ item, resolve, reject });
      }).then((stored) => (stored ? "stored" : "duplicate"));
    },
    async listMessages(state, limit) {
      return store.listMessages(state, limit);
    },
    async redrive(seqs) {
      return store.redrive(seqs);
    },
    depth: () => dispatcher.depth + receivedWaiting,
    isReady: () => !closed && store.isOpen,
    async close() {
      if (closed) return;
      closed = true;
      clearInterval(poll);
      clearInterval(pruneTimer);
      clearTimeout(retryTimer);
      if (batch.length > 0) flushDeliveries();
      await dispatcher.stop(config.delivery.shutdownGraceMs, () => clients.close());
      store.close();
    },
  };
}
