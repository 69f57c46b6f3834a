import type { RelayConfig } from "./config.js";
import type { Engine } from "./engine.js";
import { RelayConfigError } from "./errors.js";
import type { Logger } from "./log.js";
import type { RelayMetrics } from "./metrics.js";

/** Starts the PostgreSQL engine (not built yet). */
export async function startPostgresEngine(_options: {
  databaseUrl: string;
  config: RelayConfig;
  log: Logger;
  metrics: RelayMetrics;
}): Promise<Engine> {
  throw new RelayConfigError("PostgreSQL support is not built yet: use --data DIR (SQLite)");
}

/** Puts dead-lettered messages back in the PostgreSQL queue (not built yet). */
export async function redrivePostgres(
  _databaseUrl: string,
  _ids?: readonly number[],
): Promise<number> {
  throw new RelayConfigError("PostgreSQL support is not built yet: use --data DIR (SQLite)");
}
