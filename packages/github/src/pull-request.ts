import { html, joinHtml, type Text } from "@flowdock-kit/core";
import { compose, field, type Post, renderMarkdown, type ThreadState, view } from "./compose.js";
import { labelsText, milestoneText, sharedActionTitle, usersText } from "./item-fields.js";
import { someoneElse } from "./mentions.js";
import { bool, num, type Obj, obj, objects, str, url } from "./payload.js";
import {
  authorOf,
  linked,
  loginIn,
  loginOf,
  type Repo,
  repoField,
  repoUrl,
  threadIdOf,
  userLink,
} from "./repository.js";
import { type Skipped, unsupportedAction } from "./skip.js";
import { status } from "./status.js";
import { readSubject } from "./subject.js";
import type { MapOptions, MappedStatus, MapResult } from "./types.js";

/** A review's verdict, as the latest review sets the PR's status. */
export type ReviewVerdict = "approved" | "changes requested" | undefined;

/**
 * The PR's status: merged, closed (red), draft, the latest review's verdict when the event tells
 * it, else open. The verdict only counts while the PR is open.
 */
export function pullStatus(pull: Obj, options: MapOptions, verdict?: ReviewVerdict): MappedStatus {
  const merged = bool(pull, "merged") === true || str(pull, "merged_at") !== undefined;
  if (merged) return status("merged", options);
  if (str(pull, "state") === "closed") return status("closed", options, "red");
  if (bool(pull, "draft") === true) return status("draft", options);
  if (verdict !== undefined) return status(verdict, options);
  return status("open", options);
}

function changesText(pull: Obj): string | undefined {
  const additions = num(pull, "additions");
  const deletions = num(pull, "deletions");
  const files = num(pull, "changed_files");
  if (additions === undefined || deletions === undefined) return undefined;
  const lines = `+${additions} −${deletions}`;
  return files === undefined ? lines : `${lines} in ${files} ${files === 1 ? "file" : "files"}`;
}

function branchText(pull: Obj): string | undefined {
  const head = str(obj(pull.head), "ref");
  const base = str(obj(pull.base), "ref");
  if (head === undefined || base === undefined) return head ?? base;
  return `${head} → ${base}`;
}

function reviewersText(pull: Obj): Text | undefined {
  const people = usersText(objects(pull, "requested_reviewers"));
  const teams = objects(pull, "requested_teams")
    .map((team) => {
      const name = str(team, "name") ?? str(team, "slug");
      return name === undefined ? undefined : linked(name, url(team, "html_url"));
    })
    .filter((team): team is Text => team !== undefined);
  const all = [...(people === undefined ? [] : [people]), ...teams];
  return all.length > 0 ? joinHtml(all, ", ") : undefined;
}

/** The PR thread: fields Repository, Author, Branch, Reviewers, Labels, Commits, Changes. */
export function pullThread(
  repo: Repo,
  pull: Obj,
  number: number,
  itemStatus: MappedStatus,
  options: MapOptions,
): ThreadState {
  const htmlUrl = url(pull, "html_url");
  const commits = num(pull, "commits");
  return {
    id: threadIdOf(repo, "pull", number),
    title: str(pull, "title") ?? `Pull request #${number}`,
    url: htmlUrl,
    status: itemStatus,
    fields: [
      field("Repository", repoField(repo)),
      field("Author", userLink(pull.user)),
      field("Branch", branchText(pull)),
      field("Reviewers", reviewersText(pull)),
      field("Labels", labelsText(pull)),
      field("Milestone", milestoneText(pull)),
      field("Commits", commits === undefined ? undefined : String(commits)),
      field("Changes", changesText(pull)),
    ],
    body: renderMarkdown(str(pull, "body"), repo, options),
    actions: [
      view("Open on GitHub", htmlUrl),
      view("Diff", htmlUrl === undefined ? undefined : `${htmlUrl}/files`),
    ],
  };
}

/**
 * The PR's thread as an issue-shaped PR (`issue_comment`, `issues` on a PR) tells it: no branch or
 * commit fields. With `knownStatusOnly`, a closed PR whose payload does not say whether it was
 * merged gets no status rather than a guess; an open one is open (or draft), as `pull_request`
 * events show it.
 */
export function pullThreadFromIssue(
  repo: Repo,
  issue: Obj,
  number: number,
  options: MapOptions,
  knownStatusOnly = false,
): ThreadState {
  const link = obj(issue.pull_request);
  const mergedAt = str(link, "merged_at");
  const pull: Obj = { ...issue, ...(mergedAt !== undefined && { merged_at: mergedAt }) };
  const state = str(issue, "state");
  const known =
    state === "open" || mergedAt !== undefined || (state === "closed" && link?.merged_at === null);
  const thread = pullThread(repo, pull, number, pullStatus(pull, options), options);
  return knownStatusOnly && !known ? { ...thread, status: undefined } : thread;
}

function shortSha(sha: string): string {
  return sha.slice(0, 7);
}

/** `synchronize` tells only the old and new head, not how many commits were pushed. */
function pushPost(payload: Obj, pull: Obj, repo: Repo): Pick<Post, "title" | "body"> {
  const branch = str(obj(pull.head), "ref");
  const title = branch === undefined ? "pushed to the pull request" : `pushed to ${branch}`;
  const before = str(payload, "before");
  const after = str(payload, "after");
  if (before === undefined || after === undefined) return { title };
  const compare = repoUrl(repo, `/compare/${before}...${after}`);
  const range = `${shortSha(before)}…${shortSha(after)}`;
  return { title, body: html`<p>New head: ${linked(range, compare)}</p>` };
}

/** Who a PR action concerns: the new assignee, the requested reviewer. */
function pullMentions(action: string, payload: Obj): (string | undefined)[] {
  const sender = loginOf(payload.sender);
  if (action === "assigned") return [someoneElse(loginIn(payload.assignee), sender)];
  if (action === "review_requested") return [loginIn(payload.requested_reviewer)];
  return [];
}

function requestedName(payload: Obj): string | undefined {
  const reviewer = obj(payload.requested_reviewer);
  if (reviewer !== undefined) return loginOf(reviewer);
  const team = obj(payload.requested_team);
  return str(team, "name") ?? str(team, "slug");
}

function pullActionPost(
  action: string,
  pull: Obj,
  payload: Obj,
  repo: Repo,
): Pick<Post, "title" | "body"> | undefined {
  const title = (text: string) => ({ title: text });
  switch (action) {
    case "opened":
      return title(
        bool(pull, "draft") === true ? "opened draft pull request" : "opened pull request",
      );
    case "closed":
      return title(
        bool(pull, "merged") === true || str(pull, "merged_at") !== undefined
          ? "merged pull request"
          : "closed pull request",
      );
    case "synchronize":
      return pushPost(payload, pull, repo);
    case "converted_to_draft":
      return title("converted pull request to draft");
    case "ready_for_review":
      return title("marked pull request as ready for review");
    case "review_requested": {
      const name = requestedName(payload);
      return title(name === undefined ? "requested a review" : `requested review from ${name}`);
    }
    case "review_request_removed": {
      const name = requestedName(payload);
      return title(
        name === undefined ? "removed a review request" : `removed review request for ${name}`,
      );
    }
    case "auto_merge_enabled":
      return title("enabled auto-merge");
    case "auto_merge_disabled":
      return title("disabled auto-merge");
    case "enqueued":
      return title("added pull request to the merge queue");
    case "dequeued":
      return title("removed pull request from the merge queue");
    default: {
      const shared = sharedActionTitle(action, "pull request", payload, pull);
      return shared === undefined ? undefined : title(shared);
    }
  }
}

/** The payload's PR with its number and repository, or why there is none. */
export function readPull(
  payload: Obj,
  eventName: string,
): { pull: Obj; number: number; repo: Repo } | Skipped {
  const found = readSubject(payload, eventName, {
    item: "pull_request",
    id: (pull) => pull.number ?? payload.number,
    idName: "pull request number",
  });
  return "skipped" in found ? found : { pull: found.item, number: found.id, repo: found.repo };
}

/** `pull_request` and `pull_request_target` events: one activity on the PR's thread. */
export function mapPullRequestEvent(
  eventName: string,
  payload: Obj,
  options: MapOptions,
): MapResult {
  const found = readPull(payload, eventName);
  if ("skipped" in found) return found;
  const { pull, number, repo } = found;
  const action = str(payload, "action") ?? "";
  const post = pullActionPost(action, pull, payload, repo);
  if (post === undefined) return unsupportedAction("Pull request", action);
  const state = pullThread(repo, pull, number, pullStatus(pull, options), options);
  return compose(
    state,
    [
      {
        event: "activity",
        ...post,
        author: authorOf(payload),
        mentions: pullMentions(action, payload),
      },
    ],
    options,
  );
}
