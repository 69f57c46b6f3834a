/** A fault as `POST /api/faults` takes it. */
export interface FaultRule {
  /** Answer with this status instead of handling the message (429 when only `retryAfter` is set). */
  status?: number;
  /** Reset the connection once the request is read, without answering or storing anything. */
  reset?: true;
  /** Seconds, sent as `Retry-After`. */
  retryAfter?: number;
  /** Wait this long before answering (then handle the message normally unless `status` is set). */
  delayMs?: number;
  /** How many requests it applies to; every request until `DELETE /api/faults` when left out. */
  times?: number;
  /** Apply to each request with this probability (0–1), for soak tests; 503 unless `status` or `reset` is set. */
  rate?: number;
}

/** What a request meets: a delay, then a reset, an answer, or the normal handling. */
export interface FaultOutcome {
  delayMs: number;
  reset?: true;
  status?: number;
  retryAfter?: number;
}

type ParsedFault = { ok: true; rule: FaultRule } | { ok: false; errors: Record<string, string[]> };

const MAX_DELAY_MS = 600_000;

function check(
  errors: Record<string, string[]>,
  key: string,
  value: unknown,
  valid: (n: number) => boolean,
  message: string,
): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "number" || !valid(value)) {
    errors[key] = [message];
    return undefined;
  }
  return value;
}

/** Validates a fault, answering in the API's `errors` shape. */
export function parseFault(value: unknown): ParsedFault {
  if (typeof value !== "object" || value === null || Array.isArray(value))
    return { ok: false, errors: { message: ["must be a JSON object"] } };
  const input = value as Record<string, unknown>;
  const errors: Record<string, string[]> = {};
  const status = check(
    errors,
    "status",
    input.status,
    (n) => Number.isInteger(n) && n >= 200 && n <= 599,
    "must be an HTTP status between 200 and 599",
  );
  const retryAfter = check(
    errors,
    "retryAfter",
    input.retryAfter,
    (n) => Number.isInteger(n) && n >= 0,
    "must be a whole number of seconds",
  );
  const delayMs = check(
    errors,
    "delayMs",
    input.delayMs,
    (n) => Number.isInteger(n) && n >= 0 && n <= MAX_DELAY_MS,
    `must be a whole number of milliseconds up to ${MAX_DELAY_MS}`,
  );
  const times = check(
    errors,
    "times",
    input.times,
    (n) => Number.isInteger(n) && n >= 1,
    "must be a whole number from 1",
  );
  const rate = check(
    errors,
    "rate",
    input.rate,
    (n) => n > 0 && n <= 1,
    "must be a probability above 0 and up to 1",
  );
  if (input.reset !== undefined && input.reset !== true) errors.reset = ["must be true"];
  const reset = input.reset === true;
  if (reset && (status !== undefined || retryAfter !== undefined))
    errors.reset = ["cannot be combined with status or retryAfter: a reset sends no answer"];
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const rule: FaultRule = {
    ...(reset && { reset }),
    ...(status !== undefined && { status }),
    ...(retryAfter !== undefined && { retryAfter }),
    ...(delayMs !== undefined && { delayMs }),
    ...(times !== undefined && { times }),
    ...(rate !== undefined && { rate }),
  };
  if (rule.status === undefined && rule.retryAfter !== undefined) rule.status = 429;
  if (!reset && rule.status === undefined && rule.rate !== undefined) rule.status = 503;
  if (!reset && rule.status === undefined && rule.delayMs === undefined)
    return { ok: false, errors: { message: ["needs status, retryAfter, reset, delayMs or rate"] } };
  return { ok: true, rule };
}

/** Faults waiting for the next posts to `/messages`, applied first in, first out. */
export class Faults {
  #rules: FaultRule[] = [];
  readonly #random: () => number;

  constructor(random: () => number = Math.random) {
    this.#random = random;
  }

  add(rule: FaultRule): void {
    this.#rules.push({ ...rule });
  }

  clear(): void {
    this.#rules = [];
  }

  list(): FaultRule[] {
    return this.#rules.map((rule) => ({ ...rule }));
  }

  /** Takes what the next request meets, using up one of the first fault's `times`. */
  next(): FaultOutcome | undefined {
    const rule = this.#rules[0];
    if (!rule) return undefined;
    if (rule.rate !== undefined && this.#random() >= rule.rate) return undefined;
    if (rule.times !== undefined) {
      rule.times -= 1;
      if (rule.times <= 0) this.#rules.shift();
    }
    return {
      delayMs: rule.delayMs ?? 0,
      ...(rule.reset && { reset: rule.reset }),
      ...(rule.status !== undefined && { status: rule.status }),
      ...(rule.retryAfter !== undefined && { retryAfter: rule.retryAfter }),
    };
  }
}
