import { type AuthorInput, link, type Text } from "@flowdock-kit/core";
import { type Obj, obj, str, url } from "./payload.js";

/** The repository an event is about: its `owner/repo` name and its page (on github.com or GHES). */
export interface Repo {
  fullName: string;
  htmlUrl: string | undefined;
}

/** The payload's repository, or `undefined` when it names none. */
export function readRepo(payload: Obj): Repo | undefined {
  const repository = obj(payload.repository);
  const fullName =
    str(repository, "full_name") ??
    joinName(str(obj(repository?.owner), "login"), str(repository, "name"));
  if (fullName === undefined) return undefined;
  return { fullName, htmlUrl: url(repository, "html_url") };
}

function joinName(owner: string | undefined, name: string | undefined): string | undefined {
  return owner !== undefined && name !== undefined ? `${owner}/${name}` : undefined;
}

/** `github:<owner>/<repo>:<kind>:<id>`, the deterministic thread id of an item. */
export function threadIdOf(repo: Repo, kind: ThreadKind, id: number | string): string {
  return `github:${repo.fullName}:${kind}:${id}`;
}

/** The kinds of item that have a thread of their own (see github-mapping.md). */
export type ThreadKind =
  | "issue"
  | "pull"
  | "run"
  | "branch"
  | "release"
  | "deployment"
  | "check-suite"
  | "commit"
  | "discussion";

/** `github:<owner>/<repo>:tags`: one thread holds every tag of the repository. */
export function tagsThreadId(repo: Repo): string {
  return `github:${repo.fullName}:tags`;
}

/** A link to a page under the repository (`/commit/<sha>`), when the payload gave its URL. */
export function repoUrl(repo: Repo, path: string): string | undefined {
  return repo.htmlUrl === undefined ? undefined : `${repo.htmlUrl.replace(/\/+$/, "")}${path}`;
}

/** `text` linked to `href` when there is one, plain (escaped) text otherwise. */
export function linked(text: string, href: string | undefined): Text {
  return href === undefined ? text : link(text, href);
}

/** The repository as a field value: its name linked to its page. */
export function repoField(repo: Repo): Text {
  return linked(repo.fullName, repo.htmlUrl);
}

/** A deleted account shows as `ghost` on GitHub; payloads then carry that login or no user. */
export const GHOST = "ghost";

/** A user's login, `ghost` when the account is gone. */
export function loginOf(user: unknown): string {
  return str(obj(user), "login") ?? GHOST;
}

/** A user's login when the payload names one (for mentions: `ghost` is nobody to tag). */
export function loginIn(user: unknown): string | undefined {
  return str(obj(user), "login");
}

/** A user's login linked to their profile. */
export function userLink(user: unknown): Text {
  const found = obj(user);
  return linked(loginOf(found), url(found, "html_url"));
}

/** Who did it: the sender's login and avatar. */
export function authorOf(payload: Obj): AuthorInput {
  const sender = obj(payload.sender);
  const avatar = url(sender, "avatar_url");
  return { name: loginOf(sender), ...(avatar !== undefined && { avatar }) };
}
