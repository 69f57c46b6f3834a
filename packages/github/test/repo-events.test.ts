import { escapeHtml as esc, parseMessage } from "@flowdock-kit/core";
import { describe, expect, it } from "vitest";
import { mapEvent } from "../src/index.js";
import { type Example, examplesOf, FOLDERS, REPO_EVENTS } from "./examples.js";
import { expectedThread } from "./expected-thread.js";
import { fieldsOf, githubLinksOf, markupProblems, only } from "./inspect.js";

// The expectations below restate github-mapping.md for the repository-level events, read from each
// real payload's own fields.

type Payload = Example["payload"];

function refOf(payload: Payload): { kind: "branch" | "tag"; name: string } {
  if (typeof payload.ref_type === "string") return { kind: payload.ref_type, name: payload.ref };
  const [, heads, name] = /^refs\/(heads|tags)\/(.+)$/.exec(payload.ref) ?? [];
  return { kind: heads === "heads" ? "branch" : "tag", name: name as string };
}

function pushTitle(payload: Payload): string {
  const ref = refOf(payload);
  if (payload.deleted) return `deleted ${ref.kind} ${ref.name}`;
  if (payload.created) return `created ${ref.kind} ${ref.name}`;
  if (payload.forced)
    return ref.kind === "tag" ? `force-pushed tag ${ref.name}` : `force-pushed ${ref.name}`;
  const n = payload.commits.length;
  return `pushed ${n} commit${n === 1 ? "" : "s"} to ${ref.name}`;
}

const DEPLOYED: Record<string, string> = {
  success: "deployed",
  in_progress: "started deploying",
  failure: "failed deploying",
};

/** The activity title as plain text (links stripped). */
function titleOf({ event, action, payload }: Example): string {
  switch (event) {
    case "push":
      return pushTitle(payload);
    case "create":
    case "delete":
      return `${event}d ${payload.ref_type} ${payload.ref}`;
    case "release": {
      const name = payload.release.name || payload.release.tag_name;
      return (
        {
          published: `published release ${name}`,
          created: `created release ${name}`,
          deleted: `deleted release ${name}`,
          edited: `edited release ${name}`,
          prereleased: `published pre-release ${name}`,
          released: `released ${name}`,
        } as Record<string, string>
      )[action] as string;
    }
    case "deployment":
      return `created a deployment of ${payload.deployment.ref} to ${payload.deployment.environment}`;
    case "deployment_status":
      return `${DEPLOYED[payload.deployment_status.state]} ${payload.deployment.ref} to ${payload.deployment_status.environment}`;
    case "check_suite":
      if (action === "completed") return `check suite completed: ${payload.check_suite.conclusion}`;
      return action === "requested" ? "check suite requested" : "re-requested check suite";
    case "check_run": {
      const run = payload.check_run;
      if (action === "completed") return `check ${run.name} completed: ${run.conclusion}`;
      if (action === "created") return `check ${run.name} is queued`;
      if (action === "rerequested") return `re-requested check ${run.name}`;
      return `requested action ${payload.requested_action.identifier} on check ${run.name}`;
    }
    case "status":
      return `${payload.context}: ${payload.state}`;
    case "commit_comment":
      return `commented on ${payload.comment.path ?? payload.comment.commit_id.slice(0, 7)}`;
    case "discussion_comment":
      return (
        {
          created: "commented",
          edited: "edited a comment",
          deleted: "deleted a comment",
        } as Record<string, string>
      )[action] as string;
    default:
      return (
        {
          created: "started discussion",
          answered: "marked an answer",
          unanswered: "unmarked the answer",
          category_changed: `moved discussion to ${payload.discussion.category.name}`,
          edited: `changed the discussion title from ${payload.changes?.title?.from}`,
          labeled: `labeled discussion ${payload.label?.name}`,
          unlabeled: `removed label ${payload.label?.name} from discussion`,
          locked: "locked discussion",
          unlocked: "unlocked discussion",
          pinned: "pinned discussion",
          transferred: `transferred discussion to ${payload.changes?.new_repository?.full_name}`,
        } as Record<string, string>
      )[action] as string;
  }
}

const RUN: Record<string, [string, string]> = {
  queued: ["queued", "blue"],
  in_progress: ["running", "yellow"],
  success: ["success", "green"],
  failure: ["failure", "red"],
  neutral: ["neutral", "cyan"],
};

/** [value, colour] of the thread's status, or undefined where the event cannot tell it. */
function statusOf({ event, action, payload }: Example): [string, string] | undefined {
  switch (event) {
    case "push":
    case "create":
    case "delete": {
      const ref = refOf(payload);
      const deleted = event === "delete" || payload.deleted;
      if (ref.kind === "tag") return deleted ? undefined : [ref.name, "cyan"];
      if (deleted) return ["deleted", "grey"];
      return payload.forced ? ["force-pushed", "orange"] : ["active", "green"];
    }
    case "release": {
      const release = payload.release;
      if (action === "deleted") return ["deleted", "black"];
      if (release.draft) return ["draft", "grey"];
      return release.prerelease ? ["pre-release", "yellow"] : ["published", "green"];
    }
    case "deployment":
      return ["queued", "blue"];
    case "deployment_status":
      return (
        {
          success: ["deployed", "green"],
          in_progress: ["deploying", "yellow"],
          failure: ["failed", "red"],
        } as Record<string, [string, string]>
      )[payload.deployment_status.state];
    case "check_suite":
    case "check_run": {
      const suite = event === "check_suite" ? payload.check_suite : payload.check_run.check_suite;
      return RUN[suite.status === "completed" ? suite.conclusion : suite.status];
    }
    case "status":
      return [
        `${payload.context}: ${payload.state}`,
        { pending: "yellow", success: "green", failure: "red", error: "red" }[
          payload.state as string
        ] as string,
      ];
    case "commit_comment":
      return undefined;
    default: {
      const discussion = payload.discussion;
      if (action === "transferred") return ["transferred", "black"];
      if (discussion.state === "closed") return ["closed", "purple"];
      if (discussion.state === "locked" || discussion.locked) return ["locked", "grey"];
      if (discussion.answer_chosen_at) return ["answered", "lime"];
      return ["open", "green"];
    }
  }
}

function eventOf({ event, action }: Example): "activity" | "discussion" {
  return (event === "commit_comment" || event === "discussion_comment") && action === "created"
    ? "discussion"
    : "activity";
}

function stripLinks(markup: string): string {
  return markup
    .replace(/<a href="[^"]*">|<\/a>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
}

const link = (href: string, text: string) => `<a href="${href}">${text}</a>`;

/** The fields each item's thread shows, besides Repository (checked for all). */
function expectFields({ event, payload }: Example, fields: Record<string, string>): void {
  const repo = payload.repository;
  const commit = (sha: string) => link(`${repo.html_url}/commit/${sha}`, sha.slice(0, 7));
  switch (event) {
    case "push":
    case "create":
    case "delete": {
      const ref = refOf(payload);
      expect(fields[ref.kind === "tag" ? "Tag" : "Branch"]).toBe(esc(ref.name));
      if (event === "push" && !/^0+$/.test(payload.after))
        expect(fields.Commit).toBe(commit(payload.after));
      return;
    }
    case "release": {
      const release = payload.release;
      expect(fields.Tag).toBe(link(`${repo.html_url}/tree/${release.tag_name}`, release.tag_name));
      expect(fields.Target).toBe(esc(release.target_commitish));
      expect(fields.Author).toBe(link(release.author.html_url, release.author.login));
      return;
    }
    case "deployment":
    case "deployment_status": {
      const deployment = payload.deployment;
      expect(fields.Environment).toBe(
        esc(payload.deployment_status?.environment ?? deployment.environment),
      );
      expect(fields.Ref).toBe(esc(deployment.ref));
      expect(fields.Commit).toBe(commit(deployment.sha));
      expect(fields.Creator).toBe(link(deployment.creator.html_url, deployment.creator.login));
      return;
    }
    case "check_suite":
    case "check_run": {
      const suite = event === "check_suite" ? payload.check_suite : payload.check_run.check_suite;
      const app = event === "check_run" ? payload.check_run.app : suite.app;
      expect(fields.App).toBe(link(app.html_url, app.name));
      expect(fields.Branch).toBe(suite.head_branch ? esc(suite.head_branch) : undefined);
      expect(fields.Commit).toBe(commit(suite.head_sha));
      return;
    }
    case "status":
    case "commit_comment":
      expect(fields.Commit).toBe(commit(payload.sha ?? payload.comment.commit_id));
      return;
    default: {
      const discussion = payload.discussion;
      expect(fields.Author).toBe(link(discussion.user.html_url, discussion.user.login));
      expect(fields.Category).toBe(esc(discussion.category.name));
    }
  }
}

const all = REPO_EVENTS.flatMap((event) => examplesOf(event));

describe("every @octokit/webhooks-examples payload of the repository events", () => {
  it("covers every event in api.github.com and the GHES folders", () => {
    for (const event of REPO_EVENTS)
      expect(all.some((entry) => entry.event === event && entry.folder === "api.github.com")).toBe(
        true,
      );
    const ghes = FOLDERS.filter((folder) => folder.startsWith("ghes-"));
    expect(all.filter((entry) => ghes.includes(entry.folder)).length).toBeGreaterThan(50);
  });

  it.each(all.map((entry) => [entry.label, entry] as const))("%s", (_, entry) => {
    const result = mapEvent(entry.event, entry.payload);
    const message = only(result);
    if (result.skipped) return;
    expect(parseMessage(message)).toEqual(message);
    expect(result.threadId).toBe(expectedThread(entry));
    expect(message.external_thread_id).toBe(expectedThread(entry));
    expect(message.event).toBe(eventOf(entry));
    expect(stripLinks(message.title)).toBe(titleOf(entry));
    expect(message.author.name).toBe(entry.payload.sender.login);
    expect(message.author.avatar).toBe(entry.payload.sender.avatar_url);
    expect(markupProblems(message)).toEqual([]);

    const status = statusOf(entry);
    if (status === undefined) {
      expect(result.status).toBeUndefined();
      expect(message.thread?.status).toBeUndefined();
    } else {
      expect(result.status).toEqual({ value: status[0], color: status[1] });
      expect(message.thread?.status).toEqual({ value: status[0], color: status[1] });
    }

    const repository = entry.payload.repository;
    const fields = fieldsOf(message);
    expect(fields.Repository).toBe(link(repository.html_url, repository.full_name));
    expectFields(entry, fields);
    expect(message.thread?.actions?.[0]?.name).toBe("Open on GitHub");
    // Every GitHub link comes from the payload's own server (GHES payloads carry their host).
    const host = new URL(repository.html_url).host;
    const links = githubLinksOf(message);
    expect(links.length).toBeGreaterThan(0);
    for (const href of links) expect(new URL(href).host).toBe(host);
    expect(message.thread?.external_url).toBe(result.threadUrl);
  });
});
