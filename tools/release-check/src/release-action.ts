import { ReleaseError } from "./errors.js";
import type { Git } from "./git.js";
import type { Releases } from "./github-releases.js";
import { readNotes } from "./release-package.js";
import { compareStable, parseVersion } from "./semver.js";
import { readPackageJson } from "./workspaces.js";

/** What {@link releaseAction} needs: the action's folder and the ways to reach git and GitHub. */
export interface ReleaseActionOptions {
  actionDir: string;
  git: Git;
  releases: Releases;
  log?: (line: string) => void;
}

/** What {@link releaseAction} did; every list is empty on a re-run that found nothing to do. */
export interface ReleaseActionResult {
  /** `not-tagged`: changesets has not released this version (yet), so nothing was done. */
  status: "not-tagged" | "done";
  version: string;
  /** Tags created or moved on the remote by this run. */
  pushedTags: string[];
  /** The GitHub release created by this run, if any. */
  createdRelease: string | undefined;
}

/**
 * Releases the action version that changesets has just tagged (`<name>@X.Y.Z`): tags the same
 * commit `vX.Y.Z`, moves the major tag `vX` to it when it is the newest `vX.*.*`, and creates the
 * GitHub release for `vX.Y.Z` with the action's changelog entry as notes. Safe to re-run: what
 * already exists is left alone, and a `vX.Y.Z` that points elsewhere is an error, never moved.
 */
export async function releaseAction(options: ReleaseActionOptions): Promise<ReleaseActionResult> {
  const { actionDir, git, releases, log = () => {} } = options;
  const { name, version } = readPackageJson(actionDir);
  const parsed = parseVersion(version);
  if (!parsed) throw new ReleaseError(`${name} has version "${version}", which is not semver`);
  const result: ReleaseActionResult = {
    status: "not-tagged",
    version,
    pushedTags: [],
    createdRelease: undefined,
  };

  const changesetsTag = `${name}@${version}`;
  const commit = (await git.tagCommit(changesetsTag)) ?? (await git.remoteTagCommit(changesetsTag));
  if (!commit) {
    log(`${changesetsTag} is not tagged: changesets has not released it, nothing to do`);
    return result;
  }
  result.status = "done";

  const fullTag = `v${version}`;
  await ensureTag(git, fullTag, commit, result, log);

  const isPrerelease = parsed.prerelease !== undefined;
  const isNewest = !isPrerelease && (await isNewestOfMajor(git, parsed.major, version));
  const majorTag = `v${parsed.major}`;
  if (isPrerelease) {
    log(`${version} is a prerelease: ${majorTag} stays where it is`);
  } else if (!isNewest) {
    log(`a newer v${parsed.major}.x exists: ${majorTag} stays where it is`);
  } else if ((await git.remoteTagCommit(majorTag)) !== commit) {
    await git.tag(majorTag, commit, { force: true });
    await git.pushTag(majorTag, { force: true });
    result.pushedTags.push(majorTag);
    log(`moved ${majorTag} to ${commit}`);
  }

  if (await releases.exists(fullTag)) {
    log(`release ${fullTag} exists`);
  } else {
    const notes = await readNotes(actionDir, name, version);
    await releases.create({
      tag: fullTag,
      title: fullTag,
      notes,
      prerelease: isPrerelease,
      latest: isNewest,
    });
    result.createdRelease = fullTag;
    log(`created release ${fullTag}`);
  }
  return result;
}

async function ensureTag(
  git: Git,
  tag: string,
  commit: string,
  result: ReleaseActionResult,
  log: (line: string) => void,
) {
  const local = await git.tagCommit(tag);
  const remote = await git.remoteTagCommit(tag);
  for (const existing of [local, remote]) {
    if (existing !== undefined && existing !== commit) {
      throw new ReleaseError(
        `${tag} already points at ${existing}, not ${commit}; a released version's tag is never moved`,
      );
    }
  }
  if (local === undefined) await git.tag(tag, commit);
  if (remote === undefined) {
    await git.pushTag(tag);
    result.pushedTags.push(tag);
    log(`pushed ${tag} at ${commit}`);
  }
}

async function isNewestOfMajor(git: Git, major: number, version: string) {
  const current = parseVersion(version);
  if (!current) return false;
  return (await git.tags())
    .map((tag) => (tag.startsWith("v") ? parseVersion(tag.slice(1)) : undefined))
    .filter((v) => v !== undefined && v.major === major && v.prerelease === undefined)
    .every((v) => v === undefined || compareStable(v, current) <= 0);
}
