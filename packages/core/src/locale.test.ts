import { afterAll, describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { safeParseMessage } from "./parse.js";

const base = {
  event: "activity",
  title: "opened",
  author: { name: "ann" },
  external_thread_id: "t",
};

// Wrong in every place a schema can fail, so each schema's own message shows.
const invalid: unknown[] = [
  42,
  { event: 1, title: 2, author: 3, external_thread_id: 4, thread_id: 5, tags: 6, uuid: 7 },
  { ...base, author: { name: "", avatar: 1, email: 2 }, flow_token: "" },
  {
    ...base,
    thread: { title: 1, body: 2, external_url: "ftp://x", status: { color: "gray" }, fields: {} },
  },
  { ...base, thread: { title: "t", fields: [{ label: 1, value: "<b>x</b>" }], actions: [7] } },
  {
    ...base,
    thread: {
      title: "t",
      actions: [
        { "@type": "ViewAction", name: 1, url: "javascript:alert(1)", description: 2, image: 3 },
        {
          "@type": "UpdateAction",
          name: "",
          target: { "@type": "Link", urlTemplate: 1, httpMethod: "GET" },
        },
        { "@type": "UpdateAction", name: "n", target: "x" },
      ],
    },
  },
  { ...base, tags: [1, ""] },
];

const messages = () =>
  invalid.flatMap((value) => safeParseMessage(value).error?.issues.map((i) => i.message) ?? []);

describe("validation messages", () => {
  afterAll(() => {
    z.config({ localeError: undefined });
  });

  it("are core's own, whatever locale the app set for zod", () => {
    const withoutLocale = messages();
    z.config(z.locales.de());
    const withGerman = messages();
    z.config(z.locales.en());
    expect(messages()).toEqual(withoutLocale);
    expect(withGerman).toEqual(withoutLocale);
    expect(withoutLocale.length).toBeGreaterThan(30);
    expect(withoutLocale.filter((message) => /invalid input/i.test(message))).toEqual([]);
  });
});
