import { describe, expect, it } from "vitest";
import { escapeHtml, html, isHtml, joinHtml, link, toHtmlString } from "./html.js";

describe("escapeHtml", () => {
  it("escapes the five characters that matter in text and attributes", () => {
    expect(escapeHtml(`<a href="x" title='y'>Tom & Jerry</a>`)).toBe(
      "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;Tom &amp; Jerry&lt;/a&gt;",
    );
  });

  it("leaves ordinary text alone", () => {
    expect(escapeHtml("Fix the flux capacitor — 100% ✨")).toBe("Fix the flux capacitor — 100% ✨");
  });
});

describe("html", () => {
  it("keeps the literal markup and escapes every value", () => {
    const title = "<script>alert(1)</script>";
    expect(html`<b>${title}</b>`.value).toBe("<b>&lt;script&gt;alert(1)&lt;/script&gt;</b>");
  });

  it("nests markup without escaping it twice, and joins arrays", () => {
    const items = ["a&b", "c"].map((item) => html`<li>${item}</li>`);
    expect(html`<ul>${items}</ul>`.value).toBe("<ul><li>a&amp;b</li><li>c</li></ul>");
  });

  it("drops null, undefined and false so conditionals read naturally", () => {
    const draft = false;
    expect(html`<p>${draft && "draft"}${null}${undefined}${0}</p>`.value).toBe("<p>0</p>");
  });

  it("serialises to its markup in JSON and string contexts", () => {
    const markup = html`<em>${"x"}</em>`;
    expect(JSON.stringify({ body: markup })).toBe('{"body":"<em>x</em>"}');
    expect(`${markup}`).toBe("<em>x</em>");
  });

  it("is recognised across copies of the package but a look-alike object is not", () => {
    expect(isHtml(html`<b>x</b>`)).toBe(true);
    expect(isHtml({ value: "<b>x</b>" })).toBe(false);
    expect(isHtml("<b>x</b>")).toBe(false);
    expect(toHtmlString({ value: "<b>x</b>" } as never)).not.toContain("<b>");
  });
});

describe("link", () => {
  it("makes a link with the text escaped and the URL quoted", () => {
    expect(link("a <b>", 'https://example.com/?q="x"&y=1').value).toBe(
      '<a href="https://example.com/?q=&quot;x&quot;&amp;y=1">a &lt;b&gt;</a>',
    );
  });

  it.each([
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    " javascript:alert(1)",
    "java\tscript:alert(1)",
    "vbscript:msgbox(1)",
    "data:text/html,<script>alert(1)</script>",
  ])("gives only the text for %j", (url) => {
    expect(link("click", url).value).toBe("click");
  });

  it("allows http, https, mailto and relative links", () => {
    for (const url of [
      "http://a.test/",
      "https://a.test/",
      "mailto:a@b.test",
      "/org/repo",
      "#top",
    ]) {
      expect(link("x", url).value).toContain("href=");
    }
  });
});

describe("joinHtml", () => {
  it("joins markup and escaped text with a separator", () => {
    expect(joinHtml([link("a", "https://a.test"), "b&c"], ", ").value).toBe(
      '<a href="https://a.test">a</a>, b&amp;c',
    );
  });
});
