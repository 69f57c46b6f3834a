import { describe, expect, it } from "vitest";
import { FieldTextError } from "./errors.js";
import { parseField, parseTags } from "./field-text.js";

describe("parseField", () => {
  it("splits at the first equals sign and trims both sides", () => {
    expect(parseField(" Owner = team=a ")).toEqual({ label: "Owner", value: "team=a" });
  });

  it("keeps an empty value, which a CI variable that expands to nothing gives", () => {
    expect(parseField("Version=")).toEqual({ label: "Version", value: "" });
  });

  it.each(["no equals sign", "=value", "  = value", ""])(
    "refuses %j, saying what it expected",
    (text) => {
      expect(() => parseField(text)).toThrow(FieldTextError);
      expect(() => parseField(text)).toThrow(`must look like "Label=Value", got "${text}"`);
    },
  );
});

describe("parseTags", () => {
  it("splits on commas and white space and drops a leading #", () => {
    expect(parseTags("#deploy, ci\nrelease  ,,#")).toEqual(["deploy", "ci", "release"]);
  });

  it("gives no tags for blank text", () => {
    expect(parseTags(" \n ")).toEqual([]);
  });
});
