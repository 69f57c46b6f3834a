import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { run } from "../src/run.js";
import { publicPackages } from "../src/workspaces.js";
import { assertBuilt, bin } from "./helpers/bins.js";
import { root } from "./helpers/sandbox.js";

const packages = publicPackages(root);

describe.each(packages.map((ws) => [ws.name, ws] as const))("%s", (_name, ws) => {
  const pkg = ws.packageJson;

  it("has the manifest a published ESM package needs", () => {
    expect(pkg.type).toBe("module");
    expect(pkg.license).toBe("MIT");
    expect(pkg.sideEffects).toBe(false);
    expect(pkg.engines).toMatchObject({ node: expect.stringMatching(/^>=\s*20/) });
    expect(pkg.repository).toMatchObject({ directory: ws.relativeDir });
    expect(pkg.publishConfig).toMatchObject({ provenance: true });
    expect(pkg.files).toEqual(expect.arrayContaining(["dist"]));
    const main = (pkg.exports as Record<string, unknown> | undefined)?.["."];
    expect(main).toMatchObject({ types: expect.any(String), default: expect.any(String) });
    expect(Object.keys(main as object)[0], "`types` must come first in exports").toBe("types");
  });

  it("has a README with install, an example and the API", () => {
    const readme = path.join(ws.dir, "README.md");
    expect(existsSync(readme), `${ws.relativeDir}/README.md`).toBe(true);
    const text = readFileSync(readme, "utf8");
    const escaped = ws.name.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
    expect(text, "an install command").toMatch(
      new RegExp(`npm (install|i)\\b[^\\n]* ${escaped}\\b`),
    );
    expect(text, "a code example").toMatch(/```(ts|typescript|js|javascript)\n/);
    // An "API" section, or sections named after the exports (## `startEmulator(options?)`).
    expect(text, "the API").toMatch(/^#{2,3} .*(\bAPI\b|`[A-Za-z_$][\w$]*)/m);
  });

  it("passes publint --strict", async () => {
    assertBuilt(ws.dir, ws.name);
    const { stdout } = await run(bin("publint"), ["--strict"], { cwd: ws.dir });
    expect(stdout).toContain("All good!");
  });

  // esm-only: a require() of an ESM-only package works from Node 20.19 (our engines floor) and
  // node10 resolution is a pre-exports world these packages do not claim to support.
  it("passes @arethetypeswrong/cli --pack (esm-only profile)", async () => {
    assertBuilt(ws.dir, ws.name);
    await run(bin("attw"), ["--pack", ".", "--profile", "esm-only", "--format", "table"], {
      cwd: ws.dir,
    });
  });
});

it("finds the public packages", () => {
  expect(packages.map((ws) => ws.name)).toContain("@flowdock-kit/core");
});
