import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import packageJson from "../package.json" with { type: "json" };

const srcDir = new URL("../src/", import.meta.url);
const sources = readdirSync(srcDir)
  .filter((name) => name.endsWith(".ts") && !name.includes(".test"))
  .map((name) => [name, readFileSync(new URL(name, srcDir), "utf8")] as const);

describe("package boundaries", () => {
  it("imports only core at run time and in its published types", () => {
    for (const [name, text] of sources) {
      const specifiers = [...text.matchAll(/from "([^"]+)"/g)].map((m) => m[1] as string);
      for (const specifier of specifiers)
        expect([name, specifier]).toEqual([
          name,
          specifier.startsWith("./") ? specifier : "@flowdock-kit/core",
        ]);
    }
    expect(Object.keys(packageJson.dependencies)).toEqual(["@flowdock-kit/core"]);
  });
});
