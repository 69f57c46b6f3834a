#!/usr/bin/env node
// Run by release.yml after `changeset publish`: releases each action whose version changesets tagged.
import { cliGit } from "../git.js";
import { ghReleases } from "../github-releases.js";
import { releaseAction } from "../release-action.js";
import { run } from "../run.js";
import { actionWorkspaces, repoRoot } from "../workspaces.js";

const root = repoRoot();
const actions = actionWorkspaces(root);
if (actions.length === 0) console.log("no actions/*/action.yml: nothing to release");
for (const action of actions) {
  try {
    const result = await releaseAction({
      actionDir: action.dir,
      git: cliGit(run, root),
      releases: ghReleases(run, root),
      log: (line) => console.log(`${action.name}: ${line}`),
    });
    console.log(`${action.name}: ${JSON.stringify(result)}`);
  } catch (error) {
    console.error(`::error::${action.name}: ${error instanceof Error ? error.message : error}`);
    process.exitCode = 1;
  }
}
