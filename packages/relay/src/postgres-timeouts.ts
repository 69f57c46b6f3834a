/** How long the relay waits on PostgreSQL before it treats the database as not answering. */
export interface DatabaseTimeouts {
  /** For a connection (default 10 s). */
  connectMs?: number | undefined;
  /** For one query's answer (default 60 s); a wait for another relay's lock counts too. */
  queryMs?: number | undefined;
}

/** How much longer than the server's own limit the client waits, for a server that answers nothing. */
const CLIENT_GRACE_MS = 1000;

/**
 * node-postgres settings for {@link DatabaseTimeouts}: without them a silent server hangs it for
 * ever. The server cancels a statement at `queryMs`, so a write answered with an error is never
 * committed later; the client gives up a little after, should the server not answer at all.
 */
export function poolTimeouts(timeouts: DatabaseTimeouts = {}) {
  const queryMs = timeouts.queryMs ?? 60_000;
  return {
    connectionTimeoutMillis: timeouts.connectMs ?? 10_000,
    statement_timeout: queryMs,
    query_timeout: queryMs + CLIENT_GRACE_MS,
  };
}
