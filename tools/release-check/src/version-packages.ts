import path from "node:path";
import type { Runner } from "./run.js";
import { repoRoot } from "./workspaces.js";

/**
 * The "version" step of changesets/action: `changeset version` (versions, changelogs, internal
 * ranges), then `npm install --package-lock-only` so the lockfile carries the new workspace
 * versions and `npm ci` on the "Version packages" pull request installs what it says, then (unless
 * `rebuild` is false) `npm run build`, so a committed bundle that embeds a version stays in step.
 */
export async function versionPackages(
  cwd: string,
  run: Runner,
  options: { rebuild?: boolean } = {},
): Promise<string> {
  const changeset = path.join(repoRoot(), "node_modules/@changesets/cli/bin.js");
  const steps: [string, string[]][] = [
    [process.execPath, [changeset, "version"]],
    [
      "npm",
      [
        "install",
        "--package-lock-only",
        "--prefer-offline",
        "--ignore-scripts",
        "--no-audit",
        "--no-fund",
      ],
    ],
  ];
  if (options.rebuild !== false) steps.push(["npm", ["run", "build"]]);
  let output = "";
  for (const [command, args] of steps) {
    const { stdout, stderr } = await run(command, args, { cwd });
    output += stdout + stderr;
  }
  return output;
}
