import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { auditHtml, visibleText } from "../test/html-audit.js";
import { buildActivity, buildDiscussion } from "./builders.js";
import { STATUS_COLORS } from "./colors.js";
import { link } from "./html.js";
import { BODY_TAGS, findUnsafeHtml } from "./html-inspect.js";
import { markdownToHtml } from "./markdown.js";
import { parseMessage, safeParseMessage } from "./parse.js";

// Strings that lean towards HTML and Markdown syntax, so the shrinker finds real breakage.
const htmlish = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 80 }),
  fc
    .array(
      fc.constantFrom(
        "<",
        ">",
        "&",
        '"',
        "'",
        "/",
        "=",
        "script",
        "a href",
        "img",
        "on",
        "javascript:",
        "[x](",
        ")",
        "*",
        "`",
        "\n",
        " ",
        "#",
        "&#106;",
        "<!--",
        "svg",
      ),
      { maxLength: 30 },
    )
    .map((parts) => parts.join("")),
);
const nonBlank = htmlish.filter((text) => text.trim().length > 0);
const url = fc.oneof(fc.webUrl(), htmlish);

describe("builders, for any input", () => {
  it("give a message that parses, with only <a> in titles and fields and nothing active in bodies", () => {
    fc.assert(
      fc.property(
        fc.record({
          title: nonBlank,
          body: htmlish,
          markdown: htmlish,
          name: nonBlank,
          threadTitle: nonBlank,
          label: nonBlank,
          value: htmlish,
          linkText: htmlish,
          linkUrl: url,
          status: nonBlank,
          color: fc.constantFrom(...STATUS_COLORS),
        }),
        (input) => {
          const message = buildActivity({
            title: input.title,
            body: input.body,
            author: { name: input.name },
            externalThreadId: "prop",
            thread: {
              title: input.threadTitle,
              body: markdownToHtml(input.markdown),
              status: { color: input.color, value: input.status },
              fields: [
                { label: input.label, value: input.value },
                { label: "Link", value: link(input.linkText, input.linkUrl) },
              ],
            },
          });
          expect(parseMessage(JSON.parse(JSON.stringify(message)))).toEqual(message);
          const thread = message.thread;
          for (const inline of [
            message.title,
            thread?.title,
            message.author.name,
            thread?.status?.value,
            ...(thread?.fields ?? []).flatMap((f) => [f.label, f.value]),
          ]) {
            expect(auditHtml(inline ?? "", ["a"])).toEqual([]);
          }
          expect(auditHtml(message.body ?? "")).toEqual([]);
          expect(auditHtml(thread?.body ?? "")).toEqual([]);
          expect(visibleText(thread?.fields?.[0]?.value ?? "")).toBe(input.value);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("give a discussion whose body shows exactly the text it was given", () => {
    fc.assert(
      fc.property(nonBlank, (body) => {
        const message = buildDiscussion({ body, author: { name: "a" }, threadId: "t" });
        expect(visibleText(message.body)).toBe(body);
      }),
    );
  });
});

// Fragments of tag syntax where regex-based checkers and browsers tend to disagree.
const tagSoup = fc
  .array(
    fc.constantFrom(
      "<a",
      "<a ",
      "</a",
      "<script>",
      "<img src=x onerror=alert(1)>",
      "<b>",
      ">",
      "'",
      '"',
      "=",
      " ",
      "/",
      "\t",
      "\0",
      ":",
      "href",
      "title",
      "onclick",
      "javascript:alert(1)",
      "https://ok.example/",
      "&#x6a;",
      "&colon;",
      "&Tab;",
      "<!--",
      "-->",
      "x",
    ),
    { maxLength: 25 },
  )
  .map((parts) => parts.join(""));

describe("the HTML checker, for any markup", () => {
  it("accepts nothing a browser (parse5) would find unsafe, in titles or bodies", () => {
    fc.assert(
      fc.property(tagSoup, (markup) => {
        const title = safeParseMessage({
          event: "activity",
          author: { name: "a" },
          thread_id: "t",
          title: markup,
        });
        if (title.success) expect(auditHtml(markup, ["a"])).toEqual([]);
        if (findUnsafeHtml(markup, BODY_TAGS).length === 0) expect(auditHtml(markup)).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });
});
