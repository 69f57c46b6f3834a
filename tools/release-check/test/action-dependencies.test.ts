import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { actionWorkspaces, listWorkspaces } from "../src/workspaces.js";
import { root } from "./helpers/sandbox.js";

// changesets releases a new action version when a workspace it bundles is released, but only for
// workspaces listed in its `dependencies`: an import that is not declared (npm workspaces resolve
// it anyway) or a devDependency would ship a stale bundle under an unchanged version.
const workspaceNames = new Set(listWorkspaces(root).map((ws) => ws.name));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(ts|mts|js|mjs)$/.test(entry.name))
    .filter((entry) => !/\.test(-d)?\.|\.d\.ts$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

describe.each(actionWorkspaces(root).map((ws) => [ws.name, ws] as const))("%s", (_name, ws) => {
  it("lists every workspace package it bundles in dependencies", () => {
    const imported = new Set<string>();
    for (const file of sourceFiles(path.join(ws.dir, "src"))) {
      for (const match of readFileSync(file, "utf8").matchAll(/from\s+["']([^"']+)["']/g)) {
        const specifier = match[1] ?? "";
        const name = specifier.startsWith("@")
          ? specifier.split("/").slice(0, 2).join("/")
          : (specifier.split("/")[0] ?? "");
        if (workspaceNames.has(name)) imported.add(name);
      }
    }
    const declared = Object.keys(ws.packageJson.dependencies ?? {});
    const missing = [...imported].filter((name) => !declared.includes(name));
    expect(missing, `add to ${ws.relativeDir}/package.json "dependencies"`).toEqual([]);
  });
});
