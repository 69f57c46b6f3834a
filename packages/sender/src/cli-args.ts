import { parseArgs } from "node:util";
import { parseField as parseFieldText } from "@flowdock-kit/core";
import { proxySecrets } from "./proxy-secrets.js";

/** Thrown for a command line that cannot be run; the CLI exits with 2. */
export class UsageError extends Error {
  static {
    Object.defineProperty(UsageError.prototype, "name", {
      value: "UsageError",
      writable: true,
      configurable: true,
    });
  }
}

/** flowdock-send's options, as `node:util` parseArgs takes them. */
export const CLI_OPTIONS = {
  title: { type: "string" },
  body: { type: "string" },
  "body-file": { type: "string" },
  event: { type: "string" },
  "thread-id": { type: "string" },
  "thread-title": { type: "string" },
  status: { type: "string" },
  field: { type: "string", multiple: true },
  url: { type: "string" },
  tag: { type: "string", multiple: true },
  author: { type: "string" },
  avatar: { type: "string" },
  uuid: { type: "string" },
  json: { type: "string" },
  "flow-token": { type: "string" },
  "api-url": { type: "string" },
  proxy: { type: "string" },
  retries: { type: "string" },
  timeout: { type: "string" },
  wait: { type: "boolean" },
  "dry-run": { type: "boolean" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean" },
} as const;

/** What `flowdock-send --help` prints. */
export const HELP = `Usage: flowdock-send [options]

Posts one message to a Flowdock flow's team inbox thread.

Message:
  --title TEXT            what happened, e.g. "deployed api" (activity: required)
  --event KIND            activity (default) or discussion (a comment; needs a body)
  --thread-id ID          your id for the thread, e.g. deploy:api; same id, same thread
  --thread-title TEXT     the thread's title (default: --title)
  --status COLOR:VALUE    thread status, e.g. green:healthy; COLOR is one of red green
                          yellow cyan orange grey black lime purple blue
  --field LABEL=VALUE     a row of the thread's table (repeat for more)
  --url URL               link to the item the thread is about
  --body TEXT             body as plain text
  --body-file FILE        body as Markdown, rendered to HTML ("-" reads stdin)
  --tag TAG               a tag (repeat for more)
  --author NAME           who did it (default: flowdock-send)
  --avatar URL            the author's picture
  --uuid ID               idempotency key: a resend with the same uuid is the same message
  --json FILE             a whole wire message as JSON instead of the options above ("-": stdin)

Delivery:
  --flow-token TOKEN      the source's flow token (default: $FLOWDOCK_FLOW_TOKEN; prefer the
                          variable, a command line can be seen by other processes)
  --api-url URL           default: $FLOWDOCK_API_URL or https://api.flowdock.com
  --proxy URL             proxy for the request (default: $HTTPS_PROXY/$HTTP_PROXY, $NO_PROXY)
  --retries N             retries after the first attempt, 0-10 (default 4)
  --timeout MS            longest wait for one attempt, 1-600000 (default 10000)
  --wait                  have Flowdock process the message first and print its ids
  --dry-run               print the message JSON that would be sent (no token); send nothing
  -h, --help              show this help
  --version               show the version

Exit codes: 0 sent (or dry run), 1 refused or failed, 2 usage error.
`;

/** The parsed command line. */
export type CliValues = ReturnType<typeof parseCommandLine>;

/** Parses argv with `node:util` parseArgs; a bad command line throws {@link UsageError}. */
export function parseCommandLine(argv: readonly string[]) {
  try {
    return parseArgs({
      args: [...argv],
      options: CLI_OPTIONS,
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    throw new UsageError((error as Error).message, { cause: error });
  }
}

/**
 * The secrets a command line holds (the `--flow-token` value, a `--proxy` URL's credentials),
 * read without checking it, so that the checker's own errors can be redacted.
 */
export function looseSecrets(argv: readonly string[]): string[] {
  const { tokens } = parseArgs({
    args: [...argv],
    options: CLI_OPTIONS,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  return tokens.flatMap((token) => {
    if (token.kind !== "option" || typeof token.value !== "string") return [];
    if (token.name === "flow-token") return token.value === "" ? [] : [token.value];
    return token.name === "proxy" ? proxySecrets(token.value) : [];
  });
}

/** `green:healthy` → `{ color: "green", value: "healthy" }`. */
export function parseStatus(text: string): { color: string; value: string } {
  const at = text.indexOf(":");
  if (at <= 0 || at === text.length - 1) {
    throw new UsageError(`--status must be COLOR:VALUE, e.g. green:healthy (got "${text}")`);
  }
  return { color: text.slice(0, at).trim(), value: text.slice(at + 1).trim() };
}

/** `Env=prod` → `{ label: "Env", value: "prod" }`, or a usage error. */
export function parseField(text: string): { label: string; value: string } {
  try {
    return parseFieldText(text);
  } catch (cause) {
    throw new UsageError(`--field must be LABEL=VALUE, e.g. Env=prod (got "${text}")`, { cause });
  }
}

/** A whole number from `min` to `max` from an option, or a usage error. */
export function parseCount(
  name: string,
  text: string | undefined,
  range: { min: number; max: number },
): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!/^\d+$/.test(text.trim()) || value < range.min || value > range.max) {
    throw new UsageError(
      `--${name} must be a whole number from ${range.min} to ${range.max} (got "${text}")`,
    );
  }
  return value;
}
