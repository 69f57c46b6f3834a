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

const TAG_START = /<[a-zA-Z/!?]/g;
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/y;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'=<>`]+))?/g;
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

function unquote(value: string): string {
  const first = value[0];
  return (first === '"' || first === "'") && value.endsWith(first) ? value.slice(1, -1) : value;
}

/**
 * What is unsafe in a piece of HTML: tags outside `allowedTags`, comments and doctypes, event
 * handler attributes, and URLs with a scheme other than http(s) or mailto. Empty when it is safe.
 */
export function findUnsafeHtml(markup: string, allowedTags: ReadonlySet<string>): string[] {
  const problems = new Set<string>();
  let end = 0;
  for (const start of markup.matchAll(TAG_START)) {
    if (start.index < end) continue; // inside a tag already read, e.g. a quoted attribute value
    TAG.lastIndex = start.index;
    const match = TAG.exec(markup);
    end = TAG.lastIndex;
    const name = match?.[2]?.toLowerCase();
    if (match === null || name === undefined) {
      // A tag left open (or a comment) would swallow whatever HTML it is later placed before.
      const isTagLike = /^<\/?[a-zA-Z]/.test(markup.slice(start.index, start.index + 3));
      problems.add(
        isTagLike
          ? "a tag that is never closed is not allowed"
          : "comments, doctypes and processing instructions are not allowed",
      );
      continue;
    }
    if (!allowedTags.has(name)) {
      problems.add(
        `<${name}> is not allowed here (allowed: ${[...allowedTags].map((t) => `<${t}>`).join(", ")})`,
      );
      continue;
    }
    for (const attribute of (match[3] ?? "").matchAll(ATTRIBUTE)) {
      const attrName = (attribute[1] ?? "").toLowerCase();
      if (attrName.startsWith("on"))
        problems.add(`the event handler attribute ${attrName} is not allowed`);
      if (attrName === "style") problems.add("the style attribute is not allowed");
      const raw = attribute[2];
      if (
        URL_ATTRIBUTES.has(attrName) &&
        raw !== undefined &&
        !isSafeLinkTarget(decodeEntities(unquote(raw)))
      ) {
        problems.add(`${attrName} must be an http(s) or mailto URL`);
      }
    }
  }
  return [...problems];
}
