import { expect, it } from "vitest";
import { isStatusColor, STATUS_COLORS } from "./colors.js";

it("STATUS_COLORS are exactly Flowdock's ten, spelled as the API spells them", () => {
  expect([...STATUS_COLORS].sort()).toEqual([
    "black",
    "blue",
    "cyan",
    "green",
    "grey",
    "lime",
    "orange",
    "purple",
    "red",
    "yellow",
  ]);
});

it("isStatusColor accepts those ten and nothing else", () => {
  for (const color of STATUS_COLORS) expect(isStatusColor(color)).toBe(true);
  for (const other of ["gray", "white", "Green", "#ff0000", "", 3, null]) {
    expect(isStatusColor(other)).toBe(false);
  }
});
