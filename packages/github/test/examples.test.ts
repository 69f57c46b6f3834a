import { parseMessage } from "@flowdock-kit/core";
import { describe, expect, it } from "vitest";
import { mapEvent } from "../src/index.js";
import { EVENTS, type Example, examplesOf, FOLDERS } from "./examples.js";
import { fieldsOf, githubLinksOf, markupProblems, only } from "./inspect.js";

// The expectations below restate github-mapping.md per event, read from each payload's own fields.

function threadIdOf({ event, payload }: Example): string {
  const repo = payload.repository.full_name;
  switch (event) {
    case "issues":
    case "issue_comment":
      return `github:${repo}:${payload.issue.pull_request ? "pull" : "issue"}:${payload.issue.number}`;
    case "workflow_run":
      return `github:${repo}:run:${payload.workflow_run.id}`;
    case "workflow_job":
      return `github:${repo}:run:${payload.workflow_job.run_id}`;
    default:
      return `github:${repo}:pull:${payload.pull_request.number}`;
  }
}

function itemUrlOf({ event, payload }: Example): string | undefined {
  if (event === "issues" || event === "issue_comment") return payload.issue.html_url;
  if (event === "workflow_run") return payload.workflow_run.html_url;
  if (event === "workflow_job")
    return `${payload.repository.html_url}/actions/runs/${payload.workflow_job.run_id}`;
  return payload.pull_request.html_url;
}

const SHARED: Record<string, (p: Example["payload"], noun: string) => string> = {
  edited: (_, noun) => `edited ${noun}`,
  reopened: (_, noun) => `reopened ${noun}`,
  locked: (_, noun) => `locked ${noun}`,
  unlocked: (_, noun) => `unlocked ${noun}`,
  labeled: (p, noun) => `labeled ${noun} ${p.label.name}`,
  unlabeled: (p, noun) => `removed label ${p.label.name} from ${noun}`,
  assigned: (p, noun) => `assigned ${noun} to ${p.assignee.login}`,
  unassigned: (p, noun) => `unassigned ${p.assignee.login} from ${noun}`,
  milestoned: (p, noun) =>
    `added ${noun} to milestone ${p.milestone?.title ?? (p.issue ?? p.pull_request).milestone.title}`,
  demilestoned: (p, noun) =>
    p.milestone
      ? `removed ${noun} from milestone ${p.milestone.title}`
      : `removed ${noun} from its milestone`,
};

const RUN_OUTCOME: Record<string, string> = {
  success: "succeeded",
  failure: "failed",
  cancelled: "was cancelled",
  action_required: "needs action",
};

/** The activity title as plain text (links stripped). */
function titleOf({ event, action, payload }: Example): string {
  const shared = SHARED[action];
  switch (event) {
    case "issues":
      if (payload.issue.pull_request)
        return (shared as NonNullable<typeof shared>)(payload, "pull request");
      if (action === "opened") return "opened issue";
      if (action === "deleted") return "deleted issue";
      if (action === "pinned" || action === "unpinned") return `${action} issue`;
      if (action === "transferred")
        return `transferred issue to ${payload.changes.new_repository.full_name}`;
      if (shared) return shared(payload, "issue");
      break;
    case "issue_comment":
      return { created: "commented", edited: "edited a comment", deleted: "deleted a comment" }[
        action
      ] as string;
    case "pull_request_review_comment": {
      const where = ` on ${payload.comment.path}`;
      return `${{ created: "commented", edited: "edited a comment", deleted: "deleted a comment" }[action]}${where}`;
    }
    case "pull_request_review":
      if (action === "dismissed") return `dismissed a review by ${payload.review.user.login}`;
      return (
        { approved: "approved", changes_requested: "requested changes" }[
          payload.review.state as string
        ] ?? "reviewed"
      );
    case "workflow_run": {
      const run = payload.workflow_run;
      const subject = `${run.name || payload.workflow.name} #${run.run_number}`;
      if (run.status === "completed") return `${subject} ${RUN_OUTCOME[run.conclusion]}`;
      if (action === "requested") return `started ${subject}`;
      return `${subject} is ${run.status === "in_progress" ? "running" : run.status}`;
    }
    case "workflow_job": {
      const job = payload.workflow_job;
      if (job.status === "waiting") return `job ${job.name} is waiting`;
      if (job.status === "queued") return `job ${job.name} is queued`;
      if (job.status === "in_progress") return `job ${job.name} started`;
      return `job ${job.name} ${RUN_OUTCOME[job.conclusion]}`;
    }
    default: {
      const pull = payload.pull_request;
      if (action === "opened")
        return pull.draft ? "opened draft pull request" : "opened pull request";
      if (action === "closed") return pull.merged ? "merged pull request" : "closed pull request";
      if (action === "synchronize") return `pushed to ${pull.head.ref}`;
      if (action === "converted_to_draft") return "converted pull request to draft";
      if (action === "ready_for_review") return "marked pull request as ready for review";
      if (action === "review_requested")
        return `requested review from ${payload.requested_reviewer.login}`;
      if (action === "review_request_removed")
        return `removed review request for ${payload.requested_reviewer.login}`;
      if (shared) return shared(payload, "pull request");
    }
  }
  throw new Error(`no expectation for ${event}.${action}`);
}

function eventOf({ event, action, payload }: Example): "activity" | "discussion" {
  if (
    (event === "issue_comment" || event === "pull_request_review_comment") &&
    action === "created"
  )
    return "discussion";
  if (event === "pull_request_review" && action === "submitted")
    return payload.review.state === "commented" && payload.review.body ? "discussion" : "activity";
  return "activity";
}

/** [value, colour] of the thread's status, or undefined for job events (they keep the run's). */
function statusOf({ event, action, payload }: Example): [string, string] | undefined {
  if (event === "workflow_job") return undefined;
  if (event === "workflow_run") {
    const run = payload.workflow_run;
    if (run.status === "completed")
      return (
        {
          success: ["success", "green"],
          failure: ["failure", "red"],
          action_required: ["action required", "orange"],
        } as Record<string, [string, string]>
      )[run.conclusion];
    return run.status === "in_progress" ? ["running", "yellow"] : ["queued", "blue"];
  }
  if (!payload.issue?.pull_request && (event === "issues" || event === "issue_comment")) {
    if (event === "issues" && action === "deleted") return ["deleted", "black"];
    if (event === "issues" && action === "transferred") return ["transferred", "black"];
    return payload.issue.state === "closed" ? ["closed", "purple"] : ["open", "green"];
  }
  const pull = payload.issue ?? payload.pull_request;
  if (pull.merged) return ["merged", "purple"];
  if (pull.state === "closed") return ["closed", "red"];
  if (pull.draft) return ["draft", "grey"];
  return ["open", "green"];
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

const all = EVENTS.flatMap((event) => examplesOf(event));

describe("every @octokit/webhooks-examples payload of the mapped events", () => {
  it("covers api.github.com and the GHES folders", () => {
    expect(FOLDERS).toContain("api.github.com");
    expect(FOLDERS.filter((folder) => folder.startsWith("ghes-")).length).toBeGreaterThan(0);
    const folders = new Set(all.map((entry) => entry.folder));
    for (const folder of FOLDERS) expect(folders).toContain(folder);
    expect(all.length).toBeGreaterThan(100);
  });

  it.each(all.map((entry) => [entry.label, entry] as const))("%s", (_, entry) => {
    const result = mapEvent(entry.event, entry.payload);
    const message = only(result);
    if (result.skipped) return;
    // The message is what the Messages API accepts.
    expect(parseMessage(message)).toEqual(message);
    expect(result.threadId).toBe(threadIdOf(entry));
    expect(message.external_thread_id).toBe(threadIdOf(entry));
    expect(message.event).toBe(eventOf(entry));
    expect(stripLinks(message.title)).toBe(titleOf(entry));
    expect(message.author.name).toBe(entry.payload.sender.login);
    expect(message.author.avatar).toBe(entry.payload.sender.avatar_url);
    expect(result.threadUrl).toBe(itemUrlOf(entry));
    expect(markupProblems(message)).toEqual([]);

    const status = statusOf(entry);
    if (status === undefined) {
      // Job payloads lack the run's number and overall status: they leave the thread as it is.
      expect(message.thread).toBeUndefined();
      expect(result.status).toBeUndefined();
      return;
    }
    expect(result.status).toEqual({ value: status[0], color: status[1] });
    expect(message.thread?.status).toEqual({ value: status[0], color: status[1] });
    expect(message.thread?.external_url).toBe(itemUrlOf(entry));

    const repository = entry.payload.repository;
    const fields = fieldsOf(message);
    expect(fields.Repository).toBe(`<a href="${repository.html_url}">${repository.full_name}</a>`);
    // Every GitHub link comes from the payload's own server (GHES payloads use their host; some
    // real payloads mix http and https, so the host is compared).
    const host = new URL(repository.html_url).host;
    const links = githubLinksOf(message);
    expect(links.length).toBeGreaterThan(0);
    for (const href of links) expect(new URL(href).host).toBe(host);

    if (entry.event === "workflow_run") {
      const run = entry.payload.workflow_run;
      const name = run.name || entry.payload.workflow.name;
      expect(result.threadTitle).toBe(`${name} #${run.run_number} on ${run.head_branch}`);
      expect(stripLinks(fields.Commit ?? "")).toBe(run.head_sha.slice(0, 7));
      expect(fields.Commit).toContain(`${repository.html_url}/commit/${run.head_sha}`);
      expect(fields.Branch).toBe(run.head_branch);
      expect(fields.Event).toBe(run.event);
      expect(fields.Attempt).toBe(String(run.run_attempt));
      const pulls = run.pull_requests.map(
        (pull: { number: number }) =>
          `<a href="${repository.html_url}/pull/${pull.number}">#${pull.number}</a>`,
      );
      expect(fields["Pull requests"]).toBe(pulls.length > 0 ? pulls.join(", ") : undefined);
      expect(message.thread?.actions?.map((a) => a.name)).toContain("Logs");
      return;
    }
    const item =
      entry.event === "issues" || entry.event === "issue_comment"
        ? entry.payload.issue
        : entry.payload.pull_request;
    expect(result.threadTitle).toBe(item.title);
    expect(stripLinks(message.thread?.title ?? "")).toBe(item.title);
    expect(fields.Author).toBe(`<a href="${item.user.html_url}">${item.user.login}</a>`);
    const labels = (item.labels ?? []).map((label: { name: string }) => label.name).join(", ");
    expect(fields.Labels).toBe(labels === "" ? undefined : labels);
    const actionNames = message.thread?.actions?.map((a) => a.name);
    expect(actionNames?.[0]).toBe("Open on GitHub");
    if (threadIdOf(entry).includes(":pull:") && !entry.payload.issue) {
      expect(actionNames).toContain("Diff");
      expect(fields.Branch).toBe(`${item.head.ref} → ${item.base.ref}`);
    }
    if (item.body) expect(message.thread?.body).toMatch(/^<p>/);
  });
});
