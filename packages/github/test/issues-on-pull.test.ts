import { describe, expect, it } from "vitest";
import { mapEvent } from "../src/index.js";
import { examplesOf } from "./examples.js";
import { mergedPullRequest } from "./fixtures/derive.js";
import { fieldsOf, only } from "./inspect.js";

// GitHub sends `issues` events (milestoned, demilestoned, …) for pull requests; the example
// `Codertocat/Hello-World` #2 is one.
const onPull = examplesOf("issues").filter((entry) => entry.payload.issue.pull_request);

describe("an issues event about a pull request", () => {
  it("exists among the real examples", () => {
    expect(onPull.map((entry) => entry.action)).toEqual(
      expect.arrayContaining(["milestoned", "demilestoned"]),
    );
  });

  it.each(onPull.map((entry) => [entry.label, entry] as const))(
    "%s lands in the PR's thread, not an issue thread",
    (_, entry) => {
      const { issue, repository } = entry.payload;
      const result = mapEvent("issues", entry.payload);
      const message = only(result);
      expect(message.external_thread_id).toBe(
        `github:${repository.full_name}:pull:${issue.number}`,
      );
      expect(message.title).toMatch(/pull request/);
      expect(message.title).not.toMatch(/\bissue\b/);
      // An open PR shows open, as its own pull_request events do; it keeps what it knows.
      expect(issue.state).toBe("open");
      expect(result).toMatchObject({ status: { value: "open", color: "green" } });
      expect(message.thread?.title).toBe(issue.title);
      expect(fieldsOf(message).Author).toContain(issue.user.login);
      if (issue.milestone) expect(fieldsOf(message)).toHaveProperty("Milestone");
    },
  );

  it("has the same thread id as the PR's own events", () => {
    const milestoned = onPull.find((entry) => entry.folder === "api.github.com");
    const pull = mergedPullRequest();
    const a = mapEvent("issues", milestoned?.payload);
    const b = mapEvent("pull_request", pull);
    expect(a.skipped || b.skipped).toBe(false);
    if (a.skipped || b.skipped) return;
    expect(a.threadId).toBe(b.threadId);
  });

  it("says merged or closed when the payload tells it, and guesses neither", () => {
    const entry = onPull.find((e) => e.folder === "api.github.com" && e.action === "milestoned");
    const merged = structuredClone(entry?.payload);
    merged.issue.state = "closed";
    merged.issue.pull_request.merged_at = merged.issue.updated_at;
    expect(mapEvent("issues", merged)).toMatchObject({
      status: { value: "merged", color: "purple" },
    });
    const closed = structuredClone(entry?.payload);
    closed.issue.state = "closed";
    closed.issue.pull_request.merged_at = null;
    expect(mapEvent("issues", closed)).toMatchObject({
      status: { value: "closed", color: "red" },
    });
    // Closed, but the payload does not say whether it was merged: no badge rather than a guess.
    delete closed.issue.pull_request.merged_at;
    const unknown = mapEvent("issues", closed);
    expect(unknown.skipped).toBe(false);
    expect(unknown).not.toHaveProperty("status");
    expect(only(unknown).thread?.status).toBeUndefined();
    const draft = structuredClone(entry?.payload);
    draft.issue.draft = true;
    expect(mapEvent("issues", draft)).toMatchObject({ status: { value: "draft", color: "grey" } });
  });

  it("an action only issues have is skipped with the reason", () => {
    const payload = structuredClone(onPull[0]?.payload);
    payload.action = "transferred";
    const result = mapEvent("issues", payload);
    expect(result.skipped && result.reason).toContain(
      'Issue event on a pull request action "transferred"',
    );
  });
});
