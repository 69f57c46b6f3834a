/**
 * Most issue and comment bodies are plain prose ("LGTM", "It looks like you accidently spelled
 * 'commit' with two 't's."). Importing micromark and its GFM extensions and warming them on a first
 * render costs the GitHub action about 11 ms of cold start, more than the rest of its work, so
 * {@link renderPlainText} renders text that provably uses no Markdown syntax itself and micromark
 * is loaded and warmed only for bodies that need it.
 *
 * The test is deliberately conservative: anything not proved plain goes to micromark, which gives
 * the same result, only slower. markdown-plain.test.ts checks this against micromark.
 */

// Letters, digits, combining marks, emoji, space, line feed and punctuation that opens no Markdown
// construct on its own. Left out, among others: `\ & < > * _ ~ \` [ ] | # = + @ ^ $ { }` (escapes,
// entities, HTML, emphasis, code, links, tables, headings, lists, email autolinks), tabs and
// carriage returns (indentation, line endings), control and format characters (micromark turns
// U+0000 into U+FFFD and drops a leading U+FEFF) and every other kind of whitespace.
// Building the Unicode property classes costs about a millisecond, so text that is all ASCII, as
// most bodies are, is checked against the set's ASCII part alone and the full set is built for the
// first text that is not.
const ASCII_SAFE_SET = /^[A-Za-z0-9 \n.,;:?!'"()/%-]*$/;
let outsideSafeSet: RegExp | undefined;

function hasCharacterOutsideSafeSet(text: string): boolean {
  if (ASCII_SAFE_SET.test(text)) return false;
  outsideSafeSet ??= /[^\p{L}\p{N}\p{M}\p{Extended_Pictographic} \n.,;:?!'"()/%-]/u;
  return outsideSafeSet.test(text);
}

// A line starting with a space may be indented code or a continuation that micromark trims; one
// starting with `-` a list item, a setext heading underline or a thematic break; with `:` a table
// delimiter row (micromark reads "a\n:-" as a one-column table, no `|` needed); with digits and
// `.` or `)` an ordered list item.
const BLOCK_START = /^(?: |-|:|\d+[.)])/m;

// Spaces before a line break are dropped by micromark, two or more make a hard break (`<br />`).
const SPACE_AT_LINE_END = / $/m;

// GFM autolink literals: `www.example.com`, `http://…`, `https://…` (any case).
const AUTOLINK_LITERAL = /www\.|:\/\//i;

/**
 * Exactly what micromark with the GFM extensions renders for `markdown` when it is plain
 * paragraphs of text, else `undefined`.
 */
export function renderPlainText(markdown: string): string | undefined {
  if (
    hasCharacterOutsideSafeSet(markdown) ||
    BLOCK_START.test(markdown) ||
    SPACE_AT_LINE_END.test(markdown) ||
    AUTOLINK_LITERAL.test(markdown)
  ) {
    return undefined;
  }
  // No line starts or ends with a space, so trim() removes only leading and trailing line feeds,
  // which micromark skips. One or more blank lines separate paragraphs; micromark joins them with
  // one line feed and ends with one if the source ends with a line break. `"` is its only
  // character here that needs escaping.
  const text = markdown.trim();
  if (text === "") return "";
  const html = text
    .split(/\n{2,}/)
    .map((paragraph) => `<p>${paragraph.replaceAll('"', "&quot;")}</p>`)
    .join("\n");
  return markdown.endsWith("\n") ? `${html}\n` : html;
}
