import { describe, expect, it } from "vitest";
import { mapEvent } from "../src/index.js";
import { example } from "./examples.js";
import {
  closedIssue,
  completedRun,
  draftPullRequest,
  failedJob,
  mergedPullRequest,
  pullRequestComment,
  rerunRequested,
  review,
  runInProgress,
} from "./fixtures/derive.js";
import { fieldsOf, only } from "./inspect.js";

function plain(markup: string): string {
  return markup.replace(/<a href="[^"]*">|<\/a>/g, "");
}

describe("states the examples lack (real payloads, changed)", () => {
  it("a merged pull request is purple, 'merged pull request'", () => {
    const result = mapEvent("pull_request", mergedPullRequest());
    const message = only(result);
    expect(message.title).toBe("merged pull request");
    expect(result).toMatchObject({ status: { value: "merged", color: "purple" } });
    expect(message.thread?.status).toEqual({ value: "merged", color: "purple" });
  });

  it("a pull request closed without merging is red", () => {
    const payload = mergedPullRequest();
    payload.pull_request.merged = false;
    payload.pull_request.merged_at = null;
    const message = only(mapEvent("pull_request", payload));
    expect(message.title).toBe("closed pull request");
    expect(message.thread?.status).toEqual({ value: "closed", color: "red" });
  });

  it("a draft pull request is grey and says draft", () => {
    const message = only(mapEvent("pull_request", draftPullRequest()));
    expect(message.title).toBe("opened draft pull request");
    expect(message.thread?.status).toEqual({ value: "draft", color: "grey" });
  });

  it("pull_request_target maps like pull_request", () => {
    expect(mapEvent("pull_request_target", mergedPullRequest())).toEqual(
      mapEvent("pull_request", mergedPullRequest()),
    );
  });

  it.each([
    ["completed", "closed issue as completed", "closed", "purple"],
    ["not_planned", "closed issue as not planned", "not planned", "grey"],
    ["duplicate", "closed issue as duplicate", "duplicate", "grey"],
    [null, "closed issue", "closed", "purple"],
  ] as const)("an issue closed as %s", (reason, title, value, color) => {
    const result = mapEvent("issues", closedIssue(reason));
    expect(only(result).title).toBe(title);
    expect(result).toMatchObject({ status: { value, color } });
  });

  it("an approving review is a lime 'approved' activity", () => {
    const result = mapEvent("pull_request_review", review("approved"));
    const message = only(result);
    expect(message.event).toBe("activity");
    expect(plain(message.title)).toBe("approved");
    expect(message.title).toContain('href="https://github.com/Codertocat/Hello-World/pull/2#');
    expect(message.thread?.status).toEqual({ value: "approved", color: "lime" });
  });

  it("a review requesting changes is orange and carries its text", () => {
    const result = mapEvent("pull_request_review", review("changes_requested", "Please **fix**"));
    const message = only(result);
    expect(message.event).toBe("activity");
    expect(plain(message.title)).toBe("requested changes");
    expect(message.body).toBe("<p>Please <strong>fix</strong></p>");
    expect(message.thread?.status).toEqual({ value: "changes requested", color: "orange" });
  });

  it("a commenting review with text is a discussion titled 'reviewed'", () => {
    const payload = review("approved", "Looks *good*");
    payload.review.state = "commented";
    const message = only(mapEvent("pull_request_review", payload));
    expect(message.event).toBe("discussion");
    expect(message.title).toBe("reviewed");
    expect(message.body).toBe("<p>Looks <em>good</em></p>");
    expect(message.thread?.status).toEqual({ value: "open", color: "green" });
  });

  it("an approval on a merged PR keeps it merged", () => {
    const payload = review("approved");
    payload.pull_request.merged_at = "2019-05-15T16:00:00Z";
    payload.pull_request.state = "closed";
    expect(only(mapEvent("pull_request_review", payload)).thread?.status).toEqual({
      value: "merged",
      color: "purple",
    });
  });

  it.each([
    ["success", "succeeded", "success", "green"],
    ["failure", "failed", "failure", "red"],
    ["startup_failure", "failed to start", "failure", "red"],
    ["timed_out", "timed out", "timed out", "orange"],
    ["action_required", "needs action", "action required", "orange"],
    ["cancelled", "was cancelled", "cancelled", "grey"],
    ["neutral", "finished (neutral)", "neutral", "cyan"],
    ["skipped", "was skipped", "skipped", "grey"],
    ["stale", "is stale", "stale", "grey"],
  ] as const)("a workflow run concluding %s", (conclusion, words, value, color) => {
    const result = mapEvent("workflow_run", completedRun(conclusion));
    const message = only(result);
    expect(message.title).toBe(`test #163 ${words}`);
    expect(message.external_thread_id).toBe("github:octo-org/octo-repo:run:289782451");
    expect(message.thread?.title).toBe("test #163 on master");
    expect(message.thread?.status).toEqual({ value, color });
    expect(fieldsOf(message).Duration).toMatch(/^\d+(h \d+m )?(\d+m )?\d*s$/);
  });

  it("a running workflow run is yellow, and a queued one blue", () => {
    expect(only(mapEvent("workflow_run", runInProgress()))).toMatchObject({
      title: "test #163 is running",
      thread: { status: { value: "running", color: "yellow" } },
    });
    expect(only(mapEvent("workflow_run", example("workflow_run", "requested")))).toMatchObject({
      title: "started test #163",
      thread: { status: { value: "queued", color: "blue" } },
    });
  });

  it("a re-run goes to the same thread and says which attempt", () => {
    const first = mapEvent("workflow_run", completedRun("failure"));
    const again = mapEvent("workflow_run", rerunRequested());
    const message = only(again);
    expect(message.title).toBe("re-ran test #163");
    expect(fieldsOf(message).Attempt).toBe("2");
    expect(again).toMatchObject({ status: { value: "queued", color: "blue" } });
    expect(!first.skipped && !again.skipped && first.threadId === again.threadId).toBe(true);
  });

  it("a failed job names its failed steps on the run's thread", () => {
    const payload = failedJob();
    const message = only(mapEvent("workflow_job", payload));
    expect(plain(message.title)).toBe("job linters failed");
    expect(message.external_thread_id).toBe(
      `github:${payload.repository.full_name}:run:${payload.workflow_job.run_id}`,
    );
    const failed = payload.workflow_job.steps.filter(
      (step: { conclusion: string }) => step.conclusion === "failure",
    );
    expect(failed.length).toBeGreaterThan(0);
    for (const step of failed) expect(message.body).toContain(step.name);
  });

  it("jobs can be turned off", () => {
    const result = mapEvent("workflow_job", failedJob(), { includeJobs: false });
    expect(result).toEqual({
      skipped: true,
      reason: "workflow_job events are turned off (includeJobs is false).",
    });
  });

  it("a comment on a pull request goes to the pull request's thread", () => {
    const payload = pullRequestComment();
    const result = mapEvent("issue_comment", payload);
    const message = only(result);
    expect(message.external_thread_id).toBe(
      `github:${payload.repository.full_name}:pull:${payload.issue.number}`,
    );
    expect(message.event).toBe("discussion");
    expect(message.title).toBe("commented");
    expect(message.thread?.external_url).toBe(payload.issue.html_url);
    expect(message.thread?.status).toEqual({ value: "open", color: "green" });
    const merged = mapEvent("issue_comment", pullRequestComment(true));
    expect(merged).toMatchObject({ status: { value: "merged", color: "purple" } });
  });
});
