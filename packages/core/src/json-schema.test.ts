import { expect, it } from "vitest";
import { STATUS_COLORS } from "./colors.js";
import { messageJsonSchema } from "./json-schema.js";

interface JsonSchema {
  $schema?: string;
  required?: string[];
  enum?: string[];
  properties?: Record<string, JsonSchema>;
}

it("describes the wire message for other languages: required fields and the ten colours", () => {
  const schema = messageJsonSchema() as JsonSchema;
  expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
  expect(schema.required).toEqual(["event", "title", "author"]);
  expect(schema.properties?.event?.enum).toEqual(["activity", "discussion"]);
  expect(schema.properties?.author?.required).toEqual(["name"]);
  const status = schema.properties?.thread?.properties?.status;
  expect(status?.properties?.color?.enum).toEqual([...STATUS_COLORS]);
  expect(JSON.parse(JSON.stringify(schema))).toEqual(schema);
});
