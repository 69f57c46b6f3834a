import { commentPost } from "./comments.js";
import { commitThread, FULL_SHA } from "./commit-thread.js";
import { compose } from "./compose.js";
import { type Obj, obj, str } from "./payload.js";
import { readRepo } from "./repository.js";
import { noRepository, skip, unsupportedAction } from "./skip.js";
import type { MapOptions, MapResult } from "./types.js";

/**
 * `commit_comment`: a discussion on the commit's thread, `commented on 6113728`, or
 * `commented on src/x.ts` for a comment on a line of a file. It carries no status: it does not know the commit's.
 */
export function mapCommitCommentEvent(payload: Obj, options: MapOptions): MapResult {
  const repo = readRepo(payload);
  if (repo === undefined) return noRepository("commit_comment");
  const comment = obj(payload.comment);
  const sha = str(comment, "commit_id");
  if (comment === undefined || sha === undefined || !FULL_SHA.test(sha))
    return skip("The commit_comment payload names no commit, so there is no thread to post to.");
  const action = str(payload, "action") ?? "";
  const path = str(comment, "path");
  const where = ` on ${path ?? sha.slice(0, 7)}`;
  const post = commentPost(action, comment, where, repo, payload, options);
  if (post === undefined) return unsupportedAction("commit_comment", action);
  return compose(commitThread(repo, sha, undefined), [post], options);
}
