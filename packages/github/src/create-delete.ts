import { compose } from "./compose.js";
import type { GitRef } from "./git-ref.js";
import { refThread } from "./git-ref.js";
import { type Obj, str } from "./payload.js";
import { authorOf, readRepo } from "./repository.js";
import { noRepository, skip } from "./skip.js";
import { status, statusShowing } from "./status.js";
import type { MapOptions, MapResult } from "./types.js";

/**
 * `create` and `delete` of a branch or tag: `created branch feature-x`, `deleted tag v1.2.0`, on
 * the branch's thread or the repository's tags thread.
 */
export function mapRefEvent(eventName: string, payload: Obj, options: MapOptions): MapResult {
  const repo = readRepo(payload);
  if (repo === undefined) return noRepository(eventName);
  const kind = str(payload, "ref_type");
  const name = str(payload, "ref");
  if ((kind !== "branch" && kind !== "tag") || name === undefined)
    return skip(
      `The ${eventName} payload names no branch or tag (ref_type "${kind ?? "(none)"}"), so there is no thread to post to.`,
    );
  const ref: GitRef = { kind, name };
  const deleted = eventName === "delete";
  const badge =
    kind === "tag"
      ? deleted
        ? undefined
        : statusShowing(name, "tag", options)
      : deleted
        ? status("deleted", options, "grey")
        : status("active", options);
  const state = refThread(repo, ref, { status: badge, deleted });
  const title = `${deleted ? "deleted" : "created"} ${kind} ${name}`;
  return compose(state, [{ event: "activity", title, author: authorOf(payload) }], options);
}
