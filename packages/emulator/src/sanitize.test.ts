import { describe, expect, it } from "vitest";
import { sanitizeBody, sanitizeInline, sanitizeText } from "./sanitize.js";

describe("sanitizeBody", () => {
  it("keeps the team-inbox tags and safe links", () => {
    expect(
      sanitizeBody(
        '<p>See <a href="https://x.test/a">this</a> <code>x</code></p><ul><li>1</li></ul>',
      ),
    ).toBe(
      '<p>See <a href="https://x.test/a" rel="noopener noreferrer nofollow" target="_blank">this</a> <code>x</code></p><ul><li>1</li></ul>',
    );
  });

  it.each([
    ["<script>window.__pwned=1</script>ok", "ok"],
    ['<img src="x" onerror="window.__pwned=1">', '<img src="x" />'],
    [
      '<a href="javascript:alert(1)">x</a>',
      '<a rel="noopener noreferrer nofollow" target="_blank">x</a>',
    ],
    [
      '<a href="JaVa&#x09;script:alert(1)">x</a>',
      '<a rel="noopener noreferrer nofollow" target="_blank">x</a>',
    ],
    ["<svg><script>alert(1)</script><circle onload=alert(1)></circle></svg>", ""],
    ['<iframe src="https://evil.test"></iframe><style>body{display:none}</style>x', "x"],
    ['<p style="position:fixed" class="c" onclick="x()">p</p>', "<p>p</p>"],
    ['<img src="data:image/svg+xml;base64,PHN2Zz4=">', "<img />"],
  ])("removes what could run or restyle the page: %s", (input, output) => {
    expect(sanitizeBody(input)).toBe(output);
  });

  it("closes an unclosed tag instead of letting it swallow the page", () => {
    expect(sanitizeBody('<img src=x onerror="window.__pwned=1"')).not.toContain("onerror");
  });
});

describe("sanitizeInline", () => {
  it("keeps only <a> with a safe href", () => {
    expect(
      sanitizeInline('<b>Fix</b> <a href="https://x.test">#1</a><img src=x onerror=alert(1)>'),
    ).toBe(
      'Fix <a href="https://x.test" rel="noopener noreferrer nofollow" target="_blank">#1</a>',
    );
  });
});

describe("sanitizeText", () => {
  it("shows escaped text as text and drops tags", () => {
    expect(sanitizeText("O&#39;Brien &amp; co")).toBe("O'Brien &amp; co");
    expect(sanitizeText('<img src=x onerror="alert(1)">Eve')).toBe("Eve");
  });
});
