export { main, USAGE } from "./cli.js";
export {
  type DeliverySettings,
  type LoadConfigOptions,
  loadConfig,
  parseConfig,
  type RelayConfig,
  type Route,
} from "./config.js";
export { type ConfigFile, ConfigSchema, type RouteFile, RouteSchema } from "./config-schema.js";
export { RelayConfigError, RelayError, RelayStoreError } from "./errors.js";
export { createLogger, type LogFields, type Logger } from "./log.js";
export { mapOptionsFor } from "./map-options.js";
export type { DatabaseTimeouts } from "./postgres-timeouts.js";
export { type Relay, type RelayOptions, startRelay } from "./server.js";
export { MAX_PAYLOAD_BYTES } from "./webhook.js";
