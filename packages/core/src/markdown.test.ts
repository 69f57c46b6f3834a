import { describe, expect, it } from "vitest";
import { auditHtml, visibleText } from "../test/html-audit.js";
import { buildDiscussion } from "./builders.js";
import { BODY_TAGS, findUnsafeHtml } from "./html-inspect.js";
import { MARKDOWN_RENDER_LIMIT, markdownToHtml } from "./markdown.js";
import { BLOCK_MARKER } from "./truncate.js";

const author = { name: "a" };

const md = (text: string, options?: Parameters<typeof markdownToHtml>[1]) =>
  markdownToHtml(text, options).value;

describe("markdownToHtml", () => {
  it("renders GitHub-flavoured Markdown", () => {
    const out = md(
      [
        "## Steps",
        "- [x] reproduce",
        "- [ ] fix",
        "",
        "| a | b |",
        "|---|---|",
        "| 1 | ~~2~~ |",
        "",
        "See https://example.com and **bold**.",
        "",
        "```ts",
        "const a = 1 < 2;",
        "```",
      ].join("\n"),
    );
    expect(out).toContain("<h2>Steps</h2>");
    expect(out).toContain("<li>☑ reproduce</li>");
    expect(out).toContain("<li>☐ fix</li>");
    expect(out).toContain("<table>");
    expect(out).toContain("<del>2</del>");
    expect(out).toContain('<a href="https://example.com">https://example.com</a>');
    expect(out).toContain('<pre><code class="language-ts">const a = 1 &lt; 2;');
    expect(auditHtml(out)).toEqual([]);
  });

  it("shows raw HTML as text instead of running it", () => {
    const out = md("Hello <img src=x onerror=alert(1)> <b>bold</b>");
    expect(auditHtml(out)).toEqual([]);
    expect(visibleText(out)).toBe("Hello <img src=x onerror=alert(1)> <b>bold</b>");
  });

  it("drops dangerous links and images but keeps their text", () => {
    const out = md(
      "[click](javascript:alert(1)) ![pic](data:image/png;base64,AAAA) [ok](https://example.com)",
    );
    expect(out).toBe('<p>click  <a href="https://example.com">ok</a></p>');
  });

  it("drops irc:, ircs: and xmpp: links, which micromark keeps but the inbox does not allow", () => {
    const out = md("[chat](irc://irc.example/room) <xmpp:a@b.example> ![i](ircs://x/y.png)");
    expect(out).toBe("<p>chat xmpp:a@b.example </p>");
    expect(() =>
      buildDiscussion({
        body: markdownToHtml("[chat](irc://irc.example/room)"),
        author,
        threadId: "t",
      }),
    ).not.toThrow();
  });

  it("never resolves a relative link into a script URL, whatever baseUrl is", () => {
    const out = md("[x](/%0Aalert(1))", { baseUrl: "javascript://x/" });
    expect(out).toBe('<p><a href="/%0Aalert(1)">x</a></p>');
    expect(auditHtml(out)).toEqual([]);
  });

  it("keeps within a maxLength shorter than its marker, and takes NaN or a negative one as 0", () => {
    expect(md("hello", { maxLength: Number.NaN })).toBe("");
    expect(md("hello\n".repeat(100_000), { maxLength: -5 })).toBe("");
    for (const maxLength of [0, 1, 5]) {
      expect(md("hello world ".repeat(20), { maxLength }).length).toBeLessThanOrEqual(maxLength);
    }
  });

  it("resolves relative links against baseUrl", () => {
    expect(
      md("[file](/octo/repo/blob/main/a.md) ![i](./x.png)", {
        baseUrl: "https://ghe.example.com/octo/repo/",
      }),
    ).toBe(
      '<p><a href="https://ghe.example.com/octo/repo/blob/main/a.md">file</a> <img src="https://ghe.example.com/octo/repo/x.png" alt="i" /></p>',
    );
  });

  it("truncates long bodies with a visible marker", () => {
    const out = md("lorem ipsum ".repeat(5000), { maxLength: 2000 });
    expect(out.length).toBeLessThanOrEqual(2000);
    expect(out.endsWith("<p><em>… (truncated)</em></p>")).toBe(true);
    expect(auditHtml(out)).toEqual([]);
  });

  it("marks a huge document as cut even when what is left renders short", () => {
    const huge = `[ref]: https://example.com\n${"[ref]: https://example.com\n".repeat(100_000)}tail`;
    const out = md(huge, { maxLength: 1000 });
    expect(out).toBe("<p><em>… (truncated)</em></p>");
    const long = md(`${"word ".repeat(2000)}\n`.repeat(200), { maxLength: 5000 });
    expect(long.length).toBeLessThanOrEqual(5000);
    expect(long.endsWith("<p><em>… (truncated)</em></p>")).toBe(true);
  });

  it("renders lists and quotes nested 32 deep, and shows deeper markers on the line as text", () => {
    for (const marker of ["* ", "- ", "1. ", "> ", "> * "]) {
      const out = md(`${marker.repeat(2_000)}x`);
      expect(auditHtml(out)).toEqual([]);
      const depth = (out.match(/<(ul|ol|blockquote)>/g) ?? []).length;
      expect(depth).toBeGreaterThanOrEqual(32);
      expect(depth).toBeLessThanOrEqual(33);
      expect(visibleText(out)).toContain(`${marker.trim()} ${marker.trim()} `);
    }
    expect(visibleText(md(`${"* ".repeat(32)}x`)).trim()).toBe("x");
    expect(visibleText(md(`${"* ".repeat(33)}x`)).trim()).toBe("* x");
  });

  it("renders an empty document as empty", () => {
    expect(md("")).toBe("");
  });
});

describe("markdownToHtml on a body of megabytes", () => {
  const unit =
    "Some **bold** <script>alert(1)</script> [x](javascript:alert(1)) <img src=x onerror=alert(1)>\r\n\r\n";
  const units = Math.ceil(3_000_000 / unit.length);
  const huge = unit.repeat(units);
  const count = (text: string, part: string) => text.split(part).length - 1;

  it("renders the first MARKDOWN_RENDER_LIMIT characters as Markdown and the rest as escaped text", () => {
    const out = md(huge, { maxLength: 10_000_000 });
    expect(auditHtml(out)).toEqual([]);
    expect(findUnsafeHtml(out, BODY_TAGS)).toEqual([]);
    expect(out).not.toMatch(/<script|<img|href="javascript/i);
    const rendered = count(
      out,
      "<p>Some <strong>bold</strong> &lt;script&gt;alert(1)&lt;/script&gt; x ",
    );
    expect(rendered).toBeGreaterThanOrEqual(Math.floor(MARKDOWN_RENDER_LIMIT / unit.length));
    expect(rendered).toBeLessThanOrEqual(Math.ceil(MARKDOWN_RENDER_LIMIT / unit.length));
    // Every line is whole on one side of the cut, and nothing is lost.
    const asText = count(
      out,
      "Some **bold** &lt;script&gt;alert(1)&lt;/script&gt; [x](javascript:alert(1)) &lt;img src=x onerror=alert(1)&gt;",
    );
    expect(rendered + asText).toBe(units);
    expect(out).toContain("&gt;<br />\n<br />\nSome **bold**");
    expect(out.endsWith("&gt;</p>")).toBe(true);
  });

  it("keeps to maxLength, filling it, and marks the cut", () => {
    const out = md(huge, { maxLength: 50_000 });
    expect(out.length).toBeLessThanOrEqual(50_000);
    expect(out.length).toBeGreaterThan(49_000);
    expect(out.endsWith(`</p>${BLOCK_MARKER}`)).toBe(true);
    expect(auditHtml(out)).toEqual([]);
    expect(md(huge).length).toBeLessThanOrEqual(20_000);
  });

  it("cuts a body without line breaks outside a surrogate pair", () => {
    const out = md(`${"a".repeat(MARKDOWN_RENDER_LIMIT - 1)}😀 *not emphasis*`);
    expect(out).toBe(`<p>${"a".repeat(MARKDOWN_RENDER_LIMIT - 1)}</p>\n<p>😀 *not emphasis*</p>`);
  });
});
