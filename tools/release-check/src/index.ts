export { changelogEntry } from "./changelog-entry.js";
export { CommandError, ReleaseError } from "./errors.js";
export { cliGit, type Git } from "./git.js";
export { ghReleases, type NewRelease, type Releases } from "./github-releases.js";
export {
  type ReleaseActionOptions,
  type ReleaseActionResult,
  releaseAction,
} from "./release-action.js";
export { type Runner, type RunOptions, type RunResult, run } from "./run.js";
export { compareStable, parseVersion, type Version } from "./semver.js";
export { versionPackages } from "./version-packages.js";
export {
  actionWorkspaces,
  listWorkspaces,
  type PackageJson,
  publicPackages,
  readPackageJson,
  repoRoot,
  type Workspace,
} from "./workspaces.js";
