#!/usr/bin/env node
// The "version" command of changesets/action: bump versions and changelogs, then bring
// package-lock.json in line so `npm ci` passes on the "Version packages" pull request.
import { run } from "../run.js";
import { repoRoot } from "../workspaces.js";

const cwd = repoRoot();
for (const [command, args] of [
  ["npx", ["changeset", "version"]],
  ["npm", ["install", "--package-lock-only", "--ignore-scripts", "--no-audit", "--no-fund"]],
] as const) {
  const { stdout, stderr } = await run(command, args, { cwd });
  process.stdout.write(stdout);
  process.stderr.write(stderr);
}
