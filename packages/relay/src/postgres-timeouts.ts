/** How long the relay waits on PostgreSQL before it treats the database as not answering. */
export interface DatabaseTimeouts {
  /** For a connection (default 10 s). */
  connectMs?: number | undefined;
  /** For one query's answer (default 60 s); a wait for another relay's lock counts too. */
  queryMs?: number | undefined;
}

/** node-postgres settings for {@link DatabaseTimeouts}: without them a silent server hangs it for ever. */
export function poolTimeouts(timeouts: DatabaseTimeouts = {}) {
  return {
    connectionTimeoutMillis: timeouts.connectMs ?? 10_000,
    query_timeout: timeouts.queryMs ?? 60_000,
  };
}
