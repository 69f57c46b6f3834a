import { tokenizeHtml } from "./html-tokens.js";
import { isSafeLinkTarget } from "./url.js";

/** Tags allowed in bodies: the old Flowdock team-inbox list. */
export const BODY_TAGS: ReadonlySet<string> = new Set(
  (
    "a abbr acronym address article aside b big blockquote br caption cite code dd del details dfn " +
    "div dl dt em figcaption figure footer h1 h2 h3 h4 h5 h6 header hgroup hr i img ins kbd li nav " +
    "ol p pre samp section small span strong sub summary sup table tbody td tfoot th thead tr tt ul var wbr"
  ).split(" "),
);

/** Tags allowed in titles and field values. */
export const INLINE_TAGS: ReadonlySet<string> = new Set(["a"]);

const URL_ATTRIBUTES = new Set(["href", "src", "action", "formaction", "xlink:href", "srcset"]);

const NAMED_ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  colon: ":",
  tab: "\t",
  newline: "\n",
  nbsp: "\u00a0",
};

/** Decodes the character references that matter for reading a URL scheme. */
export function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);?/gi, (match, ref: string) => {
    if (ref[0] === "#") {
      const code =
        ref[1] === "x" || ref[1] === "X" ? Number.parseInt(ref.slice(2), 16) : Number(ref.slice(1));
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : "";
    }
    return NAMED_ENTITIES[ref.toLowerCase()] ?? match;
  });
}

/**
 * What is unsafe in a piece of HTML: tags outside `allowedTags`, comments and doctypes, event
 * handler attributes, and URLs with a scheme other than http(s) or mailto. Empty when it is safe.
 * The markup is read as a browser reads it (see `tokenizeHtml`), so a tag cannot hide inside what
 * only looks like a quoted attribute.
 */
export function findUnsafeHtml(markup: string, allowedTags: ReadonlySet<string>): string[] {
  const problems = new Set<string>();
  let linkOpen = false;
  for (const token of tokenizeHtml(markup)) {
    if (token.type === "text") continue;
    if (token.type === "start" || token.type === "end") {
      if (token.name === "a") linkOpen = token.type === "start";
    }
    if (token.type === "unclosed") {
      // A tag or comment left open would swallow whatever HTML it is later placed before.
      problems.add(
        /^<\/?[a-zA-Z]/.test(markup.slice(token.start, token.start + 3))
          ? "a tag that is never closed is not allowed"
          : "comments, doctypes and processing instructions are not allowed",
      );
      continue;
    }
    if (token.type === "comment") {
      problems.add("comments, doctypes and processing instructions are not allowed");
      continue;
    }
    if (!allowedTags.has(token.name)) {
      problems.add(
        `<${token.name}> is not allowed here (allowed: ${[...allowedTags].map((t) => `<${t}>`).join(", ")})`,
      );
      continue;
    }
    for (const { name, value } of token.attributes) {
      if (name.startsWith("on")) problems.add(`the event handler attribute ${name} is not allowed`);
      if (name === "style") problems.add("the style attribute is not allowed");
      if (URL_ATTRIBUTES.has(name) && !isSafeLinkTarget(decodeEntities(value))) {
        problems.add(`${name} must be an http(s) or mailto URL`);
      }
    }
  }
  // Browsers reopen an unclosed <a> after the element around it ends, so it would turn the rest of
  // the page (the next message, the buttons) into the same link.
  if (linkOpen) problems.add("a link that is never closed (<a> without </a>) is not allowed");
  return [...problems];
}
