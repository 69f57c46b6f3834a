/** Delay settings for {@link backoffDelay}. */
export interface BackoffOptions {
  minDelayMs: number;
  maxDelayMs: number;
}

/**
 * The wait before retry number `retry` (1 for the first retry): exponential from `minDelayMs`,
 * with up to 100% random jitter so clients that failed together do not retry together, never more
 * than `maxDelayMs`.
 */
export function backoffDelay(
  retry: number,
  { minDelayMs, maxDelayMs }: BackoffOptions,
  random: () => number = Math.random,
): number {
  const base = minDelayMs * 2 ** Math.max(0, retry - 1);
  return Math.round(Math.min(maxDelayMs, base + random() * base));
}

/**
 * `Retry-After` in milliseconds from `now`: delta-seconds (`120`) or an HTTP date
 * (`Wed, 21 Oct 2015 07:28:00 GMT`); a date in the past is 0. Undefined when absent or unreadable.
 */
export function parseRetryAfter(
  value: string | string[] | undefined,
  now: number = Date.now(),
): number | undefined {
  const header = Array.isArray(value) ? value[0] : value;
  if (header === undefined) return undefined;
  const text = header.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  if (!/[a-z]/i.test(text)) return undefined;
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
