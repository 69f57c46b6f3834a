import { parseMessage } from "@flowdock-kit/core";
import { describe, expect, it } from "vitest";
import { mapRunStatus, type RunContext } from "../src/index.js";
import { example } from "./examples.js";
import { fieldsOf, githubLinksOf, only } from "./inspect.js";

function context(overrides: Partial<RunContext> = {}): RunContext {
  return {
    eventName: "push",
    payload: {},
    repository: "octo-org/octo-repo",
    serverUrl: "https://github.com",
    runId: 1589141559,
    runNumber: 36,
    runAttempt: 1,
    workflow: "CI",
    ref: "refs/heads/main",
    sha: "5779607b49aab1200488439f02372c57b4f75444",
    actor: "Codertocat",
    job: "build",
    ...overrides,
  };
}

describe("mapRunStatus (report this run)", () => {
  it.each([
    ["success", "CI #36 succeeded", "success", "green"],
    ["failure", "CI #36 failed", "failure", "red"],
    ["cancelled", "CI #36 was cancelled", "cancelled", "grey"],
    ["skipped", "CI #36 was skipped", "skipped", "grey"],
    ["Success", "CI #36 succeeded", "success", "green"],
    ["timed_out", "CI #36 timed out", "timed out", "orange"],
    ["in_progress", "CI #36 is running", "running", "yellow"],
  ])("%s", (status, title, value, color) => {
    const result = mapRunStatus(context(), status);
    const message = only(result);
    expect(parseMessage(message)).toEqual(message);
    expect(message.title).toBe(
      `<a href="https://github.com/octo-org/octo-repo/actions/runs/1589141559">${title}</a>`,
    );
    expect(result).toMatchObject({
      threadId: "github:octo-org/octo-repo:run:1589141559",
      threadTitle: "CI #36 on main",
      threadUrl: "https://github.com/octo-org/octo-repo/actions/runs/1589141559",
      status: { value, color },
    });
  });

  it("fills the thread's fields from the run context", () => {
    const message = only(mapRunStatus(context({ runAttempt: 2 }), "failure"));
    expect(fieldsOf(message)).toEqual({
      Repository: '<a href="https://github.com/octo-org/octo-repo">octo-org/octo-repo</a>',
      Workflow: "CI",
      Branch: "main",
      Commit:
        '<a href="https://github.com/octo-org/octo-repo/commit/5779607b49aab1200488439f02372c57b4f75444">5779607</a>',
      Event: "push",
      Attempt: "2",
      "Triggered by": "Codertocat",
      Job: "build",
    });
  });

  it("builds every link from the server URL (GitHub Enterprise Server)", () => {
    const message = only(
      mapRunStatus(context({ serverUrl: "https://ghe.example.com/" }), "success"),
    );
    const links = githubLinksOf(message);
    expect(links.length).toBeGreaterThan(2);
    for (const href of links)
      expect(href.startsWith("https://ghe.example.com/octo-org/octo-repo")).toBe(true);
  });

  it("uses the real push payload's commit message and sender avatar", () => {
    const push = example("push", "");
    const message = only(
      mapRunStatus(context({ payload: push, actor: push.sender.login }), "success"),
    );
    expect(message.thread?.body).toContain(push.head_commit.message.split("\n")[0]);
    expect(message.author).toEqual({ name: push.sender.login, avatar: push.sender.avatar_url });
  });

  it("shows the actor's avatar from the server when the payload has none", () => {
    const message = only(
      mapRunStatus(context({ serverUrl: "https://ghe.example.com" }), "success"),
    );
    expect(message.author).toEqual({
      name: "Codertocat",
      avatar: "https://ghe.example.com/Codertocat.png",
    });
    const bot = only(mapRunStatus(context({ actor: "github-actions[bot]" }), "success"));
    expect(bot.author).toEqual({ name: "github-actions[bot]" });
  });

  it("names the pull request's branch and links the pull request for pull_request triggers", () => {
    const payload = example("pull_request", "opened");
    const result = mapRunStatus(
      context({ eventName: "pull_request", payload, ref: "refs/pull/2/merge" }),
      "failure",
    );
    expect(result).toMatchObject({ threadTitle: `CI #36 on ${payload.pull_request.head.ref}` });
    expect(only(result).thread?.body).toContain(`href="${payload.pull_request.html_url}"`);
    expect(mapRunStatus(context({ ref: "refs/pull/7/merge" }), "success")).toMatchObject({
      threadTitle: "CI #36 on PR #7",
    });
  });

  it("names the tag (as a Tag, not a Branch) for tag pushes and leaves the branch out when there is no ref", () => {
    const tagged = mapRunStatus(context({ ref: "refs/tags/v1.2.0" }), "success");
    expect(tagged).toMatchObject({ threadTitle: "CI #36 on v1.2.0" });
    expect(fieldsOf(only(tagged))).toMatchObject({ Tag: "v1.2.0" });
    expect(fieldsOf(only(tagged)).Branch).toBeUndefined();
    expect(mapRunStatus(context({ ref: undefined }), "success")).toMatchObject({
      threadTitle: "CI #36",
    });
  });

  it.each([
    ["", "No run status was given"],
    ["exploded", 'Run status "exploded" is not one of success, failure, cancelled, skipped'],
  ])("an unusable status %j is skipped with a reason", (status, reason) => {
    const result = mapRunStatus(context(), status);
    expect(result.skipped && result.reason).toContain(reason);
  });

  it.each([
    [{ repository: "octo-org" }, 'The repository "octo-org" is not in owner/repo form'],
    [{ runId: "" }, "The run id is missing"],
  ])("an unusable context %j is skipped with a reason", (overrides, reason) => {
    const result = mapRunStatus(context(overrides), "success");
    expect(result.skipped && result.reason).toContain(reason);
  });

  it("never throws, whatever the context holds", () => {
    const result = mapRunStatus(
      { payload: 5, serverUrl: "not a url" } as unknown as RunContext,
      "success",
    );
    expect(result.skipped).toBe(true);
  });
});
