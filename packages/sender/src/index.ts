export { backoffDelay, parseRetryAfter } from "./backoff.js";
export {
  createFlowdockClient,
  type FlowdockClient,
  type FlowdockClientOptions,
  type RetryInfo,
  type SendAllOptions,
  type SendAllResult,
  type SendOptions,
  type SendResult,
} from "./client.js";
export {
  FlowdockError,
  type FlowdockErrorOptions,
  FlowdockRejectedError,
  FlowdockRetryError,
  FlowdockSourceGoneError,
  FlowdockTimeoutError,
  FlowdockTokenError,
} from "./errors.js";
export { createNodeTransport, type NodeTransportOptions } from "./node-transport.js";
export { MIN_CUT_PREFIX, REDACTED, type RedactOptions, redact } from "./redact.js";
export type { HttpAnswer, HttpRequest, Transport } from "./transport.js";
export { createUndiciTransport, type UndiciTransportOptions } from "./undici-transport.js";
