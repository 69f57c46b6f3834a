import { commentPost, withAuthorMention } from "./comments.js";
import { compose } from "./compose.js";
import { discussionStatus, discussionThread } from "./discussion.js";
import { type Obj, obj, str } from "./payload.js";
import { skip, unsupportedAction } from "./skip.js";
import { readSubject } from "./subject.js";
import type { MapOptions, MapResult } from "./types.js";

/** `discussion_comment`: a comment is a discussion message on the discussion's thread. */
export function mapDiscussionCommentEvent(payload: Obj, options: MapOptions): MapResult {
  const found = readSubject(payload, "discussion_comment", {
    item: "discussion",
    id: (discussion) => discussion.number,
    idName: "discussion number",
  });
  if ("skipped" in found) return found;
  const { item: discussion, id: number, repo } = found;
  const comment = obj(payload.comment);
  if (comment === undefined)
    return skip("The discussion_comment payload has no comment, so there is nothing to post.");
  const action = str(payload, "action") ?? "";
  // A reply in a comment's thread reads as one: GitHub nests it under the comment it answers.
  const where = comment.parent_id === null || comment.parent_id === undefined ? "" : " in reply";
  const post = commentPost(action, comment, where, repo, payload, options);
  if (post === undefined) return unsupportedAction("discussion_comment", action);
  const state = discussionThread(
    repo,
    discussion,
    number,
    discussionStatus(discussion, "", options),
    options,
  );
  return compose(state, [withAuthorMention(post, action, discussion.user, payload)], options);
}
