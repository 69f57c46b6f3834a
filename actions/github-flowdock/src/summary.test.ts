import { buildActivity, buildDiscussion, html } from "@flowdock-kit/core";
import { describe, expect, it } from "vitest";
import { renderSkipped, renderSummary } from "./summary.js";

const message = buildActivity({
  title: "merged pull request",
  author: { name: "<b>mallory</b>" },
  externalThreadId: "github:o/r:pull:7",
  thread: {
    title: 'Fix <script>alert("x")</script> & more',
    status: { color: "purple", value: "merged" },
  },
});

describe("renderSummary", () => {
  it("links the thread title and shows the status with its colour", () => {
    const summary = renderSummary({
      threadId: "github:o/r:pull:7",
      threadTitle: 'Fix <script>alert("x")</script> & more',
      threadUrl: "https://github.com/o/r/pull/7?a=1&b=2",
      status: { value: "merged", color: "purple" },
      messages: [message],
      outcome: "sent",
      attempts: 1,
    });
    expect(summary).toContain(
      '<a href="https://github.com/o/r/pull/7?a=1&amp;b=2">Fix &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; more</a>',
    );
    expect(summary).toContain("🟣 merged (purple)");
    expect(summary).toContain(
      "<td>activity</td><td>&lt;b&gt;mallory&lt;/b&gt;</td><td>merged pull request</td>",
    );
    expect(summary).toContain("<code>github:o/r:pull:7</code>: posted in 1 attempt.");
    expect(summary).not.toMatch(/<script|<b>mallory/);
  });

  it("keeps one link in the heading when the thread title holds links", () => {
    const linked = buildDiscussion({
      body: "looks good",
      author: { name: "octocat" },
      externalThreadId: "github:o/r:issue:1",
      thread: { title: html`See <a href="https://example.com/x">x</a>` },
    });
    const summary = renderSummary({
      threadId: "github:o/r:issue:1",
      threadTitle: "See x",
      threadUrl: "https://github.com/o/r/issues/1",
      messages: [linked],
      outcome: "dry-run",
      attempts: 0,
    });
    expect(summary).toContain(
      '<h3>Flowdock: <a href="https://github.com/o/r/issues/1">See x</a></h3>',
    );
    expect(summary).toContain("dry run, nothing was sent");
    expect(summary).not.toContain("Status:");
  });

  it("says why a message was not delivered, escaped", () => {
    const summary = renderSummary({
      threadId: "github:o/r:pull:7",
      threadTitle: "t",
      messages: [message],
      outcome: "failed",
      attempts: 3,
      error: "HTTP 400: <thread> can't be blank",
    });
    expect(summary).toContain(
      "<b>not delivered</b> after 3 attempts: HTTP 400: &lt;thread&gt; can&#39;t be blank",
    );
  });
});

it("renderSkipped escapes the reason", () => {
  expect(renderSkipped('The "<x>" event is not supported')).toContain(
    "Nothing posted: The &quot;&lt;x&gt;&quot; event is not supported",
  );
});
