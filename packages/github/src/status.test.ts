import { describe, expect, it } from "vitest";
import { ColorOverrideError } from "./errors.js";
import { parseColorOverrides } from "./status.js";

describe("parseColorOverrides", () => {
  it("reads status=colour pairs separated by commas or new lines", () => {
    expect(parseColorOverrides("merged=purple, cancelled=yellow\nnot_planned = Black\n")).toEqual({
      merged: "purple",
      cancelled: "yellow",
      "not planned": "black",
    });
    expect(parseColorOverrides("changes-requested=red")).toEqual({ "changes requested": "red" });
    expect(parseColorOverrides("  ")).toEqual({});
  });

  it("names an unknown colour and lists the ten", () => {
    expect(() =>
      parseColorOverrides("merged=purple, closed=gray"),
    ).toThrowErrorMatchingInlineSnapshot(
      `[ColorOverrideError: Invalid colour override "closed=gray": unknown colour "gray"; use one of red, green, yellow, cyan, orange, grey, black, lime, purple, blue]`,
    );
  });

  it("names an unknown status and lists the known ones", () => {
    expect(() => parseColorOverrides("mergd=purple")).toThrow(
      /"mergd=purple": unknown status "mergd"; known statuses: open, closed, not planned, .*merged/,
    );
    expect(() => parseColorOverrides("__Proto__=red")).toThrow('unknown status "__Proto__"');
  });

  it.each([
    ["merged", 'expected "status=colour"'],
    ["=red", 'the status before "=" is missing'],
    ["merged=", 'the colour after "=" is missing'],
  ])("rejects %j: %s", (text, problem) => {
    let caught: unknown;
    try {
      parseColorOverrides(text);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ColorOverrideError);
    expect((caught as ColorOverrideError).name).toBe("ColorOverrideError");
    expect((caught as ColorOverrideError).part).toBe(text);
    expect((caught as Error).message).toContain(problem);
  });
});
