/** What stands in for a secret in every message, stack and property the sender produces. */
export const REDACTED = "[REDACTED]";

/** Options of {@link redact}. */
export interface RedactOptions {
  /**
   * Also replace the first {@link MIN_CUT_PREFIX} or more characters of each longer secret, which
   * is what a cut through it (a title or body shortened to its limit) leaves. For random tokens:
   * a password's first characters could be an ordinary word.
   */
  prefixes?: boolean;
}

/** The shortest start of a secret that `prefixes` replaces: a cut leaves at most one less. */
export const MIN_CUT_PREFIX = 8;

/**
 * Replaces every occurrence of each secret in `text`, in any letter case, also where a server or
 * a log echoes it encoded: percent- or form-encoded (`%27`, `+`), HTML entities, JSON or `\u`
 * escapes (any mix of them, character by character), and base64 or base64url. Secrets shorter than
 * 4 characters are ignored: replacing them would shred ordinary words.
 */
export function redact(
  text: string,
  secrets: readonly string[],
  options: RedactOptions = {},
): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length < 4) continue;
    out = out.replace(patternOf(secret, out, options.prefixes === true), REDACTED);
  }
  return out;
}

interface Patterns {
  /** The secret as it is and in base64: all a text without escapes can hold. */
  plain: RegExp;
  /** Finds an escape that could spell one of the secret's characters. */
  escape: RegExp;
  /** The secret written in any of the ways above, built when a text first needs it. */
  any?: RegExp;
}

const patterns = new Map<string, Patterns>();

// Outputs and logs are redacted line by line with the same few secrets, so each pattern is built
// once; the every-encoding one is slow to compile and only a text holding an escape needs it.
function patternOf(secret: string, text: string, prefixes: boolean): RegExp {
  const key = `${prefixes ? "p" : "w"}${secret}`;
  let entry = patterns.get(key);
  if (entry === undefined) {
    const spelled = [...secret].map(escapeRegExp);
    const plain = [whole(spelled, prefixes), ...base64Forms(secret).map(escapeRegExp)].join("|");
    entry = { plain: new RegExp(plain, "gi"), escape: escapesOf(secret) };
    if (patterns.size >= 64) patterns.clear();
    patterns.set(key, entry);
  }
  if (!entry.escape.test(text)) return reset(entry.plain);
  entry.any ??= everySpelling(secret, entry.plain, prefixes);
  return reset(entry.any);
}

/** The characters' patterns in a row; with `prefixes`, any start of them of the shortest cut on. */
function whole(characters: readonly string[], prefixes: boolean): string {
  if (!prefixes || characters.length <= MIN_CUT_PREFIX) return characters.join("");
  const rest = characters
    .slice(MIN_CUT_PREFIX)
    .reduceRight((inner, char) => `(?:${char}${inner})?`, "");
  return `${characters.slice(0, MIN_CUT_PREFIX).join("")}${rest}`;
}

function reset(pattern: RegExp): RegExp {
  pattern.lastIndex = 0;
  return pattern;
}

function everySpelling(secret: string, plain: RegExp, prefixes: boolean): RegExp {
  const characters = [...secret].map((char) => `(?:${spellings(char).join("|")})`);
  return new RegExp(`${whole(characters, prefixes)}|${plain.source}`, "gi");
}

/** Every way `spellings` writes one of the secret's characters other than as itself. */
function escapesOf(secret: string): RegExp {
  const own = new Set([...secret].flatMap(ownSpellings));
  return new RegExp(["%[0-9a-fA-F]{2}", "\\\\u[0-9a-fA-F]{4}", "&#", ...own].join("|"));
}

const NAMED_ENTITIES: Readonly<Record<string, readonly string[]>> = {
  "&": ["&amp;"],
  "<": ["&lt;"],
  ">": ["&gt;"],
  '"': ["&quot;"],
  "'": ["&apos;"],
};

// JSON's own escapes for control characters, as JSON.stringify writes them.
const JSON_SHORT_ESCAPES: Readonly<Record<string, string>> = {
  "\b": "\\b",
  "\f": "\\f",
  "\n": "\\n",
  "\r": "\\r",
  "\t": "\\t",
};

/** The ways one character is written in the encodings above, as regular-expression sources. */
function spellings(char: string): string[] {
  const code = char.codePointAt(0) ?? 0;
  const utf16 = Array.from({ length: char.length }, (_, index) => char.charCodeAt(index));
  return [
    escapeRegExp(char),
    // Percent-encoding of the UTF-8 bytes, hex in either case.
    [...new TextEncoder().encode(char)].map((byte) => `%${hex(byte, 2)}`).join(""),
    utf16.map((unit) => `\\\\u${hex(unit, 4)}`).join(""),
    `&#0*${code};`,
    `&#[xX]0*${hex(code, 1)};`,
    ...ownSpellings(char),
  ];
}

/** The spellings only some characters have: a named entity, `+` for a space, a backslash escape. */
function ownSpellings(char: string): string[] {
  const forms = [...(NAMED_ENTITIES[char] ?? [])];
  if (char === " ") forms.push("\\+");
  if (char === '"' || char === "\\" || char === "/") forms.push(escapeRegExp(`\\${char}`));
  const short = JSON_SHORT_ESCAPES[char];
  if (short !== undefined) forms.push(escapeRegExp(short));
  return forms;
}

/** A number in hexadecimal, each letter matching either case. */
function hex(value: number, width: number): string {
  return value
    .toString(16)
    .padStart(width, "0")
    .replace(/[a-f]/g, (digit) => `[${digit}${digit.toUpperCase()}]`);
}

/** Shorter base64 runs would redact ordinary words; a 6-byte secret still has one. */
const MIN_BASE64_RUN = 6;

/**
 * The secret in base64 and base64url: whole, and, for an echo of a longer text, the run of
 * characters the secret alone decides when it starts 0, 1 or 2 bytes into a 3-byte group.
 */
function base64Forms(secret: string): string[] {
  const bytes = Buffer.from(secret, "utf8");
  const padded = bytes.toString("base64");
  const forms = [padded, padded.replace(/=+$/, "")];
  for (let shift = 0; shift < 3; shift += 1) {
    const encoded = Buffer.concat([Buffer.alloc(shift), bytes]).toString("base64");
    // Characters carry 6 bits: skip those holding bits of the shift, and those the next byte ends.
    const run = encoded.slice(
      Math.ceil((shift * 8) / 6),
      Math.floor(((shift + bytes.length) * 8) / 6),
    );
    if (run.length >= MIN_BASE64_RUN) forms.push(run);
  }
  const url = forms.map((form) =>
    form.replace(/=+$/, "").replaceAll("+", "-").replaceAll("/", "_"),
  );
  return [...new Set([...forms, ...url])];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

const MAX_CAUSE_DEPTH = 8;

/**
 * A copy of `cause` that is safe to keep: an `Error` becomes a plain `Error` with the same name,
 * message, stack and primitive properties (`code`, `errno`, `syscall`…), all redacted, and its own
 * cause copied the same way. Object-valued properties (sockets, requests, bodies) are dropped.
 */
export function redactCause(cause: unknown, secrets: readonly string[], depth = 0): unknown {
  if (cause === undefined || cause === null) return cause;
  if (typeof cause === "string") return redact(cause, secrets);
  if (typeof cause !== "object" || depth >= MAX_CAUSE_DEPTH) {
    return typeof cause === "object" ? undefined : cause;
  }
  if (!(cause instanceof Error)) return undefined;
  const copy = new Error(redact(cause.message, secrets));
  for (const [key, value] of Object.entries(cause)) {
    if (key === "cause" || key === "message" || key === "stack") continue;
    if (typeof value === "string") Object.assign(copy, { [key]: redact(value, secrets) });
    else if (typeof value === "number" || typeof value === "boolean") {
      Object.assign(copy, { [key]: value });
    }
  }
  // `name` is usually on the prototype, so Object.entries misses it.
  Object.defineProperty(copy, "name", {
    value: redact(cause.name, secrets),
    configurable: true,
    writable: true,
  });
  copy.stack =
    cause.stack === undefined ? `${copy.name}: ${copy.message}` : redact(cause.stack, secrets);
  if (cause instanceof AggregateError) {
    Object.defineProperty(copy, "errors", {
      value: cause.errors.map((error) => redactCause(error, secrets, depth + 1)),
      configurable: true,
      writable: true,
      enumerable: true,
    });
  }
  if (cause.cause !== undefined) copy.cause = redactCause(cause.cause, secrets, depth + 1);
  return copy;
}
