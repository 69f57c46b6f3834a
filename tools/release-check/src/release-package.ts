import { readFile } from "node:fs/promises";
import path from "node:path";
import { changelogEntry } from "./changelog-entry.js";
import { ReleaseError } from "./errors.js";
import type { Git } from "./git.js";
import type { Releases } from "./github-releases.js";
import { parseVersion } from "./semver.js";
import { readPackageJson } from "./workspaces.js";

/** What {@link releasePackage} needs: the package's folder and the ways to reach git and GitHub. */
export interface ReleasePackageOptions {
  dir: string;
  git: Git;
  releases: Releases;
  log?: (line: string) => void;
}

/**
 * Creates the GitHub release `<name>@<version>` for an npm package that changesets has published
 * and tagged, with its changelog entry as notes. Does nothing when the tag does not exist yet or
 * the release already does, so it can run on every push to main.
 */
export async function releasePackage(options: ReleasePackageOptions): Promise<string | undefined> {
  const { dir, git, releases, log = () => {} } = options;
  const { name, version } = readPackageJson(dir);
  const tag = `${name}@${version}`;
  if (!((await git.tagCommit(tag)) ?? (await git.remoteTagCommit(tag)))) {
    log(`${tag} is not tagged: not published yet, nothing to do`);
    return undefined;
  }
  if (await releases.exists(tag)) {
    log(`release ${tag} exists`);
    return undefined;
  }
  await releases.create({
    tag,
    title: tag,
    notes: await readNotes(dir, name, version),
    prerelease: parseVersion(version)?.prerelease !== undefined,
    // The repository's "latest" release is the action's `vX.Y.Z`, which the Marketplace shows.
    latest: false,
  });
  log(`created release ${tag}`);
  return tag;
}

/** The `## <version>` entry of a workspace's CHANGELOG.md; an error when it is missing. */
export async function readNotes(dir: string, name: string, version: string): Promise<string> {
  const changelog = await readFile(path.join(dir, "CHANGELOG.md"), "utf8").catch(() => "");
  const notes = changelogEntry(changelog, version);
  if (notes === undefined) {
    throw new ReleaseError(`${name}'s CHANGELOG.md has no "## ${version}" entry for the notes`);
  }
  return notes;
}
