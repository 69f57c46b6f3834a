/** One structured log line's extra fields (the delivery id, the route, …); never a token. */
export type LogFields = Record<string, string | number | boolean | undefined>;

/** Writes JSON log lines. */
export interface Logger {
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
}

/** A logger writing one JSON object per line to `write` (stderr by default). */
export function createLogger(write: (line: string) => void): Logger {
  const line = (level: string, msg: string, fields: LogFields = {}) => {
    write(`${JSON.stringify({ time: new Date().toISOString(), level, msg, ...fields })}\n`);
  };
  return {
    info: (msg, fields) => line("info", msg, fields),
    warn: (msg, fields) => line("warn", msg, fields),
    error: (msg, fields) => line("error", msg, fields),
  };
}

/** A logger that drops everything (the default for the library API). */
export const silentLogger: Logger = { info() {}, warn() {}, error() {} };

/** What a caught value says, for a log line's `error` field. */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
