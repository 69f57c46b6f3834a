/**
 * A tokenizer for the tag syntax of HTML, following the WHATWG tokenizer states for the data state,
 * tags and attributes. Regexes that "match a tag" disagree with browsers on edge cases (a quote
 * that does not follow `=` starts no value, `<a:b>` is a tag named `a:b`, `NUL` is part of a name),
 * and every disagreement is a way to smuggle a tag past a checker, so the checker and truncation
 * read markup the way a browser does. Raw-text elements (`<script>`, `<style>`, `<textarea>`…) are
 * not modelled: they are never allowed, so markup holding one is refused whatever follows.
 */

/** One attribute as a browser reads it: name lowercased, value with entities still encoded. */
export interface HtmlAttribute {
  readonly name: string;
  readonly value: string;
}

/** A piece of markup; `start`/`end` are offsets into the source (end exclusive). */
export type HtmlToken =
  | { readonly type: "text"; readonly start: number; readonly end: number }
  | {
      readonly type: "start" | "end";
      readonly name: string;
      readonly attributes: readonly HtmlAttribute[];
      readonly selfClosing: boolean;
      readonly start: number;
      readonly end: number;
    }
  /** `<!--…-->`, `<!DOCTYPE…>`, `<?…>`, `</ …>`: all become comments (or nothing) in a browser. */
  | { readonly type: "comment"; readonly start: number; readonly end: number }
  /** A tag or comment the markup ends inside: it would swallow whatever is placed after it. */
  | { readonly type: "unclosed"; readonly start: number; readonly end: number };

const isWhitespace = (char: string) =>
  char === "\t" || char === "\n" || char === "\f" || char === " " || char === "\r";
const isAsciiAlpha = (char: string | undefined) => char !== undefined && /^[a-zA-Z]$/.test(char);
const normalise = (char: string) => (char === "\0" ? "\ufffd" : char.toLowerCase());

/** Splits `markup` into text, tags and comments, as a browser's tokenizer would. */
export function tokenizeHtml(markup: string): HtmlToken[] {
  const tokens: HtmlToken[] = [];
  let textStart = 0;
  let i = 0;
  const flushText = (upTo: number) => {
    if (upTo > textStart) tokens.push({ type: "text", start: textStart, end: upTo });
  };
  while (i < markup.length) {
    const at = markup.indexOf("<", i);
    if (at === -1) break;
    const next = markup[at + 1];
    const token =
      isAsciiAlpha(next) || (next === "/" && isAsciiAlpha(markup[at + 2]))
        ? readTag(markup, at)
        : next === "!" || next === "?" || (next === "/" && at + 2 < markup.length)
          ? readComment(markup, at)
          : undefined;
    if (token === undefined) {
      i = at + 1; // a lone `<` (or `</` at the very end) is text
      continue;
    }
    flushText(at);
    tokens.push(token);
    i = textStart = token.end;
  }
  flushText(markup.length);
  return tokens;
}

function readComment(markup: string, start: number): HtmlToken {
  if (markup.startsWith("</>", start)) return { type: "comment", start, end: start + 3 };
  if (markup.startsWith("<!--", start)) {
    const body = start + 4;
    for (const abrupt of [">", "->"]) {
      if (markup.startsWith(abrupt, body))
        return { type: "comment", start, end: body + abrupt.length };
    }
    const close = /--!?>/g;
    close.lastIndex = body;
    const match = close.exec(markup);
    return match === null
      ? { type: "unclosed", start, end: markup.length }
      : { type: "comment", start, end: match.index + match[0].length };
  }
  const close = markup.indexOf(">", start);
  return close === -1
    ? { type: "unclosed", start, end: markup.length }
    : { type: "comment", start, end: close + 1 };
}

function readTag(markup: string, start: number): HtmlToken {
  const isEnd = markup[start + 1] === "/";
  let i = start + (isEnd ? 2 : 1);
  let name = "";
  const attributes: HtmlAttribute[] = [];
  let selfClosing = false;
  const finish = (end: number): HtmlToken => ({
    type: isEnd ? "end" : "start",
    name,
    attributes,
    selfClosing,
    start,
    end,
  });
  const unclosed: HtmlToken = { type: "unclosed", start, end: markup.length };

  while (i < markup.length && !isWhitespace(markup[i] as string) && markup[i] !== "/") {
    if (markup[i] === ">") return finish(i + 1);
    name += normalise(markup[i] as string);
    i += 1;
  }
  // Attributes: the states "before attribute name" to "after attribute value (quoted)".
  for (;;) {
    while (i < markup.length && (isWhitespace(markup[i] as string) || markup[i] === "/")) {
      selfClosing = markup[i] === "/" && markup[i + 1] === ">";
      i += 1;
    }
    if (i >= markup.length) return unclosed;
    if (markup[i] === ">") return finish(i + 1);
    selfClosing = false;
    // An attribute name runs to whitespace, `/`, `>` or `=`; a leading `=` is part of it.
    let attrName = normalise(markup[i] as string);
    i += 1;
    while (i < markup.length && !/[\t\n\f\r />=]/.test(markup[i] as string)) {
      attrName += normalise(markup[i] as string);
      i += 1;
    }
    while (i < markup.length && isWhitespace(markup[i] as string)) i += 1;
    if (markup[i] !== "=") {
      attributes.push({ name: attrName, value: "" });
      continue;
    }
    i += 1;
    while (i < markup.length && isWhitespace(markup[i] as string)) i += 1;
    const quote = markup[i];
    let value: string;
    if (quote === '"' || quote === "'") {
      const close = markup.indexOf(quote, i + 1);
      if (close === -1) return unclosed;
      value = markup.slice(i + 1, close);
      i = close + 1;
    } else {
      const valueStart = i;
      while (i < markup.length && !/[\t\n\f\r >]/.test(markup[i] as string)) i += 1;
      value = markup.slice(valueStart, i);
    }
    attributes.push({ name: attrName, value: value.replaceAll("\0", "\ufffd") });
  }
}
