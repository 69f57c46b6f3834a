import { micromark } from "micromark";
import { gfm, gfmHtml } from "micromark-extension-gfm";
import { type Html, trustedHtml } from "./html.js";
import { LIMITS } from "./limits.js";
import { BLOCK_MARKER, truncateHtml } from "./truncate.js";

/** Options for {@link markdownToHtml}. */
export interface MarkdownOptions {
  /** Longest HTML to return, marker included; longer output is cut with a visible marker. */
  maxLength?: number | undefined;
  /** Resolves relative links and images (`/org/repo/pull/1`) against this URL. */
  baseUrl?: string | undefined;
}

const parseOptions = { extensions: [gfm()], htmlExtensions: [gfmHtml()] };

/**
 * GitHub-flavoured Markdown (tables, task lists, strikethrough, autolinks, fenced code, footnotes)
 * to HTML that is safe to show: raw HTML is escaped, links and images with a scheme other than
 * http(s)/mailto are dropped (their text stays), and only the team inbox's allowed tags appear.
 */
export function markdownToHtml(markdown: string, options: MarkdownOptions = {}): Html {
  const maxLength = options.maxLength ?? LIMITS.body;
  // HTML is rarely shorter than its Markdown, so rendering more than twice the limit only wastes
  // time (a 1 MB issue body would take seconds); what is cut here is marked below.
  const source =
    markdown.length > maxLength * 2
      ? markdown.slice(0, markdown.lastIndexOf("\n", maxLength * 2) + 1 || maxLength * 2)
      : markdown;
  // micromark escapes raw HTML and empties unsafe URLs by default (allowDangerousHtml/Protocol off).
  let out = micromark(source, parseOptions)
    .replace(/<input type="checkbox" disabled="" checked="" \/>/g, "☑")
    .replace(/<input type="checkbox" disabled="" \/>/g, "☐")
    .replace(/<a href="">([\s\S]*?)<\/a>/g, "$1")
    .replace(/<img src="" alt="[^"]*" \/>/g, "")
    .trimEnd();
  if (options.baseUrl !== undefined) out = resolveRelative(out, options.baseUrl);
  const truncated = truncateHtml(out, maxLength, BLOCK_MARKER);
  const marked = source !== markdown && !truncated.endsWith(BLOCK_MARKER);
  return trustedHtml(
    marked ? truncateHtml(`${out}${BLOCK_MARKER}`, maxLength, BLOCK_MARKER) : truncated,
  );
}

function resolveRelative(markup: string, baseUrl: string): string {
  return markup.replace(
    / (href|src)="(\/[^"]*|\.{1,2}\/[^"]*)"/g,
    (match, attribute: string, path: string) => {
      const decoded = path.replace(/&amp;/g, "&");
      return URL.canParse(decoded, baseUrl)
        ? ` ${attribute}="${new URL(decoded, baseUrl).href.replace(/&/g, "&amp;").replace(/"/g, "&quot;")}"`
        : match;
    },
  );
}
