#!/usr/bin/env node
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { StorageError } from "./errors.js";
import { startEmulator } from "./server.js";
import type { Emulator, FlowConfig } from "./types.js";

const USAGE = `Usage: flowdock-emulator [--port 8080] [--host 127.0.0.1] [--flow main:TOKEN …] [--open] [--data DIR] [--allow-host NAME …] [--quiet]

A local Flowdock Messages API (and the older Push API) with a live team inbox.
  --port        port to listen on (default 8080; 0 picks a free one)
  --host        interface to listen on (default 127.0.0.1)
  --flow        a flow and the token of its source, as NAME:TOKEN (repeatable);
                without --flow or --open, a flow "main" with a random token is made
  --open        accept any token, making a flow for each new one (at most 1000)
  --data        keep everything in SQLite in DIR (needs better-sqlite3); in memory without it
  --allow-host  a host name the inbox, read API and test controls also answer
                (repeatable), e.g. emulator.local
  --quiet       do not log requests to stderr
  --version     print the version`;

function fail(message: string): never {
  process.stderr.write(`flowdock-emulator: ${message}\n\n${USAGE}\n`);
  process.exit(2);
}

function flowOf(value: string): FlowConfig {
  const colon = value.indexOf(":");
  if (colon <= 0 || colon === value.length - 1) fail("--flow takes NAME:TOKEN");
  return { name: value.slice(0, colon), token: value.slice(colon + 1) };
}

async function main(): Promise<void> {
  let values: ReturnType<typeof parse>["values"];
  try {
    ({ values } = parse());
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (values.version) {
    const manifest = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
    process.stdout.write(`${manifest.version}\n`);
    return;
  }
  const port = Number(values.port ?? "8080");
  if (!Number.isInteger(port) || port < 0 || port > 65535) fail("--port takes a number 0-65535");
  const flows = (values.flow ?? []).map(flowOf);
  let emulator: Emulator | undefined;
  if (flows.length === 0 && !values.open)
    flows.push({ name: "main", token: randomBytes(16).toString("hex") });

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    process.stderr.write(`${signal}: stopping\n`);
    (emulator?.close() ?? Promise.resolve()).then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
  emulator = await startEmulator({
    port,
    host: values.host ?? "127.0.0.1",
    flows,
    open: values.open === true,
    ...(values.data !== undefined && { dataDir: values.data }),
    ...(values["allow-host"] !== undefined && { allowedHosts: values["allow-host"] }),
    ...(!values.quiet && { log: (line: string) => process.stderr.write(`${line}\n`) }),
  });
  // The first line is the URL alone so scripts can read it; the tokens are the user's own.
  const lines = [
    emulator.url,
    `Messages API: POST ${emulator.apiUrl}/messages`,
    `Push API: POST ${emulator.apiUrl}/v1/messages/team_inbox/TOKEN (and /chat/TOKEN)`,
  ];
  for (const flow of flows) lines.push(`flow ${flow.name}: ${flow.token}`);
  if (values.open) lines.push("open mode: any token is accepted and gets its own flow");
  process.stdout.write(`${lines.join("\n")}\n`);
}

function parse() {
  return parseArgs({
    options: {
      port: { type: "string" },
      host: { type: "string" },
      flow: { type: "string", multiple: true },
      open: { type: "boolean" },
      data: { type: "string" },
      quiet: { type: "boolean" },
      "allow-host": { type: "string", multiple: true },
      version: { type: "boolean", short: "v" },
      help: { type: "boolean", short: "h" },
    },
    strict: true,
    allowPositionals: false,
  });
}

/** The error's message, and for storage its cause's (SQLite's or the system's code) when not already in it. */
function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  // Other errors (a port in use) are worded for the user already; the system's words add nothing.
  if (!(error instanceof StorageError)) return error.message;
  const { cause } = error;
  if (!(cause instanceof Error) || error.message.includes(cause.message)) return error.message;
  const code = (cause as NodeJS.ErrnoException).code;
  return `${error.message} (${code ? `${code}: ` : ""}${cause.message})`;
}

main().catch((error: unknown) => {
  process.stderr.write(`flowdock-emulator: ${describe(error)}\n`);
  process.exit(1);
});
