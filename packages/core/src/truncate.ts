import { tokenizeHtml } from "./html-tokens.js";

// Elements that never have content, so they never need closing.
const VOID_TAGS = new Set(["area", "br", "col", "embed", "hr", "img", "input", "source", "wbr"]);
// What may follow `&` in a character reference, with or without its `;`.
const REFERENCE_TAIL = /^&(?:#x[0-9a-f]*|#[0-9]*|[a-z][a-z0-9]*);?/i;

/** What {@link truncateHtml} appends when it cuts titles and field values. */
export const INLINE_MARKER = "…";
/** What {@link truncateHtml} appends when it cuts bodies. */
export const BLOCK_MARKER = "<p><em>… (truncated)</em></p>";

/**
 * Cuts `markup` to at most `max` characters, marker included. It never cuts inside a tag, an
 * entity or a surrogate pair, and closes the tags that were open at the cut. When `max` is too
 * small for `marker`, the cut is marked with {@link INLINE_MARKER} instead (or nothing, for 0).
 */
export function truncateHtml(markup: string, max: number, marker: string): string {
  if (markup.length <= max) return markup;
  const mark = marker.length <= max ? marker : INLINE_MARKER.length <= max ? INLINE_MARKER : "";
  let open: string[] = [];
  let out = "";
  const closers = (stack: readonly string[]) => stack.reduce((n, tag) => n + tag.length + 3, 0);
  for (const token of tokenizeHtml(markup)) {
    const source = markup.slice(token.start, token.end);
    if (token.type === "unclosed") break;
    let stackAfter = open;
    if (token.type === "start" && !VOID_TAGS.has(token.name)) stackAfter = [...open, token.name];
    if (token.type === "end" && open.includes(token.name)) {
      stackAfter = open.slice(0, open.lastIndexOf(token.name));
    }
    const room = max - mark.length - out.length - closers(stackAfter);
    if (source.length <= room) {
      out += source;
      open = stackAfter;
      continue;
    }
    if (token.type === "text" && room > 0) out += cutText(source, room);
    break;
  }
  const closing = open
    .slice()
    .reverse()
    .map((tag) => `</${tag}>`)
    .join("");
  return `${out.trimEnd()}${closing}${mark}`;
}

/**
 * The first `room` characters of `text`, backing off so no reference or surrogate pair is split.
 * @internal Also used by markdownToHtml; not exported by index.ts.
 */
export function cutText(text: string, room: number): string {
  let end = room;
  const ampersand = text.lastIndexOf("&", end - 1);
  if (ampersand !== -1) {
    const reference = REFERENCE_TAIL.exec(text.slice(ampersand))?.[0] ?? "&";
    if (ampersand + reference.length > end) end = ampersand;
  }
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return text.slice(0, end);
}
