import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { NewRelease, Releases } from "../../src/github-releases.js";
import { run } from "../../src/run.js";

/** git with a fixed identity and none of the machine's config, so commits work anywhere. */
export const GIT_ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: "Release Check",
  GIT_AUTHOR_EMAIL: "release-check@example.invalid",
  GIT_COMMITTER_NAME: "Release Check",
  GIT_COMMITTER_EMAIL: "release-check@example.invalid",
  GIT_CONFIG_NOSYSTEM: "1",
  GIT_CONFIG_GLOBAL: "/dev/null",
};

/** A clone with a bare `origin` beside it, like the runner's checkout of the repository. */
export interface ClonedRepo {
  dir: string;
  /** Runs git in the clone. */
  git(...args: string[]): Promise<string>;
  /** Runs git in the bare remote. */
  remote(...args: string[]): Promise<string>;
  /** Writes the action's package.json and CHANGELOG.md, commits, and returns the commit. */
  commitVersion(version: string, changelog: string): Promise<string>;
  remove(): void;
}

/** Creates a bare remote and a clone of it holding an action at `actions/demo`. */
export async function createClonedRepo(): Promise<ClonedRepo> {
  const base = mkdtempSync(path.join(tmpdir(), "release-check-git-"));
  const origin = path.join(base, "origin.git");
  const dir = path.join(base, "clone");
  const at =
    (cwd: string) =>
    async (...args: string[]) =>
      (await run("git", args, { cwd, env: GIT_ENV })).stdout.trim();
  await run("git", ["init", "-q", "--bare", "-b", "main", origin], { env: GIT_ENV });
  await run("git", ["clone", "-q", origin, dir], { env: GIT_ENV });
  const git = at(dir);
  await git("checkout", "-q", "-b", "main");
  return {
    dir,
    git,
    remote: at(origin),
    async commitVersion(version, changelog) {
      mkdirSync(path.join(dir, "actions/demo"), { recursive: true });
      writeFileSync(
        path.join(dir, "actions/demo/package.json"),
        JSON.stringify({ name: "demo-action", version, private: true }),
      );
      writeFileSync(path.join(dir, "actions/demo/CHANGELOG.md"), changelog);
      await git("add", "-A");
      await git("commit", "-q", "-m", `Version ${version}`);
      await git("push", "-q", "origin", "main");
      return git("rev-parse", "HEAD");
    },
    remove: () => rmSync(base, { recursive: true, force: true }),
  };
}

/** An in-memory {@link Releases} that records what was created. */
export function fakeReleases(existing: string[] = []) {
  const created: NewRelease[] = [];
  const tags = new Set(existing);
  const releases: Releases = {
    async exists(tag) {
      return tags.has(tag);
    },
    async create(release) {
      tags.add(release.tag);
      created.push(release);
    },
  };
  return { releases, created };
}
