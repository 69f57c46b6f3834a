import { readFileSync } from "node:fs";
import type { MapOptions } from "@flowdock-kit/github";
import picomatch from "picomatch";
import { isMap, LineCounter, type Node, parseDocument } from "yaml";
import type { z } from "zod";
import { ConfigSchema, type RouteFile } from "./config-schema.js";
import { RelayConfigError } from "./errors.js";
import { mapOptionsFor } from "./map-options.js";

/** A route, ready to match events; its token is kept apart, in {@link RelayConfig.tokens}. */
export interface Route {
  /** `routes[0]`, or `routes[0] (dev)` when the route has a name: for logs and errors. */
  label: string;
  /** Where the token comes from (`env:FLOWDOCK_TOKEN_DEV`, `file:/run/secrets/dev`): the flow's key. */
  flow: string;
  /** Event names this route takes; undefined takes every supported event. */
  events?: readonly string[] | undefined;
  /** Whether `owner/name` is one of the route's repositories (case-insensitive globs). */
  matchesRepository: (repository: string) => boolean;
  /** The mapping options the route passes to `mapEvent`. */
  mapOptions: MapOptions;
  /** The options as the config wrote them, for the mapping module. */
  file: RouteFile;
}

/** How messages are sent. */
export interface DeliverySettings {
  retries: number;
  timeoutMs: number;
  minDelayMs: number;
  maxDelayMs: number;
  concurrency: number;
  shutdownGraceMs: number;
}

/** A validated config with its flow tokens read. */
export interface RelayConfig {
  apiUrl: string;
  delivery: DeliverySettings;
  /**
   * Days a delivery's id and its delivered messages are kept (de-duplication, `/api/deliveries`);
   * dead-lettered messages stay until redriven.
   */
  retentionDays: number;
  routes: Route[];
  /** Flow token by {@link Route.flow}; never logged or stored. */
  tokens: ReadonlyMap<string, string>;
}

/** Where a config's text came from and how to read token files and variables. */
export interface LoadConfigOptions {
  env?: NodeJS.ProcessEnv;
  readFile?: (path: string) => string;
}

function describePath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path)
    out += typeof key === "number" ? `[${key}]` : `${out ? "." : ""}${String(key)}`;
  return out || "(top level)";
}

/** The line of the deepest node of `path` that exists in the document. */
function lineOf(
  doc: ReturnType<typeof parseDocument>,
  lines: LineCounter,
  path: readonly PropertyKey[],
): number | undefined {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = doc.getIn(path.slice(0, depth) as unknown[], true) as Node | undefined;
    if (node?.range) return lines.linePos(node.range[0]).line;
    if (depth === 0 && doc.contents?.range) return lines.linePos(doc.contents.range[0]).line;
  }
  return undefined;
}

/** For an unknown key, the line of that key rather than of its map. */
function lineOfKey(
  doc: ReturnType<typeof parseDocument>,
  lines: LineCounter,
  path: readonly PropertyKey[],
  key: string,
): number | undefined {
  const parent = doc.getIn(path as unknown[], true);
  if (isMap(parent)) {
    const pair = parent.items.find((item) => (item.key as { value?: unknown })?.value === key);
    const range = (pair?.key as Node | undefined)?.range;
    if (range) return lines.linePos(range[0]).line;
  }
  return lineOf(doc, lines, path);
}

function describeIssue(
  doc: ReturnType<typeof parseDocument>,
  lines: LineCounter,
  issue: z.core.$ZodIssue,
): string[] {
  if (issue.code === "unrecognized_keys") {
    return issue.keys.map((key) => {
      const line = lineOfKey(doc, lines, issue.path, key);
      const where = describePath([...issue.path, key]);
      const why =
        key === "flow_token"
          ? "flow tokens never go in the config: name the environment variable (flow_token_env) or the file (flow_token_file) that holds it"
          : "unknown key";
      return `line ${line ?? "?"}: ${where}: ${why}`;
    });
  }
  const line = lineOf(doc, lines, issue.path);
  return [`line ${line ?? "?"}: ${describePath(issue.path)}: ${issue.message}`];
}

// A token put by mistake where a variable name or a path goes must not be echoed into logs: names
// are repeated only when they look like one (upper case, as variables are named; a path with / or .).
const looksLikeEnvName = (name: string) => /^[A-Z_][A-Z0-9_]*$/.test(name);
const looksLikePath = (path: string) => /[/.]/.test(path);

/** Parses and validates a config (YAML or JSON); errors name the file and the line. */
export function parseConfig(
  text: string,
  source: string,
  options: LoadConfigOptions = {},
): RelayConfig {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) {
    const problems = doc.errors.map((error) => {
      const line = error.linePos?.[0]?.line ?? lines.linePos(error.pos[0]).line;
      return `line ${line}: ${error.message.split("\n")[0]}`;
    });
    throw new RelayConfigError(`${source} is not valid YAML or JSON:\n  ${problems.join("\n  ")}`);
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (cause) {
    // yaml throws (a ReferenceError) on aliases that expand without bound ("billion laughs").
    throw new RelayConfigError(
      `${source} is not valid YAML or JSON: ${(cause as Error).message.split("\n")[0]}`,
      { cause },
    );
  }
  const parsed = ConfigSchema.safeParse(value);
  if (!parsed.success) {
    const lineNumber = (text: string) => Number(/^line (\d+)/.exec(text)?.[1] ?? 0);
    const problems = parsed.error.issues
      .flatMap((issue) => describeIssue(doc, lines, issue))
      .sort((a, b) => lineNumber(a) - lineNumber(b));
    throw new RelayConfigError(
      `${source} is not a valid relay config:\n  ${problems.join("\n  ")}`,
    );
  }
  const env = options.env ?? process.env;
  const readFile = options.readFile ?? ((path: string) => readFileSync(path, "utf8"));
  const tokens = new Map<string, string>();
  const problems: string[] = [];
  const routes = parsed.data.routes.map((file, index): Route => {
    const at = `line ${lineOf(doc, lines, ["routes", index]) ?? "?"}: routes[${index}]`;
    let flow: string;
    if (file.flow_token_env !== undefined) {
      flow = `env:${file.flow_token_env}`;
      const token = env[file.flow_token_env]?.trim();
      if (!token)
        problems.push(
          looksLikeEnvName(file.flow_token_env)
            ? `${at}.flow_token_env: the environment variable ${file.flow_token_env} is not set`
            : `${at}.flow_token_env: no environment variable of that name is set (the name is not repeated: it does not look like one — is it the token itself?)`,
        );
      else tokens.set(flow, token);
    } else {
      const path = file.flow_token_file ?? "";
      flow = `file:${path}`;
      const named = looksLikePath(path)
        ? path
        : "the file (its name is not repeated: it does not look like a path — is it the token itself?)";
      try {
        const token = readFile(path).trim();
        if (token === "") problems.push(`${at}.flow_token_file: ${named} is empty`);
        else tokens.set(flow, token);
      } catch (cause) {
        problems.push(
          `${at}.flow_token_file: cannot read ${named} (${(cause as NodeJS.ErrnoException).code ?? "error"})`,
        );
      }
    }
    const isMatch = picomatch(file.repositories, { nocase: true, dot: true });
    return {
      label: `routes[${index}]${file.name ? ` (${file.name})` : ""}`,
      flow,
      events: file.events,
      matchesRepository: (repository) => isMatch(repository),
      mapOptions: mapOptionsFor(file),
      file,
    };
  });
  if (problems.length > 0) {
    throw new RelayConfigError(`${source}: flow tokens are missing:\n  ${problems.join("\n  ")}`);
  }
  const d = parsed.data.delivery;
  return {
    apiUrl: parsed.data.api_url,
    delivery: {
      retries: d.retries,
      timeoutMs: d.timeout_ms,
      minDelayMs: d.min_delay_ms,
      maxDelayMs: d.max_delay_ms,
      concurrency: d.concurrency,
      shutdownGraceMs: d.shutdown_grace_ms,
    },
    retentionDays: parsed.data.retention_days,
    routes,
    tokens,
  };
}

/** Reads, parses and validates the config file at `path`, and reads every route's flow token. */
export function loadConfig(path: string, options: LoadConfigOptions = {}): RelayConfig {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (cause) {
    throw new RelayConfigError(`cannot read the config file ${path}: ${(cause as Error).message}`, {
      cause,
    });
  }
  return parseConfig(text, path, options);
}
