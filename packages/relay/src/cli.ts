import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { loadConfig } from "./config.js";
import { RelayError } from "./errors.js";
import { createLogger } from "./log.js";
import { startRelay } from "./server.js";
import { SqliteStore } from "./sqlite-store.js";

/** What the command reads and writes; the real process in `bin/`, fakes in tests. */
export interface CliIo {
  argv: readonly string[];
  env: NodeJS.ProcessEnv;
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  /** Registers a handler for SIGTERM and SIGINT. */
  onSignal(handler: (signal: string) => void): void;
}

/** `flowdock-relay --help`. */
export const USAGE = `flowdock-relay: GitHub webhooks in, Flowdock threads out.

  WEBHOOK_SECRET=… FLOWDOCK_TOKEN=… flowdock-relay --config relay.yml --secret-env WEBHOOK_SECRET

with relay.yml:

  routes:
    - repositories: ["octo-org/*"]
      flow_token_env: FLOWDOCK_TOKEN

Options:
  --config FILE        routes and mapping options (YAML or JSON)            (required)
  --secret-env NAME    environment variable holding the webhook secret
  --secret-file FILE   or a file holding it                                 (one is required)
  --data DIR           SQLite store directory (default ./relay-data)
  --database URL       postgres://… instead of SQLite (or DATABASE_URL)
  --port N             default 8080; 0 picks a free port
  --host ADDR          default 127.0.0.1
  --admin-token-env NAME
                       environment variable holding the bearer token /api/* then requires
                       (without it, /api/* answers loopback clients only)
  --help

The first line on stdout is the relay's URL; GitHub posts to <URL>/github.

flowdock-relay redrive [--data DIR | --database URL] [--id SEQ …]
  puts dead-lettered messages (GET /api/deliveries?state=failed) back in the queue.
`;

const OPTIONS = {
  config: { type: "string" },
  "secret-env": { type: "string" },
  "secret-file": { type: "string" },
  data: { type: "string" },
  database: { type: "string" },
  port: { type: "string" },
  host: { type: "string" },
  "admin-token-env": { type: "string" },
  id: { type: "string", multiple: true },
  help: { type: "boolean", short: "h" },
} as const;

function fail(io: CliIo, message: string): number {
  io.stderr.write(`flowdock-relay: ${message}\n`);
  return 2;
}

function readSecret(io: CliIo, values: { "secret-env"?: string; "secret-file"?: string }): string {
  if (values["secret-env"] !== undefined) {
    const secret = io.env[values["secret-env"]]?.trim();
    if (!secret)
      throw new RelayError(
        `the environment variable ${values["secret-env"]} (--secret-env) is not set`,
      );
    return secret;
  }
  if (values["secret-file"] !== undefined) {
    let secret: string;
    try {
      secret = readFileSync(values["secret-file"], "utf8").trim();
    } catch (cause) {
      throw new RelayError(`cannot read ${values["secret-file"]} (--secret-file)`, { cause });
    }
    if (!secret) throw new RelayError(`${values["secret-file"]} (--secret-file) is empty`);
    return secret;
  }
  throw new RelayError("--secret-env NAME or --secret-file FILE is required (the webhook secret)");
}

function readAdminToken(io: CliIo, name: string | undefined): string | undefined {
  if (name === undefined) return undefined;
  const token = io.env[name]?.trim();
  if (!token) {
    throw new RelayError(`the environment variable ${name} (--admin-token-env) is not set`);
  }
  return token;
}

/** Runs `flowdock-relay`; resolves with the exit code once the relay has stopped. */
export async function main(io: CliIo): Promise<number> {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>;
  try {
    parsed = parseArgs({
      args: [...io.argv],
      options: OPTIONS,
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    return fail(io, `${(error as Error).message}\n\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout.write(USAGE);
    return 0;
  }
  const command = positionals[0] ?? "serve";
  if (!["serve", "redrive"].includes(command) || positionals.length > 1) {
    return fail(io, `unknown command "${positionals.join(" ")}"\n\n${USAGE}`);
  }
  const databaseUrl = values.database ?? io.env.DATABASE_URL;
  if (values.data !== undefined && values.database !== undefined) {
    return fail(io, "give --data (SQLite) or --database (PostgreSQL), not both");
  }
  try {
    if (command === "redrive") return await redrive(io, values, databaseUrl);
    if (values.config === undefined) return fail(io, `--config FILE is required\n\n${USAGE}`);
    // Number() would also take "", " 0x1F91 " and "1e3": only decimal digits are a port.
    const port =
      values.port === undefined ? 8080 : /^\d{1,5}$/.test(values.port) ? Number(values.port) : -1;
    if (port < 0 || port > 65535) {
      return fail(io, `--port must be a port number from 0 to 65535 (got ${values.port})`);
    }
    const secret = readSecret(io, values);
    const adminToken = readAdminToken(io, values["admin-token-env"]);
    const config = loadConfig(values.config, { env: io.env });
    const log = createLogger((line) => io.stderr.write(line));
    const relay = await startRelay({
      config,
      secret,
      dataDir: values.data ?? "relay-data",
      databaseUrl: values.data === undefined ? databaseUrl : undefined,
      port,
      host: values.host ?? "127.0.0.1",
      adminToken,
      log,
    });
    io.stdout.write(`${relay.url}\n`);
    await new Promise<void>((resolve) => {
      io.onSignal((signal) => {
        log.info("stopping", { signal });
        relay.close().then(resolve, resolve);
      });
    });
    return 0;
  } catch (error) {
    if (error instanceof RelayError) return fail(io, error.message);
    throw error;
  }
}

async function redrive(
  io: CliIo,
  values: { data?: string; id?: string[] },
  databaseUrl: string | undefined,
): Promise<number> {
  const ids = values.id?.map((id) => (/^\d+$/.test(id) ? Number(id) : Number.NaN));
  if (ids?.some((id) => !Number.isSafeInteger(id) || id < 1)) {
    return fail(io, "--id takes the seq of a message listed by GET /api/deliveries?state=failed");
  }
  let count: number;
  if (databaseUrl !== undefined && values.data === undefined) {
    const { redrivePostgres } = await import("./postgres-engine.js");
    count = await redrivePostgres(databaseUrl, ids);
  } else {
    const dir = values.data ?? "relay-data";
    // Opening would create an empty store and report "0 messages" for a mistyped --data.
    if (!existsSync(join(dir, "relay.db"))) {
      return fail(io, `there is no store at ${join(dir, "relay.db")}: give the relay's --data DIR`);
    }
    const store = SqliteStore.open(dir);
    try {
      count = store.redrive(ids);
    } finally {
      store.close();
    }
  }
  io.stdout.write(`${count} message${count === 1 ? "" : "s"} queued again\n`);
  return 0;
}
