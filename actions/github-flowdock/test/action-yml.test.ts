import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { expect, it } from "vitest";
import { parse } from "yaml";
import { actionDir, readActionInputs } from "../scripts/simulate-runner.mjs";
import { readInputs } from "../src/inputs.js";

const action = parse(await readFile(join(actionDir, "action.yml"), "utf8"));

it("runs dist/index.cjs on node24 with a name, description and branding", () => {
  expect(action.runs).toEqual({ using: "node24", main: "dist/index.cjs" });
  expect(action.name).toBeTruthy();
  expect(action.description).toBeTruthy();
  expect(action.branding).toMatchObject({ icon: expect.any(String), color: expect.any(String) });
});

it("declares and describes every input the action reads, and no other", () => {
  const read: string[] = [];
  readInputs((name) => {
    read.push(name);
    return name === "flow-token" ? "token" : "";
  });
  const declared = readActionInputs();
  expect(Object.keys(declared).sort()).toEqual([...new Set(read)].sort());
  for (const [name, input] of Object.entries(declared)) {
    expect(input.description.length, name).toBeGreaterThan(20);
  }
  expect(declared["flow-token"]?.required).toBe(true);
  expect(declared["fail-on-error"]?.default).toBe("false");
  expect(declared["include-body"]?.default).toBe("true");
});

it("describes every output", () => {
  expect(Object.keys(action.outputs).sort()).toEqual(
    ["attempts", "ok", "payload", "skipped", "status-color", "status-value", "thread-id"].sort(),
  );
  for (const [name, output] of Object.entries<{ description: string }>(action.outputs)) {
    expect(output.description.length, name).toBeGreaterThan(10);
  }
});
