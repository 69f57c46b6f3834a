import { createRequire } from "node:module";
import fc from "fast-check";
import { micromark } from "micromark";
import { gfm, gfmHtml } from "micromark-extension-gfm";
import { describe, expect, it, vi } from "vitest";
import { markdownToHtml } from "./markdown.js";
import { renderPlainText } from "./markdown-plain.js";

// Spies that still render, to see when markdownToHtml reaches micromark.
vi.mock("micromark", async (importOriginal) => {
  const actual = await importOriginal<typeof import("micromark")>();
  return { ...actual, micromark: vi.fn(actual.micromark) };
});
vi.mock("micromark-extension-gfm", async (importOriginal) => {
  const actual = await importOriginal<typeof import("micromark-extension-gfm")>();
  return { ...actual, gfm: vi.fn(actual.gfm), gfmHtml: vi.fn(actual.gfmHtml) };
});

// The reference: micromark itself, unspied, with the options markdownToHtml gives it.
const actual = await vi.importActual<typeof import("micromark")>("micromark");
const actualGfm =
  await vi.importActual<typeof import("micromark-extension-gfm")>("micromark-extension-gfm");
const options = { extensions: [actualGfm.gfm()], htmlExtensions: [actualGfm.gfmHtml()] };
const render = (markdown: string) => actual.micromark(markdown, options);

const issueOpened = (
  createRequire(import.meta.url)("@octokit/webhooks-examples") as {
    name: string;
    examples: { action?: string; issue?: { body: string | null } }[];
  }[]
)
  .find((definition) => definition.name === "issues")
  ?.examples.find((example) => example.action === "opened")?.issue?.body;

const plainBodies = [
  issueOpened ?? "",
  "LGTM",
  "LGTM!\n",
  "Thanks for the fix (and the test). It's \"almost\" right: 50% of runs pass, the rest fail/hang.\n\nCould you rebase? I'll merge it then; no rush.",
  "Déjà vu: naïve façade, Straße, 東京, Ελληνικά 🎉",
  "2 people saw this - twice.\n\n\n\nStill broken in v2.3.",
];

describe("markdownToHtml and micromark", () => {
  // First in this file: nothing above has called micromark or gfm() yet.
  it("builds micromark's options on the first body that needs them and skips micromark for plain text", () => {
    expect(gfm).not.toHaveBeenCalled();
    for (const body of plainBodies) markdownToHtml(body);
    // As written in GitHub's web UI, with CR LF line endings.
    const crlf = markdownToHtml("Thanks!\r\n\r\nLGTM, merging.\r\nBye");
    expect(crlf.value).toBe("<p>Thanks!</p>\n<p>LGTM, merging.\nBye</p>");
    expect(gfm).not.toHaveBeenCalled();
    expect(gfmHtml).not.toHaveBeenCalled();
    expect(micromark).not.toHaveBeenCalled();

    expect(markdownToHtml("**bold**").value).toBe("<p><strong>bold</strong></p>");
    expect(markdownToHtml("- a").value).toBe("<ul>\n<li>a</li>\n</ul>");
    expect(gfm).toHaveBeenCalledTimes(1);
    expect(gfmHtml).toHaveBeenCalledTimes(1);
    expect(micromark).toHaveBeenCalledTimes(2);
  });
});

describe("renderPlainText", () => {
  it.each(plainBodies)("renders %j exactly as micromark does", (body) => {
    expect(body).not.toBe("");
    const out = renderPlainText(body);
    expect(out).toBeDefined();
    expect(out).toBe(render(body));
  });

  it.each([
    ["a bullet list", "- a\n- b"],
    ["an ordered list", "1. a"],
    ["an ordered list with )", "3) a"],
    ["an ATX heading", "# a"],
    ["a setext heading", "a\n==="],
    ["a setext heading with -", "a\n-"],
    ["a thematic break", "a\n\n---"],
    ["a link", "[a](https://example.com)"],
    ["a www autolink literal", "see www.example.com"],
    ["an http autolink literal", "see HTTPS://example.com"],
    ["an email autolink literal", "mail a@example.com"],
    ["emphasis", "*a* and _b_"],
    ["strikethrough", "~~a~~"],
    ["code", "`a`"],
    ["a hard break", "a  \nb"],
    ["a trailing space", "a \nb"],
    ["indented code", "    a"],
    ["an indented continuation line", "a\n b"],
    ["a table", "a | b\n--|--"],
    ["a table without pipes", "a\n:-"],
    ["an entity", "&copy;"],
    ["an escape", "\\(a"],
    ["raw HTML", "<b>a</b>"],
    ["a blockquote", "> a"],
    ["tab-indented code", "\ta"],
    ["a blank line of carriage returns", "a\r\rb"],
    ["a NUL", "a\u0000b"],
    ["a byte order mark", "\uFEFFa"],
  ])("declines %s, which micromark renders as more than a paragraph of text", (_, markdown) => {
    expect(renderPlainText(markdown)).toBeUndefined();
    expect(render(markdown)).not.toBe(`<p>${markdown}</p>`);
  });

  // 2,000 runs keep the suite quick on a loaded machine. For a long run, from packages/core (turbo
  // passes no such variable through): PLAIN_TEXT_RUNS=1000000 npx vitest run src/markdown-plain
  const runs = Number(process.env.PLAIN_TEXT_RUNS ?? 2_000);

  it("gives exactly micromark's output whenever it gives any", () => {
    const safe = [
      ..."aZéßİ字ا19٣½",
      "e\u0301",
      "🎉",
      "©",
      " ",
      "  ",
      "\n",
      "\n\n",
      ...".,;:?!'\"()/%-",
      "ww",
      "w.",
      "http",
      ":/",
    ];
    const unsafe = [
      ..."&<>\\*_`~[]|#=@+^$\t\r\f\v\u00a0\u2028\u200d\ufeff\u0000",
      "{",
      "}",
      "www.",
      "WwW.",
      "http://",
      "https://",
      "a@b.co",
      "mailto:",
      "1.",
      "1)",
      "12.",
      "- ",
      "---",
      "===",
      ":-",
      "&amp;",
      "&#42;",
      "    ",
      "> ",
      "# ",
      "👍🏽",
      "❤️",
      "👨‍👩‍👧",
      "\ud83d",
      "\ude00",
    ];
    const text = (pieces: string[]) =>
      fc
        .array(fc.constantFrom(...pieces), { maxLength: 40, size: "medium" })
        .map((parts) => parts.join(""));
    let plain = 0;
    fc.assert(
      fc.property(
        fc.oneof(text(safe), text([...safe, ...unsafe]), fc.string({ unit: "grapheme" })),
        (markdown) => {
          const out = renderPlainText(markdown);
          if (out === undefined) return;
          plain++;
          expect(out).toBe(render(markdown));
        },
      ),
      { numRuns: runs },
    );
    // Not vacuous: a good share of the inputs took the fast path (about a third do).
    expect(plain).toBeGreaterThan(runs / 10);
  });
});
