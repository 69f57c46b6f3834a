import { CommandError } from "./errors.js";
import type { Runner } from "./run.js";

/** A GitHub release to create. */
export interface NewRelease {
  tag: string;
  title: string;
  notes: string;
  prerelease: boolean;
  /** Mark it as the repository's latest release. */
  latest: boolean;
}

/** The GitHub release operations the action release needs. */
export interface Releases {
  exists(tag: string): Promise<boolean>;
  create(release: NewRelease): Promise<void>;
}

/**
 * {@link Releases} through the GitHub CLI (`gh`, present on GitHub-hosted runners; it reads
 * `GH_TOKEN` and `GH_REPO` from the environment).
 */
export function ghReleases(
  run: Runner,
  cwd: string,
  env: NodeJS.ProcessEnv = process.env,
): Releases {
  return {
    async exists(tag) {
      try {
        await run("gh", ["release", "view", tag, "--json", "tagName"], { cwd, env });
        return true;
      } catch (error) {
        if (error instanceof CommandError && /release not found/i.test(error.stderr)) return false;
        throw error;
      }
    },
    async create(release) {
      const args = ["release", "create", release.tag, "--verify-tag", "--title", release.title];
      args.push("--notes-file", "-");
      if (release.prerelease) args.push("--prerelease");
      args.push(`--latest=${release.latest && !release.prerelease}`);
      await run("gh", args, { cwd, env, input: release.notes });
    },
  };
}
