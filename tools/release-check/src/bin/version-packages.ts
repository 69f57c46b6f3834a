#!/usr/bin/env node
// The `version` command release.yml gives changesets/action.
import { run } from "../run.js";
import { versionPackages } from "../version-packages.js";
import { repoRoot } from "../workspaces.js";

process.stdout.write(await versionPackages(repoRoot(), run));
