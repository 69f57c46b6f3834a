export { backoffDelay, parseRetryAfter } from "./backoff.js";
export {
  createFlowdockClient,
  type FlowdockClient,
  type FlowdockClientOptions,
  type RetryInfo,
  type SendAllOptions,
  type SendAllResult,
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
export { REDACTED, redact } from "./redact.js";
