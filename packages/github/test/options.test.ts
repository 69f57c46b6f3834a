import { describe, expect, it } from "vitest";
import { mapEvent, parseColorOverrides } from "../src/index.js";
import { example } from "./examples.js";
import { completedRun, mergedPullRequest } from "./fixtures/derive.js";
import { fieldsOf, only } from "./inspect.js";

describe("options", () => {
  it("colour overrides replace the default for that status value only", () => {
    const colors = parseColorOverrides("merged=blue, cancelled=yellow");
    expect(mapEvent("pull_request", mergedPullRequest(), { colors })).toMatchObject({
      status: { value: "merged", color: "blue" },
    });
    expect(mapEvent("workflow_run", completedRun("cancelled"), { colors })).toMatchObject({
      status: { value: "cancelled", color: "yellow" },
    });
    expect(mapEvent("workflow_run", completedRun("failure"), { colors })).toMatchObject({
      status: { value: "failure", color: "red" },
    });
  });

  it("colour overrides may be keyed as GitHub spells the state", () => {
    const result = mapEvent("workflow_run", completedRun("timed_out"), {
      colors: { timed_out: "black" },
    });
    expect(result).toMatchObject({ status: { value: "timed out", color: "black" } });
  });

  it("extra fields come after the item's own, as plain text", () => {
    const message = only(
      mapEvent("issues", example("issues", "opened"), {
        fields: [{ label: "Team", value: "<b>Core</b>" }],
      }),
    );
    const labels = message.thread?.fields?.map((field) => field.label);
    expect(labels?.[0]).toBe("Repository");
    expect(labels?.at(-1)).toBe("Team");
    expect(fieldsOf(message).Team).toBe("&lt;b&gt;Core&lt;/b&gt;");
  });

  it("tags go on every message", () => {
    expect(
      only(mapEvent("issues", example("issues", "opened"), { tags: ["github", "bug"] })).tags,
    ).toEqual(["github", "bug"]);
  });

  it("the thread id can be overridden", () => {
    const result = mapEvent("issues", example("issues", "opened"), { threadId: "release-2.0" });
    expect(result).toMatchObject({ threadId: "release-2.0" });
    expect(only(result).external_thread_id).toBe("release-2.0");
  });

  it("bodies can be left out", () => {
    const issue = only(mapEvent("issues", example("issues", "opened"), { includeBody: false }));
    expect(issue.thread?.body).toBeUndefined();
    const run = only(mapEvent("workflow_run", completedRun("success"), { includeBody: false }));
    expect(run.thread?.body).toBeUndefined();
    // A comment without its text still says someone commented, with a link to read it.
    const payload = example("issue_comment", "created");
    const comment = only(mapEvent("issue_comment", payload, { includeBody: false }));
    expect(comment.event).toBe("activity");
    expect(comment.title).toBe(`<a href="${payload.comment.html_url}">commented</a>`);
    expect(comment.body).toBeUndefined();
  });

  it("relative links in Markdown resolve against the repository's own server", () => {
    const payload = example("issues", "opened", "ghes-35");
    payload.issue.body = "See [the guide](/docs/guide.md) and [x](./pull/2)";
    const message = only(mapEvent("issues", payload));
    const origin = new URL(payload.repository.html_url).origin;
    expect(message.thread?.body).toContain(`href="${origin}/docs/guide.md"`);
    expect(message.thread?.body).toContain(`href="${payload.repository.html_url}/pull/2"`);
  });

  it("the same description in another repository, or with another length limit, renders anew", () => {
    const body = `See [the guide](/docs/guide.md). ${"Long words here. ".repeat(40)}`;
    const first = example("issues", "opened");
    first.issue.body = body;
    const other = example("issues", "opened", "ghes-35");
    other.issue.body = body;
    const inFirst = only(mapEvent("issues", first)).thread?.body;
    const inOther = only(mapEvent("issues", other)).thread?.body;
    expect(inFirst).toContain(`href="${new URL(first.repository.html_url).origin}/docs/guide.md"`);
    expect(inOther).toContain(`href="${new URL(other.repository.html_url).origin}/docs/guide.md"`);
    expect(only(mapEvent("issues", first)).thread?.body).toBe(inFirst);
    const short = only(mapEvent("issues", first, { bodyMaxLength: 200 })).thread?.body;
    expect(short?.length).toBeLessThanOrEqual(200);
    expect(short).toContain("truncated");
    expect(only(mapEvent("issues", first)).thread?.body).toBe(inFirst);
  });
});
