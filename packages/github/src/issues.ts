import { compose, field, type Post, renderMarkdown, type ThreadState, view } from "./compose.js";
import { assigneesText, labelsText, milestoneText, sharedActionTitle } from "./item-fields.js";
import { someoneElse } from "./mentions.js";
import { type Obj, obj, str, url } from "./payload.js";
import { pullThreadFromIssue } from "./pull-request.js";
import {
  authorOf,
  loginIn,
  loginOf,
  type Repo,
  repoField,
  threadIdOf,
  userLink,
} from "./repository.js";
import { unsupportedAction } from "./skip.js";
import { status } from "./status.js";
import { readSubject } from "./subject.js";
import type { MapOptions, MappedStatus, MapResult } from "./types.js";

/** The issue's status: open, closed (as completed), not planned, duplicate, deleted, transferred. */
export function issueStatus(issue: Obj, action: string, options: MapOptions): MappedStatus {
  if (action === "deleted") return status("deleted", options);
  if (action === "transferred") return status("transferred", options);
  if (str(issue, "state") !== "closed") return status("open", options);
  const reason = str(issue, "state_reason");
  if (reason === "not_planned") return status("not planned", options);
  if (reason === "duplicate") return status("duplicate", options);
  return status("closed", options);
}

/** The issue thread: title, status, fields Repository/Author/Labels/Assignees/Milestone, body. */
export function issueThread(
  repo: Repo,
  issue: Obj,
  number: number,
  itemStatus: MappedStatus,
  options: MapOptions,
): ThreadState {
  const htmlUrl = url(issue, "html_url");
  return {
    id: threadIdOf(repo, "issue", number),
    title: str(issue, "title") ?? `Issue #${number}`,
    url: htmlUrl,
    status: itemStatus,
    fields: [
      field("Repository", repoField(repo)),
      field("Author", userLink(issue.user)),
      field("Labels", labelsText(issue)),
      field("Assignees", assigneesText(issue)),
      field("Milestone", milestoneText(issue)),
    ],
    body: renderMarkdown(str(issue, "body"), repo, options),
    actions: [view("Open on GitHub", htmlUrl)],
  };
}

const CLOSE_REASONS: Record<string, string> = {
  completed: "closed issue as completed",
  not_planned: "closed issue as not planned",
  duplicate: "closed issue as duplicate",
};

function issueActionTitle(action: string, issue: Obj, payload: Obj): string | undefined {
  switch (action) {
    case "opened":
      return "opened issue";
    case "closed":
      return CLOSE_REASONS[str(issue, "state_reason") ?? ""] ?? "closed issue";
    case "deleted":
      return "deleted issue";
    case "transferred": {
      const target = str(obj(obj(obj(payload.changes)?.new_repository)), "full_name");
      return target === undefined ? "transferred issue" : `transferred issue to ${target}`;
    }
    case "pinned":
      return "pinned issue";
    case "unpinned":
      return "unpinned issue";
    case "typed": {
      const type = str(obj(payload.type), "name") ?? str(obj(issue.type), "name");
      return type === undefined ? "set the issue type" : `set issue type to ${type}`;
    }
    case "untyped":
      return "removed the issue type";
    default:
      return sharedActionTitle(action, "issue", payload, issue);
  }
}

/** `issues` events: one activity on the issue's thread. */
export function mapIssuesEvent(payload: Obj, options: MapOptions): MapResult {
  const found = readSubject(payload, "issues", {
    item: "issue",
    id: (issue) => issue.number,
    idName: "issue number",
  });
  if ("skipped" in found) return found;
  const { item: issue, id: number, repo } = found;
  const action = str(payload, "action") ?? "";
  const onPull = obj(issue.pull_request) !== undefined;
  // GitHub sends some issue events (milestoned, …) for pull requests: they belong in the PR's thread.
  const title = onPull
    ? sharedActionTitle(action, "pull request", payload, issue)
    : issueActionTitle(action, issue, payload);
  if (title === undefined)
    return unsupportedAction(onPull ? "Issue event on a pull request" : "Issue", action);
  const state = onPull
    ? pullThreadFromIssue(repo, issue, number, options, true)
    : issueThread(repo, issue, number, issueStatus(issue, action, options), options);
  const assignee =
    action === "assigned"
      ? someoneElse(loginIn(payload.assignee), loginOf(payload.sender))
      : undefined;
  const post: Post = {
    event: "activity",
    title,
    author: authorOf(payload),
    mentions: [assignee],
  };
  return compose(state, [post], options);
}
