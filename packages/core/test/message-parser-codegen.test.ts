import { readFileSync, writeFileSync } from "node:fs";
import { expect, it } from "vitest";
import * as z from "zod/mini";
import { CUSTOM_CHECKS, MessageSchema } from "../src/schema.js";
import { generateMessageParser } from "./message-parser-codegen.js";

const target = new URL("../src/message-parser.ts", import.meta.url);

it("src/message-parser.ts is generated from MessageSchema as it is now", () => {
  const source = generateMessageParser(MessageSchema, CUSTOM_CHECKS);
  if (process.env.UPDATE_PARSER) writeFileSync(target, source);
  expect(
    readFileSync(target, "utf8") === source,
    "src/message-parser.ts is stale: cd packages/core && UPDATE_PARSER=1 npx vitest run test/message-parser",
  ).toBe(true);
});

it("refuses what it cannot compile exactly, instead of guessing", () => {
  const none = new Map();
  expect(() => generateMessageParser(z.number(), none)).toThrow(/number is not supported/);
  expect(() => generateMessageParser(z.string().check(z.maxLength(3)), none)).toThrow(
    /check max_length is not supported/,
  );
  expect(() => generateMessageParser(z.string().check(z.minLength(2)), none)).toThrow(
    /min_length 2/,
  );
  expect(() => generateMessageParser(z.string().check(z.refine(() => true)), none)).toThrow(
    /no name in CUSTOM_CHECKS/,
  );
  expect(() => generateMessageParser(z.object({ a: z.nullable(z.string()) }), none)).toThrow(
    /nullable is not supported/,
  );
  // Variants that share a supported type's name but take other values.
  const refused: [z.core.$ZodType, RegExp][] = [
    [z.strictObject({ a: z.string() }), /catchall/],
    [z.looseObject({ a: z.string() }), /catchall/],
    [z.object({ a: z.exactOptional(z.string()) }), /exact optional/],
    [z.coerce.string(), /coerced string/],
    [z.literal("a").check(z.refine(() => true)), /checks on literal/],
    [z.enum({ A: 0, B: 1 }), /only string enums/],
    [z.xor([z.string(), z.string()]), /exclusive union/],
    [z.object({ [Symbol("s")]: z.string() }), /symbol keys/],
  ];
  for (const [schema, reason] of refused)
    expect(() => generateMessageParser(schema, none)).toThrow(reason);
});
