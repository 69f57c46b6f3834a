import { parseField, parseTags } from "@flowdock-kit/core";
import { parseColorOverrides, parseMentions } from "@flowdock-kit/github";
import { redact } from "@flowdock-kit/sender";
import { InputError } from "./errors.js";

type Colors = ReturnType<typeof parseColorOverrides>;

/** The action's inputs, checked and converted. */
export interface Inputs {
  flowToken: string;
  apiUrl: string;
  status?: RunStatus;
  colors?: Colors;
  fields: { label: string; value: string }[];
  tags: string[];
  threadId?: string;
  /** GitHub login → Flowdock nick (without `@`), for the people a message concerns. */
  mentions?: Record<string, string>;
  includeBody: boolean;
  bodyMaxLength?: number;
  failOnError: boolean;
  dryRun: boolean;
  timeoutMs: number;
  retries: number;
}

/** A job status as `${{ job.status }}` spells it. */
export type RunStatus = "success" | "failure" | "cancelled";

const RUN_STATUSES: readonly string[] = ["success", "failure", "cancelled"];
const DEFAULT_API_URL = "https://api.flowdock.com";
const DEFAULT_TIMEOUT_SECONDS = 10;
const DEFAULT_RETRIES = 3;
const MAX_RETRIES = 10;

/** Reads every input through `getInput` (trimmed, "" when unset) and explains the first bad one. */
export function readInputs(getInput: (name: string) => string): Inputs {
  const flowToken = getInput("flow-token");
  if (!flowToken) {
    throw new InputError(
      "flow-token",
      `Input "flow-token" is required: pass the flow's API token, e.g. \`flow-token: \${{ secrets.FLOWDOCK_FLOW_TOKEN }}\`.`,
    );
  }
  const inputs: Inputs = {
    flowToken,
    apiUrl: parseApiUrl(getInput("api-url"), flowToken),
    fields: parseFields(getInput("fields")),
    tags: parseTags(getInput("tags")),
    includeBody: parseBoolean("include-body", getInput("include-body"), true),
    failOnError: parseBoolean("fail-on-error", getInput("fail-on-error"), false),
    dryRun: parseBoolean("dry-run", getInput("dry-run"), false),
    timeoutMs:
      parseNumber("timeout-seconds", getInput("timeout-seconds"), DEFAULT_TIMEOUT_SECONDS, {
        min: 1,
        max: 600,
      }) * 1000,
    retries: parseNumber("retries", getInput("retries"), DEFAULT_RETRIES, {
      min: 0,
      max: MAX_RETRIES,
      integer: true,
    }),
  };
  const status = parseStatus(getInput("status"));
  if (status) inputs.status = status;
  const colors = getInput("colors");
  if (colors) inputs.colors = parseColors(colors);
  const threadId = getInput("thread-id");
  if (threadId) inputs.threadId = threadId;
  const mentions = getInput("mentions");
  if (mentions) inputs.mentions = readMentions(mentions);
  const bodyMaxLength = getInput("body-max-length");
  if (bodyMaxLength) {
    inputs.bodyMaxLength = parseNumber("body-max-length", bodyMaxLength, 0, {
      min: 1,
      integer: true,
    });
  }
  return inputs;
}

function parseApiUrl(raw: string, flowToken: string): string {
  if (!raw) return DEFAULT_API_URL;
  // Checked first, so no other message about this input can quote the token.
  if (holdsToken(raw, flowToken)) {
    throw new InputError(
      "api-url",
      'Input "api-url" must not hold the flow token (it would end up in request paths and logs); pass the token only as "flow-token".',
    );
  }
  let url: URL;
  try {
    url = new URL(raw);
  } catch (cause) {
    throw new InputError("api-url", `Input "api-url" is not a URL: "${raw}".`, { cause });
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new InputError("api-url", `Input "api-url" must be an http(s) URL, got "${raw}".`);
  }
  if (url.username || url.password) {
    throw new InputError(
      "api-url",
      'Input "api-url" must not hold credentials; pass the token as "flow-token".',
    );
  }
  return raw.replace(/\/+$/, "");
}

// Any encoding the sender redacts, also once percent-decoded, and any `flow_token` parameter.
function holdsToken(raw: string, flowToken: string): boolean {
  let decoded = raw;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    // a stray `%`: the raw text is all there is to check
  }
  return (
    [raw, decoded].some((text) => redact(text, [flowToken]) !== text) ||
    /[?&;]flow[_-]?token=/i.test(decoded)
  );
}

function readMentions(raw: string): Record<string, string> {
  try {
    return parseMentions(raw);
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    throw new InputError("mentions", `Input "mentions" is invalid: ${reason}`, { cause });
  }
}

function parseStatus(raw: string): RunStatus | undefined {
  if (!raw) return undefined;
  const status = raw.toLowerCase();
  if (RUN_STATUSES.includes(status)) return status as RunStatus;
  throw new InputError(
    "status",
    `Input "status" must be one of success, failure, cancelled (usually \`\${{ job.status }}\`), got "${raw}".`,
  );
}

function parseColors(raw: string): Colors {
  try {
    return parseColorOverrides(raw);
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    throw new InputError("colors", `Input "colors" is invalid: ${reason}`, { cause });
  }
}

function parseFields(raw: string): { label: string; value: string }[] {
  const fields: { label: string; value: string }[] = [];
  for (const [index, line] of raw.split(/\r?\n/).entries()) {
    if (line.trim() === "") continue;
    try {
      fields.push(parseField(line));
    } catch (cause) {
      const reason = cause instanceof Error ? cause.message : String(cause);
      throw new InputError("fields", `Input "fields" line ${index + 1} ${reason}.`, { cause });
    }
  }
  return fields;
}

function parseBoolean(name: string, raw: string, fallback: boolean): boolean {
  if (!raw) return fallback;
  if (/^(true|yes|on|1)$/i.test(raw)) return true;
  if (/^(false|no|off|0)$/i.test(raw)) return false;
  throw new InputError(name, `Input "${name}" must be true or false, got "${raw}".`);
}

function parseNumber(
  name: string,
  raw: string,
  fallback: number,
  {
    min,
    max = Number.MAX_SAFE_INTEGER,
    integer = false,
  }: { min: number; max?: number; integer?: boolean },
): number {
  if (!raw) return fallback;
  const value = Number(raw);
  if (
    !Number.isFinite(value) ||
    (integer && !Number.isInteger(value)) ||
    value < min ||
    value > max
  ) {
    const kind = integer ? "a whole number" : "a number";
    const range = max === Number.MAX_SAFE_INTEGER ? `at least ${min}` : `from ${min} to ${max}`;
    throw new InputError(name, `Input "${name}" must be ${kind} ${range}, got "${raw}".`);
  }
  return value;
}
