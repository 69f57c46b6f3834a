import fc from "fast-check";
import { parseFragment } from "parse5";
import { describe, expect, it } from "vitest";
import { auditHtml, visibleText } from "../test/html-audit.js";
import { escapeHtml, html, link } from "./html.js";
import { BLOCK_MARKER, INLINE_MARKER, truncateHtml } from "./truncate.js";

describe("truncateHtml", () => {
  it("returns short markup unchanged", () => {
    expect(truncateHtml("<b>hi</b>", 10, INLINE_MARKER)).toBe("<b>hi</b>");
  });

  it("cuts text to the limit with a visible marker", () => {
    const out = truncateHtml("a".repeat(500), 300, INLINE_MARKER);
    expect(out).toHaveLength(300);
    expect(out.endsWith("…")).toBe(true);
  });

  it("never cuts inside a tag and closes the tags left open", () => {
    const out = truncateHtml(
      `<a href="https://example.com/${"x".repeat(50)}">${"word ".repeat(100)}</a>`,
      120,
      INLINE_MARKER,
    );
    expect(out.length).toBeLessThanOrEqual(120);
    expect(out).toMatch(/^<a href="https:\/\/example.com\/x+">(word )*word?<\/a>…$/);
  });

  it("never cuts inside an entity", () => {
    for (let max = 5; max < 40; max++) {
      const out = truncateHtml("&amp;&lt;&gt;".repeat(10), max, INLINE_MARKER);
      expect(out).toMatch(/^(&amp;|&lt;|&gt;)*…$/);
    }
  });

  it("never splits a surrogate pair", () => {
    for (let max = 3; max < 12; max++) {
      const out = truncateHtml("😀".repeat(20), max, INLINE_MARKER);
      expect(out.includes("\ufffd")).toBe(false);
      expect([...out.slice(0, -1)].every((char) => char === "😀")).toBe(true);
    }
  });

  it("keeps block bodies well formed and marks the cut", () => {
    const body = `<ul>${"<li><p>item <strong>bold</strong></p></li>".repeat(200)}</ul>`;
    const out = truncateHtml(body, 1000, BLOCK_MARKER);
    expect(out.length).toBeLessThanOrEqual(1000);
    expect(out.endsWith(BLOCK_MARKER)).toBe(true);
    expect(out).toMatch(/<\/ul><p><em>… \(truncated\)<\/em><\/p>$/);
    expect(auditHtml(out)).toEqual([]);
    expect(visibleText(out)).toMatch(/^(item bold)+(item ?b?o?l?d?)?… \(truncated\)$/);
  });
});

describe("truncateHtml, for any markup the builders can make", () => {
  const text = fc.string({ unit: "grapheme", maxLength: 40 }).map(escapeHtml);
  const piece = fc.oneof(
    text,
    fc.tuple(text, fc.webUrl()).map(([label, url]) => link(label, url).value),
    text.map((t) => html`<strong>${t}</strong>`.value),
    fc
      .array(text, { maxLength: 4 })
      .map((items) => html`<ul>${items.map((i) => html`<li>${i}</li>`)}</ul>`.value),
    fc.constantFrom("&amp;", "&#x1F600;", "😀", "&lt;b&gt;", "<br>", "<p>", "</p>"),
  );
  const markup = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(""));

  it("stays within max, keeps a visible prefix, splits nothing and leaves the marker outside every tag", () => {
    fc.assert(
      fc.property(
        markup,
        fc.nat(200),
        fc.constantFrom(INLINE_MARKER, BLOCK_MARKER),
        (input, max, marker) => {
          const out = truncateHtml(input, max, marker);
          expect(out.length).toBeLessThanOrEqual(Math.max(max, 0));
          if (input.length <= max) {
            expect(out).toBe(input);
            return;
          }
          expect(out).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
          const shown = marker.length <= max ? marker : max >= 1 ? INLINE_MARKER : "";
          expect(out.endsWith(shown)).toBe(true);
          const kept = out.slice(0, out.length - shown.length);
          // No entity or tag is cut: what the reader sees of the kept part is a prefix of the original.
          expect(visibleText(input).startsWith(visibleText(kept).trimEnd())).toBe(true);
          // Every tag opened in the kept part is closed before the marker.
          const tail = parseFragment(out).childNodes.at(-1);
          if (shown !== "") expect(tail?.nodeName).toBe(shown === BLOCK_MARKER ? "p" : "#text");
        },
      ),
      { numRuns: 500 },
    );
  });
});
