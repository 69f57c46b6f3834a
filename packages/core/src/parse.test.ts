import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { FlowdockValidationError } from "./errors.js";
import { parseMessage, safeParseMessage } from "./parse.js";
import { AuthorSchema, ThreadSchema } from "./schema.js";

const seed = JSON.parse(
  readFileSync(new URL("../test/fixtures/seed-message.json", import.meta.url), "utf8"),
);

function errorOf(value: unknown): string {
  const result = safeParseMessage(value);
  if (result.success) throw new Error("expected the message to be refused");
  return result.error.message;
}

function withThread(thread: Record<string, unknown>) {
  return { ...seed, thread: { ...seed.thread, ...thread } };
}

describe("parseMessage", () => {
  it("accepts the Flowdock guide's example message as it is", () => {
    const message = parseMessage(seed);
    expect(message.thread?.title).toBe("Polish the flux capacitor");
    expect(message.thread?.status).toEqual({ color: "green", value: "open" });
    expect(message.flow_token).toBe(seed.flow_token);
  });

  it("accepts it without a flow_token, as builders make it", () => {
    const { flow_token: _, ...withoutToken } = seed;
    expect(parseMessage(withoutToken).flow_token).toBeUndefined();
  });

  it("accepts a discussion with a body posted to Flowdock's own thread id", () => {
    const message = {
      event: "discussion",
      title: "commented",
      body: "<p>Looks good</p>",
      author: { name: "Doc" },
      thread_id: "deadbeef",
    };
    expect(parseMessage(message).body).toBe("<p>Looks good</p>");
  });

  it("refuses gray and lists the ten colours", () => {
    expect(
      errorOf(withThread({ status: { color: "gray", value: "open" } })),
    ).toMatchInlineSnapshot(`
      "Invalid Flowdock message:
        - thread.status.color: must be one of red, green, yellow, cyan, orange, grey, black, lime, purple, blue (got "gray")"
    `);
  });

  it("refuses hex colours and white", () => {
    expect(errorOf(withThread({ status: { color: "#ff0000", value: "open" } }))).toContain(
      '(got "#ff0000")',
    );
    expect(errorOf(withThread({ status: { color: "white", value: "open" } }))).toContain(
      "thread.status.color",
    );
  });

  it("names every missing required field at once", () => {
    expect(errorOf({ event: "activity", thread: { title: "" } })).toMatchInlineSnapshot(`
      "Invalid Flowdock message:
        - title: is required
        - author: is required
        - thread.title: can't be blank"
    `);
  });

  it("needs one of external_thread_id or thread_id", () => {
    const { external_thread_id: _, ...noThreadId } = seed;
    expect(errorOf(noThreadId)).toMatchInlineSnapshot(`
      "Invalid Flowdock message:
        - external_thread_id: one of external_thread_id or thread_id is required"
    `);
  });

  it("needs a body for a discussion", () => {
    expect(errorOf({ ...seed, event: "discussion", title: "commented" })).toMatchInlineSnapshot(`
      "Invalid Flowdock message:
        - body: can't be blank for a discussion message"
    `);
  });

  it("refuses an unknown event", () => {
    expect(errorOf({ ...seed, event: "comment" })).toMatchInlineSnapshot(`
      "Invalid Flowdock message:
        - event: must be "activity" or "discussion" (got "comment")"
    `);
  });

  it("refuses URLs that are not http(s)", () => {
    expect(
      errorOf({
        ...withThread({ external_url: "javascript:alert(1)" }),
        author: { name: "Marty", avatar: "ftp://example.com/a.png" },
      }),
    ).toMatchInlineSnapshot(`
      "Invalid Flowdock message:
        - author.avatar: must be an absolute http(s) URL
        - thread.external_url: must be an absolute http(s) URL"
    `);
  });

  it("refuses markup other than <a> in titles and field values", () => {
    expect(
      errorOf({
        ...withThread({
          title: "<b>bold</b>",
          fields: [{ label: "Link", value: '<a href="javascript:alert(1)">x</a>' }],
        }),
        title: '<img src=x onerror="alert(1)">',
      }),
    ).toMatchInlineSnapshot(`
      "Invalid Flowdock message:
        - title: <img> is not allowed here (allowed: <a>)
        - thread.title: <b> is not allowed here (allowed: <a>)
        - thread.fields[0].value: href must be an http(s) or mailto URL"
    `);
  });

  it("accepts links in titles and field values", () => {
    const message = withThread({
      fields: [{ label: "PR", value: '<a href="https://example.com/1">#1</a>' }],
    });
    expect(
      parseMessage({ ...message, title: 'closed <a href="https://example.com/1">#1</a>' }).title,
    ).toContain("<a ");
  });

  it("refuses actions that are not ViewAction or UpdateAction", () => {
    expect(
      errorOf(
        withThread({
          actions: [
            { "@type": "OpenAction", name: "Open", url: "https://example.com" },
            {
              "@type": "UpdateAction",
              name: "Close",
              target: {
                "@type": "EntryPoint",
                urlTemplate: "https://example.com/close",
                httpMethod: "GET",
              },
            },
            { "@type": "ViewAction", name: "Open", url: "javascript:void(0)" },
          ],
        }),
      ),
    ).toMatchInlineSnapshot(`
      "Invalid Flowdock message:
        - thread.actions[0].@type: must have "@type" ViewAction or UpdateAction
        - thread.actions[1].target.httpMethod: must be POST, PUT, PATCH or DELETE
        - thread.actions[2].url: must be an absolute http(s) URL"
    `);
  });

  it("names the @type a target lacks or gets wrong", () => {
    const target = { urlTemplate: "https://example.com/close", httpMethod: "POST" };
    const actions = [
      { "@type": "UpdateAction", name: "Close", target },
      { "@type": "UpdateAction", name: "Close", target: { ...target, "@type": "Link" } },
    ];
    expect(errorOf(withThread({ actions }))).toMatchInlineSnapshot(`
      "Invalid Flowdock message:
        - thread.actions[0].target.@type: is required
        - thread.actions[1].target.@type: must be "EntryPoint""
    `);
  });

  it("answers, and does not throw, for values JSON cannot show", () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(errorOf({ ...seed, event: 1n })).toContain("event: must be");
    expect(errorOf(withThread({ status: { color: 2n, value: "open" } }))).toContain("(got bigint)");
    expect(errorOf(withThread({ status: { color: cyclic, value: "open" } }))).toContain(
      "(got object)",
    );
    expect(errorOf({ ...seed, tags: [1n] })).toContain("tags: must be a list of strings");
  });

  it("refuses what is not a JSON object", () => {
    expect(errorOf("hello")).toContain("must be a JSON object");
    expect(errorOf(null)).toContain("must be a JSON object");
  });

  it("throws one FlowdockValidationError with the issues and fieldErrors", () => {
    const attempt = () => parseMessage(withThread({ status: { color: "gray", value: "" } }));
    expect(attempt).toThrow(FlowdockValidationError);
    try {
      attempt();
    } catch (error) {
      const { name, issues, fieldErrors } = error as FlowdockValidationError;
      expect(name).toBe("FlowdockValidationError");
      expect(issues.map((issue) => issue.path)).toEqual([
        "thread.status.color",
        "thread.status.value",
      ]);
      expect(fieldErrors["thread.status.value"]).toEqual(["can't be blank"]);
    }
  });
});

describe("parseMessage on tags left open", () => {
  it.each([
    '<img src=x onerror="alert(1)"',
    "fine <img src=x onerror=alert(1)",
    '<a href="https://ok.example" onclick="alert(1)',
    "<!-- hide the rest",
    '<a href="https://evil.example">everything after this title',
  ])("refuses a title of %j, which would swallow the HTML placed after it", (title) => {
    expect(errorOf({ ...seed, title })).toMatch(
      /title: (a tag that is never closed|comments, doctypes|a link that is never closed)/,
    );
  });

  it.each([
    ["<a '><script>alert(1)</script>'>", "<script>"],
    ["<a title=x'><img src=x onerror=alert(1)>'>", "<img>"],
    ["<a:script>x</a:script>", "<a:script>"],
    ["<a\u0000x>y</a\u0000x>", "<a\ufffdx>"],
  ])("reads a title %j as a browser does, and refuses its %s", (title, tag) => {
    expect(errorOf({ ...seed, title })).toContain(`title: ${tag} is not allowed here`);
  });

  it("still accepts a lone < in text and inside a quoted attribute", () => {
    expect(parseMessage({ ...seed, title: "1 < 2 and 3 <= 4" }).title).toBe("1 < 2 and 3 <= 4");
    const title = '<a href="https://example.com" title="a<b">x</a>';
    expect(parseMessage({ ...seed, title }).title).toBe(title);
  });
});

describe("parseMessage on JSON null", () => {
  // Flowdock's own git hook sent `"body": null` for a one-line commit message, and Flowdock took it.
  it("takes null for an optional field as absent, and leaves the key out", () => {
    const message = parseMessage({
      ...seed,
      body: null,
      tags: null,
      uuid: null,
      flow_token: null,
      author: { name: "Marty", avatar: null, email: null },
      thread: {
        title: "Polish the flux capacitor",
        body: null,
        external_url: null,
        status: null,
        fields: null,
        actions: [
          { "@type": "ViewAction", name: "Open", url: "https://example.com", description: null },
        ],
      },
    });
    expect(message).toStrictEqual({
      event: "activity",
      title: "updated ticket",
      author: { name: "Marty" },
      external_thread_id: "1234567",
      thread: {
        title: "Polish the flux capacitor",
        actions: [{ "@type": "ViewAction", name: "Open", url: "https://example.com" }],
      },
    });
    for (const key of ["body", "tags", "uuid", "flow_token"]) expect(key in message).toBe(false);
  });

  it("does the same in the schemas used on their own", () => {
    expect(ThreadSchema.parse({ title: "t", body: null, status: null })).toStrictEqual({
      title: "t",
    });
    expect(AuthorSchema.parse({ name: "a", avatar: null })).toStrictEqual({ name: "a" });
  });

  it("takes the git hook's one-line commit message", () => {
    const hook = {
      event: "activity",
      title: "pushed",
      body: null,
      author: { name: "Doc", email: "doc@example.com" },
      external_thread_id: "git:main",
      thread: { title: "main", external_url: null },
    };
    expect(parseMessage(hook)).toStrictEqual({
      event: "activity",
      title: "pushed",
      author: { name: "Doc", email: "doc@example.com" },
      external_thread_id: "git:main",
      thread: { title: "main" },
    });
  });

  it("still needs every required field, and says so for null", () => {
    expect(
      errorOf({ ...seed, title: null, event: null, author: { name: null } }),
    ).toMatchInlineSnapshot(`
      "Invalid Flowdock message:
        - event: is required
        - title: is required
        - author.name: is required"
    `);
    expect(
      errorOf(withThread({ title: null, status: { color: null, value: "open" } })),
    ).toMatchInlineSnapshot(`
      "Invalid Flowdock message:
        - thread.title: is required
        - thread.status.color: is required"
    `);
  });

  it("needs a thread id when both are null, and a body when a discussion's is null", () => {
    const { external_thread_id: _, ...rest } = seed;
    expect(errorOf({ ...rest, external_thread_id: null, thread_id: null })).toContain(
      "external_thread_id: one of external_thread_id or thread_id is required",
    );
    expect(errorOf({ ...seed, event: "discussion", body: null })).toContain(
      "body: can't be blank for a discussion message",
    );
  });
});
