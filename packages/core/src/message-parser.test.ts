import { readFileSync } from "node:fs";
import fc from "fast-check";
import { expect, it } from "vitest";
import { INVALID, parseMessageFast } from "./message-parser.js";
import { safeParseMessage, toValidationError } from "./parse.js";
import { MessageSchema } from "./schema.js";

// safeParseMessage answers a valid message with the generated parser (message-parser.ts) and asks
// zod about anything else. Every answer must be zod's: same data (key order too), same errors.

const seed: Record<string, unknown> = JSON.parse(
  readFileSync(new URL("../test/fixtures/seed-message.json", import.meta.url), "utf8"),
);

const anything = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom("", " ", "https://example.com/x", "javascript:alert(1)", "<b>x</b>", "gray"),
  fc.integer(),
  fc.constant(null),
  fc.constant(undefined),
  fc.array(fc.string({ maxLength: 4 }), { maxLength: 3 }),
);
// Mostly right, sometimes anything: most messages get far into the schema, many fail somewhere.
const maybe = <T>(value: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 12, arbitrary: value }, { weight: 1, arbitrary: anything });
const color = maybe(fc.constantFrom("red", "green", "purple", "grey", "lime"));
const httpUrl = maybe(fc.webUrl());
const text = maybe(fc.string({ minLength: 1, maxLength: 20 }));

const action = maybe(
  fc.oneof(
    fc.record(
      { "@type": fc.constant("ViewAction"), name: text, url: httpUrl, image: httpUrl },
      { requiredKeys: ["@type", "name", "url"] },
    ),
    fc.record({
      "@type": fc.constant("UpdateAction"),
      name: text,
      target: maybe(
        fc.record({
          "@type": maybe(fc.constant("EntryPoint")),
          urlTemplate: httpUrl,
          httpMethod: maybe(fc.constantFrom("POST", "PUT")),
        }),
      ),
    }),
  ),
);

const thread = maybe(
  fc.record(
    {
      title: text,
      body: text,
      external_url: httpUrl,
      status: maybe(fc.record({ color, value: text })),
      fields: maybe(fc.array(maybe(fc.record({ label: text, value: text })), { maxLength: 3 })),
      actions: maybe(fc.array(action, { maxLength: 2 })),
      extra: anything,
    },
    { requiredKeys: ["title"] },
  ),
);

const message = fc.oneof(
  { weight: 1, arbitrary: anything },
  {
    weight: 9,
    arbitrary: fc.record(
      {
        flow_token: text,
        event: maybe(fc.constantFrom("activity", "discussion")),
        title: text,
        body: text,
        author: maybe(fc.record({ name: text, avatar: httpUrl, email: text })),
        external_thread_id: text,
        thread_id: text,
        thread,
        tags: maybe(fc.array(text, { maxLength: 3 })),
        uuid: text,
        unknown: anything,
      },
      { requiredKeys: ["event", "title", "author"] },
    ),
  },
);

function answer(result: ReturnType<typeof MessageSchema.safeParse>) {
  return result.success
    ? { data: result.data, keys: JSON.stringify(result.data) }
    : { issues: toValidationError(result.error).issues };
}

function checkAll(parse: (value: unknown) => ReturnType<typeof answer>) {
  let valid = 0;
  let invalid = 0;
  fc.assert(
    fc.property(message, (value) => {
      const want = answer(MessageSchema.safeParse(value));
      if (want.data) valid++;
      else invalid++;
      expect(parse(value)).toStrictEqual(want);
    }),
    { numRuns: 1_000 },
  );
  expect(parse(seed)).toStrictEqual(answer(MessageSchema.safeParse(seed)));
  // Not vacuous: valid messages (whose data is compared) and invalid ones (errors) both occur.
  expect(valid).toBeGreaterThan(50);
  expect(invalid).toBeGreaterThan(50);
}

it("the generated parser takes exactly what zod takes, and gives zod's data", () => {
  checkAll((value) => {
    const data = parseMessageFast(value);
    if (data !== INVALID) return { data, keys: JSON.stringify(data) };
    // What zod says of it: the generated parser may only refuse what zod refuses.
    const result = MessageSchema.safeParse(value);
    return result.success
      ? { issues: [{ path: "", message: "the generated parser refused what zod takes" }] }
      : answer(result);
  });
});

it("safeParseMessage answers as zod's runtime parser", () => {
  checkAll((value) => {
    const result = safeParseMessage(value);
    return result.success
      ? { data: result.data, keys: JSON.stringify(result.data) }
      : { issues: result.error.issues };
  });
});

it("keeps absent optional keys absent and present undefined ones, as zod does", () => {
  const base = { event: "activity", title: "t", author: { name: "a" }, thread_id: "1" };
  for (const value of [base, { ...base, body: undefined }, { ...base, tags: "x", extra: 1 }]) {
    const data = parseMessageFast(value);
    const want = MessageSchema.safeParse(value);
    expect(want.success).toBe(true);
    expect(data).toStrictEqual(want.data);
    expect(Object.keys(data as object)).toEqual(Object.keys(want.data as object));
  }
});
