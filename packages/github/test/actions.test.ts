import { describe, expect, it } from "vitest";
import { mapEvent, mapRunStatus } from "../src/index.js";
import { example } from "./examples.js";
import { failedJob } from "./fixtures/derive.js";
import { fieldsOf, only } from "./inspect.js";

// Actions the examples lack, on real payloads whose `action` (and the field it names) is changed.
describe("actions the examples lack", () => {
  it.each([
    ["auto_merge_enabled", "enabled auto-merge"],
    ["auto_merge_disabled", "disabled auto-merge"],
    ["enqueued", "added pull request to the merge queue"],
    ["dequeued", "removed pull request from the merge queue"],
    ["edited", "edited pull request"],
    ["milestoned", "added pull request to a milestone"],
  ])("pull_request.%s", (action, title) => {
    const payload = example("pull_request", "opened");
    payload.action = action;
    expect(only(mapEvent("pull_request", payload)).title).toBe(title);
  });

  it.each([
    ["issues", "issue"],
    ["pull_request", "pull request"],
  ])("a renamed %s says the old title, escaped", (event, noun) => {
    const payload = example(event, event === "issues" ? "edited" : "opened");
    payload.action = "edited";
    payload.changes = { title: { from: "Spelling <error>" } };
    expect(only(mapEvent(event, payload)).title).toBe(
      `changed the ${noun} title from Spelling &lt;error&gt;`,
    );
    payload.changes = { body: { from: "old text" } };
    expect(only(mapEvent(event, payload)).title).toBe(`edited ${noun}`);
  });

  it("a review requested from a team names the team", () => {
    const payload = example("pull_request", "review_requested");
    delete payload.requested_reviewer;
    payload.requested_team = { name: "Platform", slug: "platform" };
    payload.pull_request.requested_teams = [
      { name: "Platform", html_url: "https://github.com/orgs/Codertocat/teams/platform" },
    ];
    const message = only(mapEvent("pull_request", payload));
    expect(message.title).toBe("requested review from Platform");
    const reviewers = payload.pull_request.requested_reviewers.map(
      (user: { login: string; html_url: string }) => `<a href="${user.html_url}">${user.login}</a>`,
    );
    expect(fieldsOf(message).Reviewers).toBe(
      [
        ...reviewers,
        '<a href="https://github.com/orgs/Codertocat/teams/platform">Platform</a>',
      ].join(", "),
    );
  });

  it("a push says where, and links the compare view from the payload's repository", () => {
    const payload = example("pull_request", "synchronize");
    const message = only(mapEvent("pull_request", payload));
    expect(message.title).toBe(`pushed to ${payload.pull_request.head.ref}`);
    expect(message.body).toContain(
      `href="${payload.repository.html_url}/compare/${payload.before}...${payload.after}"`,
    );
    delete payload.before;
    expect(only(mapEvent("pull_request", payload)).body).toBeUndefined();
  });

  it.each([
    ["typed", { type: { name: "Bug" } }, "set issue type to Bug"],
    ["untyped", {}, "removed the issue type"],
    ["transferred", { changes: {} }, "transferred issue"],
  ])("issues.%s", (action, extra, title) => {
    const payload = { ...example("issues", "opened"), ...extra, action };
    expect(only(mapEvent("issues", payload)).title).toBe(title);
  });

  it("a job with no name is named by its id", () => {
    const payload = failedJob();
    delete payload.workflow_job.name;
    expect(only(mapEvent("workflow_job", payload)).title).toContain(
      `job #${payload.workflow_job.id} failed`,
    );
  });

  it("a job leaves its run's state alone, and says what to create the thread with if there is none", () => {
    const payload = failedJob();
    const result = mapEvent("workflow_job", payload);
    if (result.skipped) throw new Error(result.reason);
    expect(result.messages.every((message) => message.thread === undefined)).toBe(true);
    expect(result.threadIfNew).toMatchObject({
      title: `${payload.workflow_job.workflow_name} on ${payload.workflow_job.head_branch}`,
      external_url: `${payload.repository.html_url}/actions/runs/${payload.workflow_job.run_id}`,
    });
    expect(result.threadIfNew?.status).toBeUndefined();
    // Events that carry the state have no such fallback.
    const run = mapEvent("workflow_run", example("workflow_run", "completed"));
    expect(run).toMatchObject({ skipped: false });
    expect(run.skipped === false && run.threadIfNew).toBeUndefined();
  });

  it("report-this-run names the release for release triggers", () => {
    const payload = example("release", "published");
    const message = only(
      mapRunStatus(
        {
          eventName: "release",
          payload,
          repository: payload.repository.full_name,
          serverUrl: "https://github.com",
          runId: 1,
          runNumber: 1,
          workflow: "Release",
          ref: `refs/tags/${payload.release.tag_name}`,
        },
        "success",
      ),
    );
    expect(message.thread?.title).toBe(`Release #1 on ${payload.release.tag_name}`);
    expect(message.thread?.body).toContain(`href="${payload.release.html_url}"`);
  });
});

describe("a message that cannot be built", () => {
  it("is skipped with core's reason instead of throwing", () => {
    const result = mapEvent("issues", example("issues", "opened"), {
      fields: [{ label: "", value: "x" }],
    });
    expect(result.skipped).toBe(true);
    expect(result.skipped && result.reason).toBe(
      "The issues message could not be built: Invalid Flowdock message:\n  - thread.fields[5].label: can't be blank",
    );
  });
});

describe("cutting text", () => {
  it("never splits an emoji when a commit message is cut", () => {
    const payload = example("push", "");
    const message = only(
      mapRunStatus(
        {
          eventName: "push",
          payload: { ...payload, head_commit: { message: `${"a".repeat(9)}😀 tail` } },
          repository: "o/r",
          serverUrl: "https://github.com",
          runId: 1,
          runNumber: 1,
          workflow: "CI",
        },
        "success",
        { bodyMaxLength: 11 },
      ),
    );
    expect(message.thread?.body).toBe("<p>aaaaaaaaa…</p>");
  });
});
