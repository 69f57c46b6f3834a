import { commentPost, withAuthorMention } from "./comments.js";
import { compose, type Post, renderMarkdown } from "./compose.js";
import { someoneElse } from "./mentions.js";
import { type Obj, obj, str, url } from "./payload.js";
import { pullStatus, pullThread, type ReviewVerdict, readPull } from "./pull-request.js";
import { authorOf, linked, loginIn, loginOf } from "./repository.js";
import { skip, unsupportedAction } from "./skip.js";
import type { MapOptions, MapResult } from "./types.js";

function verdictOf(review: Obj): ReviewVerdict {
  const state = str(review, "state")?.toLowerCase();
  if (state === "approved") return "approved";
  if (state === "changes_requested") return "changes requested";
  return undefined;
}

function reviewPost(
  action: string,
  review: Obj,
  payload: Obj,
  body: Post["body"],
): Post | undefined {
  const author = authorOf(payload);
  const reviewUrl = url(review, "html_url");
  const withBody = body === undefined ? {} : { body };
  switch (action) {
    case "submitted": {
      const verdict = verdictOf(review);
      if (verdict === "approved")
        return { event: "activity", title: linked("approved", reviewUrl), ...withBody, author };
      if (verdict === "changes requested")
        return {
          event: "activity",
          title: linked("requested changes", reviewUrl),
          ...withBody,
          author,
        };
      if (body !== undefined) return { event: "discussion", title: "reviewed", body, author };
      return { event: "activity", title: linked("reviewed", reviewUrl), author };
    }
    case "edited":
      return {
        event: "activity",
        title: linked("edited a review", reviewUrl),
        ...withBody,
        author,
      };
    case "dismissed":
      return {
        event: "activity",
        title: linked(`dismissed a review by ${loginOf(review.user)}`, reviewUrl),
        author,
      };
    default:
      return undefined;
  }
}

/**
 * `pull_request_review`: approvals and change requests are activities that set the PR's status
 * (approved lime, changes requested orange); a plain review with text is a discussion.
 */
export function mapPullRequestReviewEvent(payload: Obj, options: MapOptions): MapResult {
  const found = readPull(payload, "pull_request_review");
  if ("skipped" in found) return found;
  const { pull, number, repo } = found;
  const review = obj(payload.review);
  const action = str(payload, "action") ?? "";
  if (review === undefined)
    return skip("The pull_request_review payload has no review, so there is nothing to post.");
  const post = reviewPost(
    action,
    review,
    payload,
    renderMarkdown(str(review, "body"), repo, options),
  );
  if (post === undefined) return unsupportedAction("pull_request_review", action);
  // A dismissed review no longer counts; an edit does not change the verdict it carries.
  const verdict = action === "dismissed" ? undefined : verdictOf(review);
  const state = pullThread(repo, pull, number, pullStatus(pull, options, verdict), options);
  // An approval or a request for changes is news for the PR's author, unless they reviewed their
  // own PR; a plain comment is not.
  const mentions =
    action === "submitted" && verdict !== undefined
      ? [someoneElse(loginIn(pull.user), loginOf(payload.sender))]
      : [];
  return compose(state, [{ ...post, mentions }], options);
}

/** `pull_request_review_comment`: a comment on a line of the diff, `commented on src/x.ts`. */
export function mapPullRequestReviewCommentEvent(payload: Obj, options: MapOptions): MapResult {
  const found = readPull(payload, "pull_request_review_comment");
  if ("skipped" in found) return found;
  const { pull, number, repo } = found;
  const comment = obj(payload.comment);
  const action = str(payload, "action") ?? "";
  if (comment === undefined)
    return skip(
      "The pull_request_review_comment payload has no comment, so there is nothing to post.",
    );
  const path = str(comment, "path");
  const post = commentPost(
    action,
    comment,
    path === undefined ? "" : ` on ${path}`,
    repo,
    payload,
    options,
  );
  if (post === undefined) return unsupportedAction("pull_request_review_comment", action);
  const state = pullThread(repo, pull, number, pullStatus(pull, options), options);
  return compose(state, [withAuthorMention(post, action, pull.user, payload)], options);
}
