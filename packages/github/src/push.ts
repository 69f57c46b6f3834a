import { html, joinHtml, type Text } from "@flowdock-kit/core";
import { compose, field, view, wantsBody } from "./compose.js";
import { type GitRef, parseRef, refThread } from "./git-ref.js";
import { bool, type Obj, obj, objects, str, url } from "./payload.js";
import { authorOf, linked, type Repo, readRepo, repoUrl } from "./repository.js";
import { noRepository, skip } from "./skip.js";
import { status, statusShowing } from "./status.js";
import type { MapOptions, MappedStatus, MapResult } from "./types.js";
import { commitText } from "./workflow-run.js";

/** The most commits a push message lists; the rest are counted. */
export const MAX_LISTED_COMMITS = 20;

const NO_COMMIT = /^0+$/;

function plural(count: number, one: string): string {
  return `${count} ${one}${count === 1 ? "" : "s"}`;
}

/** `pushed 3 commits to main`, `force-pushed main`, `created branch x`, `deleted tag v1`. */
function pushTitle(ref: GitRef, payload: Obj, count: number): string {
  const noun = `${ref.kind} ${ref.name}`;
  if (bool(payload, "deleted") === true) return `deleted ${noun}`;
  if (bool(payload, "created") === true) return `created ${noun}`;
  if (bool(payload, "forced") === true)
    return ref.kind === "tag" ? `force-pushed ${noun}` : `force-pushed ${ref.name}`;
  if (ref.kind === "tag") return `moved ${noun}`;
  return count === 0 ? `pushed to ${ref.name}` : `pushed ${plural(count, "commit")} to ${ref.name}`;
}

/** A commit as a list item: short sha linked, first line of the message, author. */
function commitItem(commit: Obj, repo: Repo, withMessage: boolean): Text {
  const sha = str(commit, "id") ?? "";
  const href = url(commit, "url") ?? (sha === "" ? undefined : repoUrl(repo, `/commit/${sha}`));
  const firstLine = str(commit, "message")?.split("\n", 1)[0];
  const author = obj(commit.author);
  const who = str(author, "username") ?? str(author, "name");
  const parts: Text[] = [linked(sha.slice(0, 7) || "commit", href)];
  if (withMessage && firstLine !== undefined) parts.push(firstLine);
  if (who !== undefined) parts.push(html`— ${who}`);
  return html`<li>${joinHtml(parts, " ")}</li>`;
}

/** Up to {@link MAX_LISTED_COMMITS} commits, then `and N more`; a push of none says where the ref now points. */
function pushBody(
  ref: GitRef,
  commits: readonly Obj[],
  after: string | undefined,
  repo: Repo,
  payload: Obj,
  options: MapOptions,
): Text | undefined {
  if (bool(payload, "deleted") === true) return undefined;
  if (commits.length === 0) {
    const head = commitText(repo, after);
    return head === undefined
      ? undefined
      : html`<p>No new commits; ${ref.name} now points at ${head}.</p>`;
  }
  const items = commits
    .slice(0, MAX_LISTED_COMMITS)
    .map((commit) => commitItem(commit, repo, wantsBody(options)));
  const rest = commits.length - MAX_LISTED_COMMITS;
  return joinHtml([
    html`<ul>${joinHtml(items)}</ul>`,
    ...(rest > 0 ? [html`<p>and ${rest} more</p>`] : []),
  ]);
}

function refStatus(ref: GitRef, payload: Obj, options: MapOptions): MappedStatus | undefined {
  const deleted = bool(payload, "deleted") === true;
  // After a tag is deleted the latest remaining tag is unknown, so no badge rather than a wrong one.
  if (ref.kind === "tag") return deleted ? undefined : statusShowing(ref.name, "tag", options);
  if (deleted) return status("deleted", options, "grey");
  if (bool(payload, "forced") === true) return status("force-pushed", options);
  return status("active", options);
}

/**
 * `push`: an activity on the branch's thread (`…:branch:<name>`) or the repository's tags thread,
 * listing the commits, with a "Compare" action.
 */
export function mapPushEvent(payload: Obj, options: MapOptions): MapResult {
  const repo = readRepo(payload);
  if (repo === undefined) return noRepository("push");
  const refName = str(payload, "ref");
  const ref = parseRef(refName);
  if (ref === undefined)
    return skip(
      `The push is to "${refName ?? "(no ref)"}", which is neither a branch nor a tag, so nothing is posted.`,
    );
  const commits = objects(payload, "commits");
  const deleted = bool(payload, "deleted") === true;
  const rawAfter = str(payload, "after");
  const after = rawAfter === undefined || NO_COMMIT.test(rawAfter) ? undefined : rawAfter;
  const compare = deleted ? undefined : url(payload, "compare");
  const state = refThread(repo, ref, {
    status: refStatus(ref, payload, options),
    deleted,
    fields: [field("Commit", commitText(repo, after))],
    actions: [view("Compare", compare)],
  });
  const title = pushTitle(ref, payload, commits.length);
  return compose(
    state,
    [
      {
        event: "activity",
        title: linked(title, compare),
        body: pushBody(ref, commits, after, repo, payload, options),
        author: authorOf(payload),
      },
    ],
    options,
  );
}
