import { describe, expectTypeOf, it } from "vitest";
import { buildActivity, buildDiscussion, type DiscussionMessage } from "./builders.js";
import type { StatusColor } from "./colors.js";
import { type Html, html, joinHtml, link } from "./html.js";
import type { Message } from "./schema.js";

describe("types", () => {
  it("a plain string is not markup", () => {
    expectTypeOf<string>().not.toExtend<Html>();
    expectTypeOf(html`<b>x</b>`).toEqualTypeOf<Html>();
    expectTypeOf(link("x", "https://x.test")).toEqualTypeOf<Html>();
    // @ts-expect-error a raw string cannot be passed where markup is expected
    joinHtml(["a"], "<br>" as Html | number);
    // @ts-expect-error a raw string cannot be forged into Html
    const forged: Html = "<script>alert(1)</script>";
    void forged;
  });

  it("status colours are the ten names only", () => {
    expectTypeOf<"gray">().not.toExtend<StatusColor>();
    expectTypeOf<"grey">().toExtend<StatusColor>();
    buildActivity({
      title: "x",
      author: { name: "a" },
      externalThreadId: "1",
      // @ts-expect-error `gray` is not a Flowdock colour
      thread: { title: "t", status: { color: "gray", value: "open" } },
    });
  });

  it("built messages carry no flow_token and discussions always have a body", () => {
    const message = buildDiscussion({ body: "b", author: { name: "a" }, threadId: "t" });
    expectTypeOf(message).toEqualTypeOf<DiscussionMessage>();
    expectTypeOf(message.body).toEqualTypeOf<string>();
    expectTypeOf(message.flow_token).toEqualTypeOf<undefined>();
    expectTypeOf(message).toExtend<Message>();
  });
});
