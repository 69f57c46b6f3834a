import { describe, expect, it } from "vitest";
import { auditHtml } from "../test/html-audit.js";
import { buildActivity, buildDiscussion, updateAction, viewAction } from "./builders.js";
import { FlowdockValidationError } from "./errors.js";
import { html, link } from "./html.js";
import { markdownToHtml } from "./markdown.js";

const author = { name: "Marty", avatar: "https://avatars.githubusercontent.com/u/3017123?v=3" };

describe("buildActivity", () => {
  it("builds the guide's example from camelCase input, without a flow_token", () => {
    const message = buildActivity({
      title: "updated ticket",
      author,
      externalThreadId: "1234567",
      thread: {
        title: "Polish the flux capacitor",
        fields: [{ label: "Dustiness", value: "5 - severe" }],
        body: "The flux capacitor has been in storage for more than 30 years.",
        externalUrl: "https://example.com/projects/bttf/tickets/1234567",
        status: { color: "green", value: "open" },
        actions: [viewAction("Open", "https://example.com/projects/bttf/tickets/1234567")],
      },
      tags: ["bttf", " flux "],
    });
    expect(message).toEqual({
      event: "activity",
      title: "updated ticket",
      author,
      external_thread_id: "1234567",
      thread: {
        title: "Polish the flux capacitor",
        body: "The flux capacitor has been in storage for more than 30 years.",
        external_url: "https://example.com/projects/bttf/tickets/1234567",
        status: { color: "green", value: "open" },
        fields: [{ label: "Dustiness", value: "5 - severe" }],
        actions: [
          {
            "@type": "ViewAction",
            name: "Open",
            url: "https://example.com/projects/bttf/tickets/1234567",
          },
        ],
      },
      tags: ["bttf", "flux"],
    });
    expect("flow_token" in message).toBe(false);
  });

  it("escapes plain strings and keeps markup made by link(), html`` and markdownToHtml()", () => {
    const message = buildActivity({
      title: html`closed ${link("#42 <x>", "https://example.com/42")}`,
      author: { name: "<b>Ann</b>" },
      externalThreadId: "42",
      thread: {
        title: "<i>not italic</i>",
        body: markdownToHtml("**really bold**"),
        fields: [
          { label: "A & B", value: link("PR", "https://example.com/pr") },
          { label: "Plain", value: "<a href='https://x.test'>not a link</a>" },
        ],
      },
    });
    expect(message.title).toBe('closed <a href="https://example.com/42">#42 &lt;x&gt;</a>');
    expect(message.author.name).toBe("&lt;b&gt;Ann&lt;/b&gt;");
    expect(message.thread?.title).toBe("&lt;i&gt;not italic&lt;/i&gt;");
    expect(message.thread?.body).toBe("<p><strong>really bold</strong></p>");
    expect(message.thread?.fields).toEqual([
      { label: "A &amp; B", value: '<a href="https://example.com/pr">PR</a>' },
      { label: "Plain", value: "&lt;a href=&#39;https://x.test&#39;&gt;not a link&lt;/a&gt;" },
    ]);
  });

  it("truncates titles, field values and bodies with a visible marker instead of failing", () => {
    const message = buildActivity({
      title: "t".repeat(1000),
      body: "b".repeat(30_000),
      author,
      externalThreadId: "long",
      thread: { title: "x".repeat(1000), fields: [{ label: "Long", value: "v".repeat(5000) }] },
    });
    expect(message.title).toHaveLength(300);
    expect(message.title.endsWith("…")).toBe(true);
    expect(message.thread?.title).toHaveLength(300);
    expect(message.thread?.fields?.[0]?.value).toHaveLength(1000);
    expect(message.body?.length).toBeLessThanOrEqual(20_000);
    expect(message.body).toContain("(truncated)");
  });

  it("refuses markup with active content even when made with html``", () => {
    const attempt = () =>
      buildActivity({
        title: "x",
        body: html`<script>alert(1)</script>`,
        author,
        externalThreadId: "1",
      });
    expect(attempt).toThrow(FlowdockValidationError);
    expect(attempt).toThrow("body: <script> is not allowed here");
  });

  it("names unsafe markup and schema problems in one error", () => {
    expect(() =>
      buildActivity({
        title: "x",
        body: html`<b onclick="alert(1)">x</b>`,
        author: { name: "a", avatar: "ftp://example.com/a.png" },
        externalThreadId: "1",
      }),
    ).toThrowErrorMatchingInlineSnapshot(`
      [FlowdockValidationError: Invalid Flowdock message:
        - body: the event handler attribute onclick is not allowed
        - author.avatar: must be an absolute http(s) URL]
    `);
  });

  it("refuses markup other than links in a title", () => {
    expect(() =>
      buildActivity({ title: html`<b>bold</b>`, author, externalThreadId: "1" }),
    ).toThrow("title: <b> is not allowed here (allowed: <a>)");
  });

  it("reports invalid input with the wire field path", () => {
    expect(() =>
      buildActivity({
        title: "x",
        author: { name: "" },
        externalThreadId: "1",
        thread: {
          title: "t",
          externalUrl: "not a url",
          status: { color: "gray" as never, value: "open" },
        },
      }),
    ).toThrowErrorMatchingInlineSnapshot(`
      [FlowdockValidationError: Invalid Flowdock message:
        - author.name: can't be blank
        - thread.external_url: must be an absolute http(s) URL
        - thread.status.color: must be one of red, green, yellow, cyan, orange, grey, black, lime, purple, blue (got "gray")]
    `);
  });

  it("keeps an UpdateAction button as Flowdock expects it", () => {
    const message = buildActivity({
      title: "opened ticket",
      author,
      externalThreadId: "1",
      thread: {
        title: "t",
        actions: [updateAction("Close", "https://example.com/tickets/1/close")],
      },
    });
    expect(message.thread?.actions?.[0]).toEqual({
      "@type": "UpdateAction",
      name: "Close",
      target: {
        "@type": "EntryPoint",
        urlTemplate: "https://example.com/tickets/1/close",
        httpMethod: "POST",
      },
    });
  });
});

describe("buildDiscussion", () => {
  it("defaults the title to 'commented' and escapes a plain body", () => {
    const message = buildDiscussion({
      body: "1 < 2 & <b>",
      author,
      externalThreadId: "github:o/r:issue:1",
    });
    expect(message.event).toBe("discussion");
    expect(message.title).toBe("commented");
    expect(message.body).toBe("1 &lt; 2 &amp; &lt;b&gt;");
  });

  it("accepts a Markdown body and stays safe", () => {
    const message = buildDiscussion({
      body: markdownToHtml("LGTM <img src=x onerror=alert(1)>"),
      author,
      threadId: "abc",
    });
    expect(message.body).toBe("<p>LGTM &lt;img src=x onerror=alert(1)&gt;</p>");
    expect(auditHtml(message.body)).toEqual([]);
  });

  it("refuses an empty body", () => {
    expect(() => buildDiscussion({ body: "", author, threadId: "abc" })).toThrow(
      "body: can't be blank for a discussion message",
    );
  });
});

describe("builders on text of megabytes", () => {
  it("cut a plain title and body to their limits, escaped and marked, as for short ones", () => {
    const message = buildDiscussion({
      title: `<b>${"t".repeat(3_000_000)}`,
      body: `a < b & "c"\n${"x".repeat(5_000_000)}`,
      author,
      threadId: "t",
    });
    expect(message.title).toBe(`&lt;b&gt;${"t".repeat(300 - 9 - 1)}…`);
    expect(message.body.startsWith("a &lt; b &amp; &quot;c&quot;\nxxx")).toBe(true);
    expect(message.body.endsWith("x<p><em>… (truncated)</em></p>")).toBe(true);
    expect(message.body.length).toBe(20_000);
  });
});
