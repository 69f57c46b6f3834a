import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import {
  buildActivity,
  buildDiscussion,
  FlowdockValidationError,
  isStatusColor,
  type Message,
  markdownToHtml,
  parseMessage,
  type Text,
} from "@flowdock-kit/core";
import {
  CLI_OPTIONS,
  type CliValues,
  HELP,
  looseSecrets,
  parseCommandLine,
  parseCount,
  parseField,
  parseStatus,
  UsageError,
} from "./cli-args.js";
import { createFlowdockClient, type FlowdockClientOptions } from "./client.js";
import { FlowdockError, FlowdockRejectedError } from "./errors.js";
import { createNodeTransport } from "./node-transport.js";
import { envProxySecrets, proxySecrets } from "./proxy-secrets.js";
import { redact } from "./redact.js";
import type { Transport } from "./transport.js";

/** What the CLI reads and writes; the bin passes the process's, tests their own. */
export interface CliIo {
  stdin: AsyncIterable<string | Buffer>;
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  env: Record<string, string | undefined>;
  /** Sends through this transport instead of a new node:http one (tests). */
  transport?: Transport;
}

// As the action allows: ten retries with backoff already wait minutes; one attempt at most ten.
const RETRIES = { min: 0, max: 10 };
const TIMEOUT_MS = { min: 1, max: 600_000 };

const MESSAGE_FLAGS = [
  "title",
  "body",
  "body-file",
  "event",
  "thread-id",
  "thread-title",
  "status",
  "field",
  "url",
  "tag",
  "author",
  "avatar",
] as const;

/** Runs `flowdock-send` with `argv` (without node and the script); resolves the exit code. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  // Known before the command line is checked, so that a parser error quoting a token is redacted.
  let secrets: string[] = [
    ...looseSecrets(argv),
    ...(io.env.FLOWDOCK_FLOW_TOKEN ? [io.env.FLOWDOCK_FLOW_TOKEN] : []),
    ...envProxySecrets(io.env),
  ];
  const out = (text: string) => io.stdout.write(redact(text, secrets));
  const err = (text: string) => io.stderr.write(redact(text, secrets));
  try {
    let values: CliValues;
    try {
      values = parseCommandLine(argv);
    } catch (error) {
      secrets = [...secrets, ...(await jsonFileToken(argv))];
      throw error;
    }
    if (values.help) {
      out(HELP);
      return 0;
    }
    if (values.version) {
      out(`${await version()}\n`);
      return 0;
    }
    // Every token is known before the message is validated, so an error quoting one is redacted.
    const givenToken = values["flow-token"] ?? io.env.FLOWDOCK_FLOW_TOKEN;
    if (givenToken) secrets = [...secrets, givenToken];
    const { message, fromJson } = await messageFrom(values, io, (token) => {
      secrets = [...secrets, token];
    });
    const flowToken = givenToken ?? fromJson.flowToken;
    if (values["dry-run"]) {
      out(`${JSON.stringify(message, null, 2)}\n`);
      return 0;
    }
    if (!flowToken) {
      throw new UsageError("no flow token: set FLOWDOCK_FLOW_TOKEN or pass --flow-token");
    }
    const options: FlowdockClientOptions = {
      flowToken,
      onRetry: ({ attempt, delayMs, reason }) =>
        err(`flowdock-send: attempt ${attempt} failed (${reason}); retrying in ${delayMs} ms\n`),
    };
    const apiUrl = values["api-url"] ?? io.env.FLOWDOCK_API_URL;
    if (apiUrl) options.apiUrl = apiUrl;
    const retries = parseCount("retries", values.retries, RETRIES);
    if (retries !== undefined) options.retries = retries;
    const timeoutMs = parseCount("timeout", values.timeout, TIMEOUT_MS);
    if (timeoutMs !== undefined) options.timeoutMs = timeoutMs;
    if (values.wait) options.waitForMessage = true;
    if (values.proxy !== undefined) {
      if (!URL.canParse(values.proxy))
        throw new UsageError("--proxy must be a URL such as http://proxy.example:3128");
      secrets = [...secrets, ...proxySecrets(values.proxy)];
    }
    // One message from a short process: node:http starts faster than undici's pool.
    const transport = io.transport ?? createNodeTransport({ proxy: values.proxy });
    options.transport = transport;

    let client: ReturnType<typeof createFlowdockClient>;
    try {
      client = createFlowdockClient(options);
    } catch (error) {
      if (!io.transport) await transport.close();
      throw new UsageError((error as Error).message);
    }
    try {
      const result = await client.send(message);
      const ids = [
        result.messageId && `message ${result.messageId}`,
        result.threadId && `thread ${result.threadId}`,
      ].filter(Boolean);
      out(
        `sent (HTTP ${result.status}, ${result.attempts} attempt${result.attempts === 1 ? "" : "s"}, uuid ${result.uuid}${ids.length > 0 ? `, ${ids.join(", ")}` : ""})\n`,
      );
      return 0;
    } finally {
      await client.close();
      if (!io.transport) await transport.close();
    }
  } catch (error) {
    return report(error, err);
  }
}

function report(error: unknown, err: (text: string) => unknown): number {
  if (error instanceof UsageError) {
    err(`flowdock-send: ${error.message}\nRun flowdock-send --help for the options.\n`);
    return 2;
  }
  if (error instanceof FlowdockValidationError || error instanceof FlowdockError) {
    err(`flowdock-send: ${error.message}\n`);
    if (error instanceof FlowdockRejectedError) {
      for (const [field, reasons] of Object.entries(error.fieldErrors)) {
        err(`  ${field}: ${reasons.join(", ")}\n`);
      }
    }
    return 1;
  }
  err(`flowdock-send: ${error instanceof Error ? error.message : String(error)}\n`);
  return 1;
}

async function messageFrom(
  values: CliValues,
  io: CliIo,
  foundToken: (token: string) => void,
): Promise<{ message: Message; fromJson: { flowToken?: string } }> {
  if (values.json !== undefined) {
    // Read first: a token in the file is then redacted from every error, usage errors included.
    const text = await readInput(values.json, io);
    let json: unknown;
    let notJson: FlowdockError | undefined;
    try {
      json = JSON.parse(text);
    } catch (error) {
      // Only the position: JSON.parse quotes the text around the mistake, which may be the token.
      const at = /position \d+/.exec((error as Error).message)?.[0];
      notJson = new FlowdockError(`--json ${values.json} is not JSON${at ? ` (${at})` : ""}`);
    }
    const { flow_token: flowToken, ...rest } =
      typeof json === "object" && json !== null ? (json as Record<string, unknown>) : {};
    if (typeof flowToken === "string" && flowToken !== "") foundToken(flowToken);
    const used = MESSAGE_FLAGS.filter((flag) => values[flag] !== undefined);
    if (used.length > 0) {
      throw new UsageError(`--json takes the whole message; drop --${used.join(", --")}`);
    }
    if (notJson) throw notJson;
    const message = parseMessage(typeof json === "object" && json !== null ? rest : json);
    if (values.uuid !== undefined) message.uuid = values.uuid;
    return { message, fromJson: typeof flowToken === "string" ? { flowToken } : {} };
  }
  return { message: await messageFromFlags(values, io), fromJson: {} };
}

async function messageFromFlags(values: CliValues, io: CliIo): Promise<Message> {
  const event = values.event ?? "activity";
  if (event !== "activity" && event !== "discussion") {
    throw new UsageError(`--event must be activity or discussion (got "${event}")`);
  }
  if (values["thread-id"] === undefined) throw new UsageError("--thread-id is required");
  if (event === "activity" && values.title === undefined) {
    throw new UsageError("--title is required for an activity");
  }
  if (values.body !== undefined && values["body-file"] !== undefined) {
    throw new UsageError("give --body or --body-file, not both");
  }
  let body: Text | undefined = values.body;
  if (values["body-file"] !== undefined) {
    body = markdownToHtml(await readInput(values["body-file"], io));
  }
  const status = values.status === undefined ? undefined : parseStatus(values.status);
  if (status && !isStatusColor(status.color)) {
    throw new UsageError(
      `--status colour must be one of red, green, yellow, cyan, orange, grey, black, lime, purple, blue (got "${status.color}")`,
    );
  }
  const fields = values.field?.map(parseField);
  const wantsThread =
    values["thread-title"] !== undefined ||
    status !== undefined ||
    fields !== undefined ||
    values.url !== undefined;
  const threadTitle = values["thread-title"] ?? values.title;
  if (wantsThread && threadTitle === undefined) {
    throw new UsageError("--thread-title is required with --status, --field or --url");
  }
  const input = {
    author: {
      name: values.author ?? "flowdock-send",
      ...(values.avatar !== undefined && { avatar: values.avatar }),
    },
    externalThreadId: values["thread-id"],
    ...(wantsThread &&
      threadTitle !== undefined && {
        thread: {
          title: threadTitle,
          ...(values.url !== undefined && { externalUrl: values.url }),
          ...(status &&
            isStatusColor(status.color) && { status: { ...status, color: status.color } }),
          ...(fields !== undefined && { fields }),
        },
      }),
    ...(values.tag !== undefined && { tags: values.tag }),
    ...(values.uuid !== undefined && { uuid: values.uuid }),
  };
  try {
    if (event === "discussion") {
      if (body === undefined) throw new UsageError("a discussion needs --body or --body-file");
      return buildDiscussion({
        ...input,
        body,
        ...(values.title !== undefined && { title: values.title }),
      });
    }
    return buildActivity({
      ...input,
      title: values.title ?? "",
      ...(body !== undefined && { body }),
    });
  } catch (error) {
    // Flags that make an invalid message are a usage mistake, not a refusal.
    if (error instanceof FlowdockValidationError)
      throw new UsageError(error.message, { cause: error });
    throw error;
  }
}

async function readInput(path: string, io: CliIo): Promise<string> {
  if (path === "-") {
    let text = "";
    for await (const chunk of io.stdin)
      text += typeof chunk === "string" ? chunk : chunk.toString("utf8");
    return text;
  }
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    throw new UsageError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? error}`);
  }
}

/** The token in the command line's `--json FILE`, if any, read only to redact a usage error. */
async function jsonFileToken(argv: readonly string[]): Promise<string[]> {
  const { json } = parseArgs({
    args: [...argv],
    options: CLI_OPTIONS,
    strict: false,
    allowPositionals: true,
  }).values;
  if (typeof json !== "string" || json === "-") return [];
  try {
    const { flow_token: token } = JSON.parse(await readFile(json, "utf8")) as {
      flow_token?: unknown;
    };
    return typeof token === "string" && token !== "" ? [token] : [];
  } catch {
    return [];
  }
}

async function version(): Promise<string> {
  const json = await readFile(new URL("../package.json", import.meta.url), "utf8");
  return (JSON.parse(json) as { version: string }).version;
}
