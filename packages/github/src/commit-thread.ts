import { field, type ThreadState, view } from "./compose.js";
import { type Repo, repoField, repoUrl, threadIdOf } from "./repository.js";
import type { MappedStatus } from "./types.js";
import { commitText } from "./workflow-run.js";

/** A full commit sha, the key of a commit's thread. */
export const FULL_SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/i;

/**
 * The commit's thread (`…:commit:<full sha>`): the same title and fields whether a `status` or a
 * `commit_comment` tells it, so neither overwrites the other's view of the commit.
 */
export function commitThread(
  repo: Repo,
  sha: string,
  itemStatus: MappedStatus | undefined,
): ThreadState {
  const page = repoUrl(repo, `/commit/${sha}`);
  return {
    id: threadIdOf(repo, "commit", sha),
    title: `Commit ${sha.slice(0, 7)} in ${repo.fullName}`,
    url: page,
    status: itemStatus,
    fields: [field("Repository", repoField(repo)), field("Commit", commitText(repo, sha))],
    actions: [view("Open on GitHub", page)],
  };
}
