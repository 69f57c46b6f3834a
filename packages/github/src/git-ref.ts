import { field, type ThreadState, view } from "./compose.js";
import { type Repo, repoField, repoUrl, tagsThreadId, threadIdOf } from "./repository.js";
import type { MappedStatus } from "./types.js";

/** A branch or a tag, by its short name (`main`, `v1.2.0`). */
export interface GitRef {
  kind: "branch" | "tag";
  name: string;
}

/** `refs/heads/main` → branch main, `refs/tags/v1` → tag v1; other refs (notes, pulls) have no thread. */
export function parseRef(ref: string | undefined): GitRef | undefined {
  const found = /^refs\/(heads|tags)\/(.+)$/.exec(ref ?? "");
  if (found === null) return undefined;
  return { kind: found[1] === "heads" ? "branch" : "tag", name: found[2] as string };
}

/** A ref's short name as a URL path (`feature/x` stays two segments, each encoded). */
export function refPath(name: string): string {
  return name.split("/").map(encodeURIComponent).join("/");
}

/** What a push, create or delete adds to the ref's thread. */
export interface RefThreadParts {
  status: MappedStatus | undefined;
  deleted: boolean;
  fields?: ThreadState["fields"];
  actions?: ThreadState["actions"];
}

/**
 * The thread of a branch (`…:branch:<name>`, its page the branch's tree) or of the repository's
 * tags (`…:tags`, its page the tag list).
 */
export function refThread(repo: Repo, ref: GitRef, parts: RefThreadParts): ThreadState {
  const isBranch = ref.kind === "branch";
  // A deleted branch's tree is a 404; the repository's page is the nearest thing that exists.
  const page = isBranch
    ? parts.deleted
      ? repo.htmlUrl
      : repoUrl(repo, `/tree/${refPath(ref.name)}`)
    : repoUrl(repo, "/tags");
  return {
    id: isBranch ? threadIdOf(repo, "branch", ref.name) : tagsThreadId(repo),
    title: isBranch ? `Branch ${ref.name} in ${repo.fullName}` : `Tags in ${repo.fullName}`,
    url: page,
    status: parts.status,
    fields: [
      field("Repository", repoField(repo)),
      field(isBranch ? "Branch" : "Tag", ref.name),
      ...(parts.fields ?? []),
    ],
    actions: [view("Open on GitHub", page), ...(parts.actions ?? [])],
  };
}
