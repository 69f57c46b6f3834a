#!/usr/bin/env node
// Run by release.yml after `changeset publish` on every push to main: creates the GitHub release
// of each package version changesets has tagged, and releases the actions (vX.Y.Z, vX, release).
// Everything it does is checked first, so a re-run only finishes what an earlier run left undone.
import { cliGit } from "../git.js";
import { ghReleases } from "../github-releases.js";
import { releaseAction } from "../release-action.js";
import { releasePackage } from "../release-package.js";
import { run } from "../run.js";
import { actionWorkspaces, publicPackages, repoRoot } from "../workspaces.js";

const root = repoRoot();
const git = cliGit(run, root);
const releases = ghReleases(run, root);

const steps = [
  ...publicPackages(root).map((ws) => ({
    name: ws.name,
    release: (log: (line: string) => void) => releasePackage({ dir: ws.dir, git, releases, log }),
  })),
  ...actionWorkspaces(root).map((ws) => ({
    name: ws.name,
    release: (log: (line: string) => void) =>
      releaseAction({ actionDir: ws.dir, git, releases, log }),
  })),
];

for (const step of steps) {
  try {
    await step.release((line) => console.log(`${step.name}: ${line}`));
  } catch (error) {
    console.error(`::error::${step.name}: ${error instanceof Error ? error.message : error}`);
    process.exitCode = 1;
  }
}
