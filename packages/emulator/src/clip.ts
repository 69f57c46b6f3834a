import { escapeHtml, truncateHtml } from "@flowdock-kit/core";

/** Characters of one stored body the HTML pages render; the read API keeps the whole message. */
export const SHOWN_BODY_CHARS = 20_000;
/** Characters of one title, name, label, status or field value the HTML pages render. */
export const SHOWN_INLINE_CHARS = 2_000;
/** Fields and actions of a thread the HTML pages render. */
export const SHOWN_ROWS = 50;

/** Stored markup cut to what a page renders, and how many characters were left out. */
export interface Clipped {
  markup: string;
  hidden: number;
}

/** The first `max` characters of `markup`, cut between tags, with the open tags closed. */
export function clip(markup: string, max: number): Clipped {
  if (markup.length <= max) return { markup, hidden: 0 };
  // Only the kept part is tokenised and sanitised, so a page's work does not grow with what was stored.
  return { markup: truncateHtml(markup.slice(0, max + 1), max, ""), hidden: markup.length - max };
}

/** Says that a part of a page was cut, and where the whole of it is. */
export function clippedNote(hidden: number, what: string, href: string): string {
  if (hidden <= 0) return "";
  return `<span class="clipped">… (${hidden.toLocaleString("en")} more ${what}; see the read API: <a href="${escapeHtml(href)}">JSON</a>)</span>`;
}
