import { html } from "@flowdock-kit/core";
import { compose, type Post, renderMarkdown, wantsBody } from "./compose.js";
import { issueStatus, issueThread } from "./issues.js";
import { someoneElse } from "./mentions.js";
import { isPositiveInteger, type Obj, obj, str, url } from "./payload.js";
import { pullThreadFromIssue } from "./pull-request.js";
import { authorOf, linked, loginIn, loginOf, type Repo, readRepo } from "./repository.js";
import { noRepository, skip, unsupportedAction } from "./skip.js";
import type { MapOptions, MapResult } from "./types.js";

/**
 * A comment as a post: `created` is a discussion with the comment as its body (an activity with a
 * link when bodies are off), `edited` and `deleted` are activities. `where` says what was
 * commented on (` on src/x.ts`), empty for the item itself.
 */
export function commentPost(
  action: string,
  comment: Obj,
  where: string,
  repo: Repo,
  payload: Obj,
  options: MapOptions,
): Post | undefined {
  const author = authorOf(payload);
  const commentUrl = url(comment, "html_url");
  const body = renderMarkdown(str(comment, "body"), repo, options);
  switch (action) {
    case "created":
      if (body !== undefined)
        return { event: "discussion", title: `commented${where}`, body, author };
      return {
        event: "activity",
        title: linked(`commented${where}`, commentUrl),
        ...(!wantsBody(options) || commentUrl === undefined
          ? {}
          : { body: html`<p>${linked("View the comment", commentUrl)}</p>` }),
        author,
      };
    case "edited":
      return {
        event: "activity",
        title: linked(`edited a comment${where}`, commentUrl),
        ...(body !== undefined && { body }),
        author,
      };
    case "deleted":
      return { event: "activity", title: `deleted a comment${where}`, author };
    default:
      return undefined;
  }
}

/** `issue_comment`: on an issue it goes to the issue's thread, on a PR to the PR's thread. */
export function mapIssueCommentEvent(payload: Obj, options: MapOptions): MapResult {
  const action = str(payload, "action") ?? "";
  const issue = obj(payload.issue);
  const comment = obj(payload.comment);
  const number = issue?.number;
  const repo = readRepo(payload);
  if (issue === undefined || !isPositiveInteger(number) || comment === undefined)
    return skip(
      "The issue_comment payload has no issue number or comment, so there is nothing to post.",
    );
  if (repo === undefined) return noRepository("issue_comment");
  const post = commentPost(action, comment, "", repo, payload, options);
  if (post === undefined) return unsupportedAction("issue_comment", action);
  const state =
    obj(issue.pull_request) !== undefined
      ? pullThreadFromIssue(repo, issue, number, options)
      : issueThread(repo, issue, number, issueStatus(issue, "", options), options);
  return compose(state, [withAuthorMention(post, action, issue.user, payload)], options);
}

/** A new comment by someone else concerns the author of what it comments on. */
export function withAuthorMention(post: Post, action: string, author: unknown, payload: Obj): Post {
  if (action !== "created") return post;
  return { ...post, mentions: [someoneElse(loginIn(author), loginOf(payload.sender))] };
}
