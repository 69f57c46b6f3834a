import type { EventQuery } from "./store-types.js";

/** Flowdock's REST API answered 30 messages unless asked for more, and at most 100. */
export const DEFAULT_LIMIT = 30;
export const MAX_LIMIT = 100;
const EVENTS = new Set(["activity", "discussion", "mail", "message"]);

type Parsed = { ok: true; query: EventQuery } | { ok: false; errors: Record<string, string[]> };

function id(value: string | null, key: string, errors: Record<string, string[]>) {
  if (value === null) return undefined;
  if (!/^\d{1,15}$/.test(value)) {
    errors[key] = ["must be a message id (a whole number)"];
    return undefined;
  }
  return Number(value);
}

/** Reads `limit`, `until_id`, `since_id`, `sort` (and, for messages, `event` and `thread_id`). */
export function parsePage(query: URLSearchParams, filters: boolean): Parsed {
  const errors: Record<string, string[]> = {};
  const limitText = query.get("limit");
  let limit = DEFAULT_LIMIT;
  if (limitText !== null) {
    limit = Number(limitText);
    if (!/^\d{1,3}$/.test(limitText) || limit < 1 || limit > MAX_LIMIT)
      errors.limit = [`must be a whole number from 1 to ${MAX_LIMIT}`];
  }
  const untilId = id(query.get("until_id"), "until_id", errors);
  const sinceId = id(query.get("since_id"), "since_id", errors);
  const sort = query.get("sort");
  if (sort !== null && sort !== "asc" && sort !== "desc") errors.sort = ["must be asc or desc"];
  const event = filters ? query.get("event") : null;
  if (event !== null && !EVENTS.has(event))
    errors.event = ["must be one of activity, discussion, mail, message"];
  const threadId = filters ? query.get("thread_id") : null;
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    query: {
      limit,
      ...(untilId !== undefined && { untilId }),
      ...(sinceId !== undefined && { sinceId }),
      ...(sort === "asc" && { order: "asc" as const }),
      ...(event !== null && { event: event as EventQuery["event"] & string }),
      ...(threadId !== null && threadId !== "" && { threadId }),
    },
  };
}

/** Characters of JSON one page holds at most: a page of large messages ends early instead. */
export const MAX_PAGE_CHARS = 8_000_000;

/** How many of `items`, from the first, fit in {@link MAX_PAGE_CHARS} of JSON (at least one). */
export function fitting(items: readonly unknown[], budget = MAX_PAGE_CHARS): number {
  let chars = 0;
  for (const [index, item] of items.entries()) {
    chars += JSON.stringify(item).length + 1;
    if (chars > budget && index > 0) return index;
  }
  return items.length;
}

/**
 * The first items of a page read with `limit` that fit in `budget`, and whether the page is full
 * (by count, or cut by size), so that its `Link` goes on.
 */
export function fitPage<T>(found: readonly T[], limit: number, budget = MAX_PAGE_CHARS) {
  const items = found.slice(0, fitting(found, budget));
  return { items, full: found.length === limit || items.length < found.length };
}

/**
 * The `Link` header to the next page (older for `desc`, newer for `asc`) when this one is full,
 * by count or by size: the same query with `until_id` or `since_id` moved past its last item.
 */
export function nextLink(
  path: string,
  query: URLSearchParams,
  page: EventQuery,
  lastId: number | undefined,
  full: boolean,
): Record<string, string> {
  if (lastId === undefined || !full) return {};
  const next = new URLSearchParams(query);
  next.set(page.order === "asc" ? "since_id" : "until_id", String(lastId));
  return { link: `<${path}?${next.toString()}>; rel="next"` };
}
