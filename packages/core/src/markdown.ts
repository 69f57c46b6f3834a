import { micromark } from "micromark";
import { gfm, gfmHtml } from "micromark-extension-gfm";
import { escapeHtml, type Html, trustedHtml } from "./html.js";
import { decodeEntities } from "./html-inspect.js";
import { LIMITS } from "./limits.js";
import { BLOCK_MARKER, cutText, truncateHtml } from "./truncate.js";
import { isHttpUrl, isSafeLinkTarget } from "./url.js";

/** Options for {@link markdownToHtml}. */
export interface MarkdownOptions {
  /** Longest HTML to return, marker included; longer output is cut with a visible marker. */
  maxLength?: number | undefined;
  /** Resolves relative links and images (`/org/repo/pull/1`) against this URL. */
  baseUrl?: string | undefined;
}

const parseOptions = { extensions: [gfm()], htmlExtensions: [gfmHtml()] };

/**
 * The most Markdown {@link markdownToHtml} renders as Markdown; what follows is shown as escaped
 * text. micromark's time grows with the square of some inputs (a paragraph of `]` or `*a`), so this
 * bounds its time and memory whatever `maxLength` is (`bench/core.bench.mjs --scaling`).
 */
export const MARKDOWN_RENDER_LIMIT = 10_000;

/** Deepest list or quote nesting rendered; deeper markers on a line show as text. */
const MAX_NESTING = 32;
const CONTAINER_MARKER = /[ \t]*(?:>|[*+-](?=[ \t])|\d{1,9}[.)](?=[ \t]))/y;

/**
 * GitHub-flavoured Markdown (tables, task lists, strikethrough, autolinks, fenced code, footnotes)
 * to HTML that is safe to show: raw HTML is escaped, links and images with a scheme other than
 * http(s)/mailto are dropped (their text stays), and only the team inbox's allowed tags appear.
 *
 * Time and memory stay bounded whatever the input and `maxLength`: only the first
 * {@link MARKDOWN_RENDER_LIMIT} characters (cut at a line break, never inside a surrogate pair) go
 * through micromark; the rest is shown as escaped plain text with its line breaks. Source beyond
 * twice `maxLength` is not read, and output longer than `maxLength` ends with `… (truncated)`.
 */
export function markdownToHtml(markdown: string, options: MarkdownOptions = {}): Html {
  const limit = options.maxLength ?? LIMITS.body;
  const maxLength = Number.isNaN(limit) ? 0 : Math.max(limit, 0);
  // HTML is rarely shorter than its Markdown, so reading more than twice the limit only wastes
  // time; what is cut here is marked below.
  const source = markdown.length > maxLength * 2 ? cutSource(markdown, maxLength * 2) : markdown;
  const head =
    source.length > MARKDOWN_RENDER_LIMIT ? cutSource(source, MARKDOWN_RENDER_LIMIT) : source;
  let out = renderMarkdown(head, options.baseUrl);
  let cut = source !== markdown;
  if (head.length < source.length) {
    // The rest is made to fit here, room for the marker kept: cutting megabytes of it with
    // truncateHtml would read it all.
    const room = maxLength - out.length - 1 - BLOCK_MARKER.length;
    const rest = plainText(source.slice(head.length), room);
    out = [out, rest.html].filter((part) => part !== "").join("\n");
    cut ||= rest.cut;
  }
  const truncated = truncateHtml(out, maxLength, BLOCK_MARKER);
  const marked = cut && !truncated.endsWith(BLOCK_MARKER);
  return trustedHtml(
    marked ? truncateHtml(`${out}${BLOCK_MARKER}`, maxLength, BLOCK_MARKER) : truncated,
  );
}

function renderMarkdown(markdown: string, baseUrl: string | undefined): string {
  // Bodies written in GitHub's web UI end their lines with CR LF, which micromark would keep in
  // its output: one kind of line ending there is easier to read and compare.
  const prepared = limitNesting(markdown.replace(/\r\n?/g, "\n"));
  // micromark escapes raw HTML and empties unsafe URLs by default (allowDangerousHtml/Protocol off).
  let out = micromark(prepared, parseOptions)
    .replace(/<input type="checkbox" disabled="" checked="" \/>/g, "☑")
    .replace(/<input type="checkbox" disabled="" \/>/g, "☐")
    .trimEnd();
  if (baseUrl !== undefined) out = resolveRelative(out, baseUrl);
  return dropUnsafeLinks(out);
}

const LINE_BREAK = "<br />\n";

/**
 * Text past {@link MARKDOWN_RENDER_LIMIT}: escaped, in one paragraph that keeps its line breaks,
 * as much of it as fits in `room` characters; `cut` when some did not fit.
 */
function plainText(text: string, room: number): { html: string; cut: boolean } {
  const body = text.trim();
  const lines: string[] = [];
  const paragraph = () => (lines.length === 0 ? "" : `<p>${lines.join(LINE_BREAK)}</p>`);
  let length = "<p></p>".length;
  const lineBreak = /\r\n?|\n/g;
  let at = 0;
  while (at < body.length) {
    const found = lineBreak.exec(body);
    const end = found ? found.index : body.length;
    const left = Math.max(0, room - length - (lines.length > 0 ? LINE_BREAK.length : 0));
    // Each character gives at least one of HTML, so escaping more than `left + 1` is wasted.
    const line = escapeHtml(body.slice(at, Math.min(end, at + left + 1)));
    if (line.length > left) {
      const part = cutText(line, left);
      if (part !== "") lines.push(part);
      return { html: paragraph(), cut: true };
    }
    lines.push(line);
    length += line.length + (lines.length > 1 ? LINE_BREAK.length : 0);
    at = found ? lineBreak.lastIndex : body.length;
  }
  return { html: paragraph(), cut: false };
}

/**
 * micromark's time grows steeply with nesting: one 40,000-character line of `* * * …` (an issue
 * body anyone can write) renders in minutes. Escaping the marker past {@link MAX_NESTING} on each
 * line makes the rest of the line plain text, which renders in linear time.
 */
function limitNesting(markdown: string): string {
  return markdown.replace(/^.+$/gm, (line) => {
    CONTAINER_MARKER.lastIndex = 0;
    for (let depth = 0; depth < MAX_NESTING; depth++) {
      if (CONTAINER_MARKER.exec(line) === null) return line;
    }
    const at = CONTAINER_MARKER.lastIndex;
    const next = CONTAINER_MARKER.exec(line);
    if (next === null) return line;
    const marker = next[0].trimStart();
    // `\*`, `\-`, `\+`, `\>` and `1\.` are literal characters in CommonMark.
    const escapeAt = at + next[0].length - (/^\d/.test(marker) ? 1 : marker.length);
    return `${line.slice(0, escapeAt)}\\${line.slice(escapeAt)}`;
  });
}

/** Cuts after the last line break within `at` characters, else at `at` without splitting a surrogate pair. */
function cutSource(markdown: string, at: number): string {
  const lineEnd = markdown.lastIndexOf("\n", at - 1) + 1;
  if (lineEnd > 0) return markdown.slice(0, lineEnd);
  const code = markdown.charCodeAt(at - 1);
  return markdown.slice(0, code >= 0xd800 && code <= 0xdbff ? at - 1 : at);
}

/**
 * micromark empties `javascript:` and other dangerous URLs, but keeps `irc:`, `ircs:` and `xmpp:`
 * links, which the inbox does not allow: links and images whose URL is empty or not http(s)/mailto
 * go, their text stays. micromark never nests links, so the first `</a>` closes each one.
 */
function dropUnsafeLinks(markup: string): string {
  const unsafe = (url: string) => url === "" || !isSafeLinkTarget(decodeEntities(url));
  return markup
    .replace(/<a href="([^"]*)"[^>]*>([\s\S]*?)<\/a>/g, (match, url: string, text: string) =>
      unsafe(url) ? text : match,
    )
    .replace(/<img src="([^"]*)"[^>]*\/>/g, (match, url: string) => (unsafe(url) ? "" : match));
}

// Only into http(s) URLs: a `javascript://host/` base would turn `/%0Aalert(1)` into a script.
function resolveRelative(markup: string, baseUrl: string): string {
  return markup.replace(
    / (href|src)="(\/[^"]*|\.{1,2}\/[^"]*)"/g,
    (match, attribute: string, path: string) => {
      const decoded = path.replace(/&amp;/g, "&");
      return URL.canParse(decoded, baseUrl) && isHttpUrl(new URL(decoded, baseUrl).href)
        ? ` ${attribute}="${new URL(decoded, baseUrl).href.replace(/&/g, "&amp;").replace(/"/g, "&quot;")}"`
        : match;
    },
  );
}
