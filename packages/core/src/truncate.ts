const TOKEN =
  /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)(?:[^>"']|"[^"]*"|'[^']*')*>|<!--[\s\S]*?-->|&(?:#x[0-9a-f]+|#[0-9]+|[a-z][a-z0-9]*);|[^<&]+|[<&]/gi;
const VOID_TAGS = new Set(["area", "br", "col", "embed", "hr", "img", "input", "source", "wbr"]);

/** What {@link truncateHtml} appends when it cuts: for titles and fields, and for bodies. */
export const INLINE_MARKER = "…";
export const BLOCK_MARKER = "<p><em>… (truncated)</em></p>";

/**
 * Cuts `markup` to at most `max` characters, marker included. It never cuts inside a tag, an
 * entity or a surrogate pair, and closes the tags that were open at the cut.
 */
export function truncateHtml(markup: string, max: number, marker: string): string {
  if (markup.length <= max) return markup;
  const open: string[] = [];
  let out = "";
  const closers = (stack: readonly string[]) => stack.reduce((n, tag) => n + tag.length + 3, 0);
  for (const match of markup.matchAll(TOKEN)) {
    const token = match[0];
    const name = match[2]?.toLowerCase();
    const isClose = match[1] === "/";
    const stackAfter =
      name === undefined || VOID_TAGS.has(name) || token.endsWith("/>")
        ? open
        : isClose
          ? open.slice(0, open.lastIndexOf(name) === -1 ? open.length : open.lastIndexOf(name))
          : [...open, name];
    const room = max - marker.length - out.length - closers(stackAfter);
    if (token.length <= room) {
      out += token;
      open.splice(0, open.length, ...stackAfter);
      continue;
    }
    const isText = name === undefined && token[0] !== "&" && token[0] !== "<";
    if (isText && room > 0) out += cutText(token, room);
    break;
  }
  return `${out.trimEnd()}${open
    .slice()
    .reverse()
    .map((tag) => `</${tag}>`)
    .join("")}${marker}`;
}

function cutText(text: string, room: number): string {
  let end = room;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return text.slice(0, end);
}
