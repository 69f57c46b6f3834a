import { sourceId } from "./source-id.js";

/** A request line's target, split without `new URL` (which throws on `//`, `/\`, `//@`). */
export interface RequestTarget {
  path: string;
  query: URLSearchParams;
}

/** Splits `req.url` into its path and query; never throws. */
export function parseTarget(raw: string | undefined): RequestTarget {
  const target = raw ?? "/";
  const mark = target.indexOf("?");
  const path = mark === -1 ? target : target.slice(0, mark);
  return {
    path: path.startsWith("/") ? path : `/${path}`,
    query: new URLSearchParams(mark === -1 ? "" : target.slice(mark + 1)),
  };
}

/** Path segments that hold a token by position, as in `/v1/messages/chat/:token`. */
const TOKEN_AFTER = new Set(["team_inbox", "chat", "sources", "messages"]);
const KNOWN = new Set(["api", "v1", "messages", "team_inbox", "chat", "flows", "threads"]);
const MAX_LOGGED = 200;
/** Printable ASCII, so it cannot be taken for part of a query (as `?` would). */
const HIDDEN = "***";

/**
 * The path as the request log shows it: segments after `messages/`, `team_inbox/`, `chat/` and
 * `sources/`, and any segment holding a known source's token (alone, in a comma list, or with
 * something attached such as `;x` or `.json`), become `***`; never the query.
 */
export function logPath(path: string, isToken: (source: string) => boolean): string {
  const parts = path.split("/");
  const out = parts.map((part, i) => {
    const before = parts[i - 1] ?? "";
    if (part === "" || KNOWN.has(part)) return part;
    if (TOKEN_AFTER.has(before) && !(before === "messages" && KNOWN.has(part))) return HIDDEN;
    return holdsToken(part, isToken) ? HIDDEN : part;
  });
  const logged = out.join("/").replace(/[^\x21-\x7e]/g, "?");
  return logged.length > MAX_LOGGED ? `${logged.slice(0, MAX_LOGGED)}...` : logged;
}

function holdsToken(part: string, isToken: (source: string) => boolean): boolean {
  let decoded = part;
  try {
    decoded = decodeURIComponent(part);
  } catch {}
  // The whole segment, and its pieces between characters a token is unlikely to hold.
  const candidates = new Set([part, decoded]);
  for (const piece of decoded.split(/[^\w.~-]+/)) candidates.add(piece);
  for (const piece of decoded.split(/[^\w-]+/)) candidates.add(piece);
  for (const candidate of candidates)
    if (candidate !== "" && isToken(sourceId(candidate))) return true;
  return false;
}
