import { type Options as MicromarkOptions, micromark } from "micromark";
import { gfm, gfmHtml } from "micromark-extension-gfm";
import { type Html, trustedHtml } from "./html.js";
import { decodeEntities } from "./html-inspect.js";
import { LIMITS } from "./limits.js";
import { renderPlainText } from "./markdown-plain.js";
import { BLOCK_MARKER, truncateHtml } from "./truncate.js";
import { isHttpUrl, isSafeLinkTarget } from "./url.js";

/** Options for {@link markdownToHtml}. */
export interface MarkdownOptions {
  /** Longest HTML to return, marker included; longer output is cut with a visible marker. */
  maxLength?: number | undefined;
  /** Resolves relative links and images (`/org/repo/pull/1`) against this URL. */
  baseUrl?: string | undefined;
}

// Built by the first body that needs micromark, not on import: a bundle that loads micromark lazily
// then never loads or warms it for plain-text bodies (cold start of the GitHub action).
let parseOptions: MicromarkOptions | undefined;

/** Deepest list or quote nesting rendered; deeper markers on a line show as text. */
const MAX_NESTING = 32;
const CONTAINER_MARKER = /[ \t]*(?:>|[*+-](?=[ \t])|\d{1,9}[.)](?=[ \t]))/y;

/**
 * GitHub-flavoured Markdown (tables, task lists, strikethrough, autolinks, fenced code, footnotes)
 * to HTML that is safe to show: raw HTML is escaped, links and images with a scheme other than
 * http(s)/mailto are dropped (their text stays), and only the team inbox's allowed tags appear.
 */
export function markdownToHtml(markdown: string, options: MarkdownOptions = {}): Html {
  const maxLength = options.maxLength ?? LIMITS.body;
  // HTML is rarely shorter than its Markdown, so rendering more than twice the limit only wastes
  // time (a 1 MB issue body would take seconds); what is cut here is marked below.
  const source = markdown.length > maxLength * 2 ? cutSource(markdown, maxLength * 2) : markdown;
  // Bodies written in GitHub's web UI end their lines with CR LF. micromark keeps them in its
  // output, where they mean no more than LF does, so one kind of line ending is all it sees and
  // multi-line plain text takes the fast path too.
  const prepared = limitNesting(source.replace(/\r\n?/g, "\n"));
  // micromark escapes raw HTML and empties unsafe URLs by default (allowDangerousHtml/Protocol off).
  let out = (renderPlainText(prepared) ?? renderWithMicromark(prepared))
    .replace(/<input type="checkbox" disabled="" checked="" \/>/g, "☑")
    .replace(/<input type="checkbox" disabled="" \/>/g, "☐")
    .trimEnd();
  if (options.baseUrl !== undefined) out = resolveRelative(out, options.baseUrl);
  out = dropUnsafeLinks(out);
  const truncated = truncateHtml(out, maxLength, BLOCK_MARKER);
  const marked = source !== markdown && !truncated.endsWith(BLOCK_MARKER);
  return trustedHtml(
    marked ? truncateHtml(`${out}${BLOCK_MARKER}`, maxLength, BLOCK_MARKER) : truncated,
  );
}

function renderWithMicromark(markdown: string): string {
  parseOptions ??= { extensions: [gfm()], htmlExtensions: [gfmHtml()] };
  return micromark(markdown, parseOptions);
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

/** Cuts after the last line break before `at`, or at `at` without splitting a surrogate pair. */
function cutSource(markdown: string, at: number): string {
  const lineEnd = markdown.lastIndexOf("\n", at) + 1;
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
