import { describe, expect, it } from "vitest";
import { auditHtml, visibleText } from "../test/html-audit.js";
import { XSS_VECTORS } from "../test/xss-vectors.js";
import { buildActivity, buildDiscussion } from "./builders.js";
import { html, link } from "./html.js";
import { BODY_TAGS, findUnsafeHtml, INLINE_TAGS } from "./html-inspect.js";
import { markdownToHtml } from "./markdown.js";
import { safeParseMessage } from "./parse.js";

const INLINE = ["a"];

describe.each(XSS_VECTORS)("hostile input %j", (vector) => {
  it("is inert after markdownToHtml", () => {
    expect(auditHtml(markdownToHtml(vector).value)).toEqual([]);
  });

  it("is inert, and shown as the same text, in every field of a built message", () => {
    const message = buildActivity({
      title: vector,
      body: vector,
      author: { name: vector },
      externalThreadId: "xss",
      thread: {
        title: vector,
        body: markdownToHtml(vector),
        status: { color: "red", value: vector },
        fields: [{ label: vector, value: vector }],
      },
    });
    const thread = message.thread;
    for (const text of [
      message.title,
      message.author.name,
      thread?.title,
      thread?.status?.value,
      thread?.fields?.[0]?.label,
      thread?.fields?.[0]?.value,
    ]) {
      expect(auditHtml(text ?? "", INLINE)).toEqual([]);
      expect(visibleText(text ?? "")).toBe(vector);
    }
    expect(auditHtml(message.body ?? "")).toEqual([]);
    expect(auditHtml(thread?.body ?? "")).toEqual([]);
  });

  it("is refused as a wire title and as an Html body whenever a browser would find it unsafe", () => {
    const wire = { event: "activity", author: { name: "a" }, thread_id: "t", title: vector };
    if (auditHtml(vector, INLINE).length > 0) {
      expect(findUnsafeHtml(vector, INLINE_TAGS)).not.toEqual([]);
      expect(safeParseMessage(wire).success).toBe(false);
    }
    if (auditHtml(vector).length > 0) expect(findUnsafeHtml(vector, BODY_TAGS)).not.toEqual([]);
  });

  it("never becomes a dangerous link through link() or html``", () => {
    expect(auditHtml(link(vector, vector).value, INLINE)).toEqual([]);
    expect(auditHtml(html`<p>${vector}</p>`.value)).toEqual([]);
    const discussion = buildDiscussion({
      body: html`<blockquote>${vector}</blockquote>`,
      author: { name: "x" },
      threadId: "t",
    });
    expect(auditHtml(discussion.body)).toEqual([]);
  });
});

it("the corpus holds at least 30 vectors", () => {
  expect(XSS_VECTORS.length).toBeGreaterThanOrEqual(30);
});

it("the audit itself flags the raw vectors, so the checks above can fail", () => {
  const flagged = XSS_VECTORS.filter((vector) => auditHtml(vector).length > 0);
  expect(flagged.length).toBeGreaterThanOrEqual(30);
  expect(auditHtml('<a href="https://ok.example">ok</a>')).toEqual([]);
});
