import type { Runner } from "./run.js";

/** The few git operations the action release needs, run in one repository. */
export interface Git {
  /** The commit a tag points at, or undefined when there is no such tag locally. */
  tagCommit(tag: string): Promise<string | undefined>;
  /** The commit a tag points at on the remote, or undefined when the remote lacks it. */
  remoteTagCommit(tag: string): Promise<string | undefined>;
  /** Every local tag name. */
  tags(): Promise<string[]>;
  /** Creates (or with `force`, moves) a lightweight tag at a commit. */
  tag(tag: string, commit: string, options?: { force?: boolean }): Promise<void>;
  /** Pushes one tag; `force` for tags that move by design (the major `vX`). */
  pushTag(tag: string, options?: { force?: boolean }): Promise<void>;
}

/** {@link Git} backed by the git CLI, pushing to `remote` (default `origin`). */
export function cliGit(run: Runner, cwd: string, remote = "origin"): Git {
  const git = (...args: string[]) => run("git", args, { cwd }).then((r) => r.stdout.trim());
  return {
    async tagCommit(tag) {
      const out = await git("tag", "--list", tag);
      return out ? git("rev-list", "-n", "1", `refs/tags/${tag}`) : undefined;
    },
    async remoteTagCommit(tag) {
      // `^{}` lines give the commit behind an annotated tag; prefer them over the tag object.
      const out = await git(
        "ls-remote",
        "--tags",
        remote,
        `refs/tags/${tag}`,
        `refs/tags/${tag}^{}`,
      );
      const lines = out.split("\n").filter(Boolean);
      const peeled = lines.find((line) => line.endsWith("^{}")) ?? lines[0];
      return peeled?.split(/\s+/)[0];
    },
    async tags() {
      return (await git("tag", "--list")).split("\n").filter(Boolean);
    },
    async tag(tag, commit, options = {}) {
      await git("tag", ...(options.force ? ["--force"] : []), tag, commit);
    },
    async pushTag(tag, options = {}) {
      const ref = `refs/tags/${tag}`;
      await git("push", ...(options.force ? ["--force"] : []), remote, `${ref}:${ref}`);
    },
  };
}
