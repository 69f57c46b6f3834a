import { compose, field, type Post, renderMarkdown, type ThreadState, view } from "./compose.js";
import { labelsText, sharedActionTitle } from "./item-fields.js";
import { bool, type Obj, obj, str, url } from "./payload.js";
import { authorOf, linked, type Repo, repoField, threadIdOf, userLink } from "./repository.js";
import { unsupportedAction } from "./skip.js";
import { status } from "./status.js";
import { readSubject } from "./subject.js";
import type { MapOptions, MappedStatus, MapResult } from "./types.js";

/** The discussion's badge: deleted, transferred, closed, locked, answered or open. */
export function discussionStatus(
  discussion: Obj,
  action: string,
  options: MapOptions,
): MappedStatus {
  if (action === "deleted") return status("deleted", options);
  if (action === "transferred") return status("transferred", options);
  const state = str(discussion, "state");
  if (state === "closed") return status("closed", options);
  if (state === "locked" || bool(discussion, "locked") === true) return status("locked", options);
  if (str(discussion, "answer_chosen_at") !== undefined) return status("answered", options);
  return status("open", options);
}

/** The discussion thread: fields Repository, Author, Category, Labels, Answered by; its body. */
export function discussionThread(
  repo: Repo,
  discussion: Obj,
  number: number,
  itemStatus: MappedStatus,
  options: MapOptions,
): ThreadState {
  const htmlUrl = url(discussion, "html_url");
  const category = obj(discussion.category);
  return {
    id: threadIdOf(repo, "discussion", number),
    title: str(discussion, "title") ?? `Discussion #${number}`,
    url: htmlUrl,
    status: itemStatus,
    fields: [
      field("Repository", repoField(repo)),
      field("Author", userLink(discussion.user)),
      field("Category", str(category, "name")),
      field("Labels", labelsText(discussion)),
      field(
        "Answered by",
        obj(discussion.answer_chosen_by) === undefined
          ? undefined
          : userLink(discussion.answer_chosen_by),
      ),
    ],
    body: renderMarkdown(str(discussion, "body"), repo, options),
    actions: [view("Open on GitHub", htmlUrl)],
  };
}

function discussionPost(
  action: string,
  discussion: Obj,
  payload: Obj,
  repo: Repo,
  options: MapOptions,
): Omit<Post, "author"> | undefined {
  const activity = (title: Post["title"], body?: Post["body"]) => ({
    event: "activity" as const,
    title,
    ...(body !== undefined && { body }),
  });
  switch (action) {
    case "created":
      return activity("started discussion");
    case "answered": {
      const answer = obj(payload.answer);
      const body = renderMarkdown(str(answer, "body"), repo, options);
      return activity(linked("marked an answer", url(answer, "html_url")), body);
    }
    case "unanswered":
      return activity("unmarked the answer");
    case "closed": {
      const reason = str(discussion, "state_reason");
      return activity(
        reason === "resolved" || reason === undefined
          ? "closed discussion"
          : `closed discussion as ${reason.replace(/_/g, " ")}`,
      );
    }
    case "deleted":
      return activity("deleted discussion");
    case "pinned":
      return activity("pinned discussion");
    case "unpinned":
      return activity("unpinned discussion");
    case "transferred": {
      const target = str(obj(obj(obj(payload.changes)?.new_repository)), "full_name");
      return activity(
        target === undefined ? "transferred discussion" : `transferred discussion to ${target}`,
      );
    }
    case "category_changed": {
      const category = str(obj(discussion.category), "name");
      return activity(
        category === undefined
          ? "changed the discussion's category"
          : `moved discussion to ${category}`,
      );
    }
    default: {
      const shared = sharedActionTitle(action, "discussion", payload, discussion);
      return shared === undefined ? undefined : activity(shared);
    }
  }
}

/** `discussion` (created, answered, closed, locked, labeled, …): an activity on its thread. */
export function mapDiscussionEvent(payload: Obj, options: MapOptions): MapResult {
  const found = readSubject(payload, "discussion", {
    item: "discussion",
    id: (discussion) => discussion.number,
    idName: "discussion number",
  });
  if ("skipped" in found) return found;
  const { item: discussion, id: number, repo } = found;
  const action = str(payload, "action") ?? "";
  const post = discussionPost(action, discussion, payload, repo, options);
  if (post === undefined) return unsupportedAction("Discussion", action);
  const state = discussionThread(
    repo,
    discussion,
    number,
    discussionStatus(discussion, action, options),
    options,
  );
  return compose(state, [{ ...post, author: authorOf(payload) }], options);
}
