import { describe, expect, it } from "vitest";
import { auditHtml, visibleText } from "../test/html-audit.js";
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
