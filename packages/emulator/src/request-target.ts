import { sourceId } from "./source-id.js";

/** A request line's target, split without `new URL` (which throws on `//`, `/\`, `//@`). */
export interface RequestTarget {
  path: string;
  query: URLSearchParams;
}

/** `http://host:port` at the start of an absolute-form target (RFC 9112 §3.2.2), as proxies send it. */
const ABSOLUTE_FORM = /^[a-z][a-z\d+.-]*:\/\/[^/?#]*/i;

/** Splits `req.url` into its path and query (of an absolute-form target too); never throws. */
export function parseTarget(raw: string | undefined): RequestTarget {
  const target = (raw ?? "/").replace(ABSOLUTE_FORM, "");
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
 * `sources/`, and any segment holding a known source's token anywhere in it (alone, in a comma
 * list, or with anything attached), become `***`; never the query. Tokens are known only by their
 * hash, so each segment's substrings of the lengths in `tokenLengths` are hashed and looked up.
 */
export function logPath(
  path: string,
  isToken: (source: string) => boolean,
  tokenLengths: ReadonlySet<number> = new Set(),
): string {
  const parts = path.split("/");
  const out = parts.map((part, i) => {
    const before = parts[i - 1] ?? "";
    if (part === "" || KNOWN.has(part)) return part;
    if (TOKEN_AFTER.has(before) && !(before === "messages" && KNOWN.has(part))) return HIDDEN;
    return holdsToken(part, isToken, tokenLengths) ? HIDDEN : part;
  });
  const logged = out.join("/").replace(/[^\x21-\x7e]/g, "?");
  return logged.length > MAX_LOGGED ? `${logged.slice(0, MAX_LOGGED)}...` : logged;
}

function holdsToken(
  part: string,
  isToken: (source: string) => boolean,
  tokenLengths: ReadonlySet<number>,
): boolean {
  let decoded = part;
  try {
    decoded = decodeURIComponent(part);
  } catch {}
  // Pieces between characters a token is unlikely to hold find tokens of lengths not seen yet.
  const pieces = new Set([part, ...decoded.split(/[^\w.~-]+/), ...decoded.split(/[^\w-]+/)]);
  for (const piece of pieces) if (piece !== "" && isToken(sourceId(piece))) return true;
  for (const text of new Set([part, decoded])) {
    // Only what can be logged is searched, so a long path costs no more than a short one.
    const shown = text.slice(0, MAX_LOGGED * 2);
    for (const length of tokenLengths)
      for (let start = 0; start + length <= shown.length; start += 1)
        if (isToken(sourceId(shown.slice(start, start + length)))) return true;
  }
  return false;
}
