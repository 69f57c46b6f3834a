import { Counter, Gauge, Histogram, Registry } from "prom-client";

/** The relay's Prometheus metrics, in a registry of its own. */
export interface RelayMetrics {
  registry: Registry;
  received: Counter<"event">;
  refused: Counter<"reason">;
  skipped: Counter;
  delivered: Counter;
  failed: Counter;
  latency: Histogram;
}

/** Creates the metrics; `queueDepth` and `bodyBytes` are read at each scrape. */
export function createMetrics(
  queueDepth: () => number,
  bodyBytes: () => number = () => 0,
): RelayMetrics {
  const registry = new Registry();
  const registers = [registry];
  const metrics: RelayMetrics = {
    registry,
    received: new Counter({
      name: "flowdock_relay_webhooks_received_total",
      help: "Webhook deliveries acknowledged (stored), by event.",
      labelNames: ["event"],
      registers,
    }),
    refused: new Counter({
      name: "flowdock_relay_webhooks_refused_total",
      help: "Webhook requests refused (bad signature, too large, malformed).",
      labelNames: ["reason"],
      registers,
    }),
    skipped: new Counter({
      name: "flowdock_relay_webhooks_skipped_total",
      help: "Acknowledged deliveries that made no message (unsupported event, no route, nothing to post).",
      registers,
    }),
    delivered: new Counter({
      name: "flowdock_relay_messages_delivered_total",
      help: "Messages Flowdock accepted.",
      registers,
    }),
    failed: new Counter({
      name: "flowdock_relay_messages_failed_total",
      help: "Messages moved to the dead-letter state.",
      registers,
    }),
    latency: new Histogram({
      name: "flowdock_relay_delivery_latency_seconds",
      help: "From the webhook's acknowledgement to Flowdock accepting the message.",
      buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 3600],
      registers,
    }),
  };
  new Gauge({
    name: "flowdock_relay_queue_depth",
    help: "Messages and deliveries waiting to be sent or mapped.",
    registers,
    collect() {
      this.set(queueDepth());
    },
  });
  new Gauge({
    name: "flowdock_relay_body_bytes_held",
    help: "Bytes of large webhook bodies (over 1 MiB) being read, out of the shared budget.",
    registers,
    collect() {
      this.set(bodyBytes());
    },
  });
  return metrics;
}
