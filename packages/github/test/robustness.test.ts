import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mapEvent, SUPPORTED_EVENTS } from "../src/index.js";
import { ALL_EVENTS, example, examplesOf } from "./examples.js";
import { withGhosts } from "./fixtures/derive.js";
import { markupProblems, only } from "./inspect.js";

const all = ALL_EVENTS.flatMap((event) => examplesOf(event));

describe("payloads that are missing things", () => {
  it.each(all.map((entry) => [entry.label, entry] as const))(
    "%s from a deleted account is posted as ghost",
    (_, entry) => {
      const message = only(mapEvent(entry.event, withGhosts(entry.payload)));
      expect(message.author).toEqual({ name: "ghost" });
    },
  );

  it("an issue with a null body and no labels, assignees or milestone", () => {
    const payload = example("issues", "opened");
    Object.assign(payload.issue, { body: null, labels: [], assignees: [], assignee: null });
    payload.issue.milestone = null;
    const message = only(mapEvent("issues", payload));
    expect(message.thread?.body).toBeUndefined();
    expect(message.thread?.fields?.map((field) => field.label)).toEqual(["Repository", "Author"]);
  });

  it("a comment with an empty body is an activity linking to it, not an empty discussion", () => {
    const payload = example("issue_comment", "created");
    payload.comment.body = "";
    const message = only(mapEvent("issue_comment", payload));
    expect(message.event).toBe("activity");
    expect(message.title).toBe(`<a href="${payload.comment.html_url}">commented</a>`);
  });

  it("a huge body is cut with a visible marker", () => {
    const payload = example("issues", "opened");
    payload.issue.body = "word ".repeat(200_000);
    const message = only(mapEvent("issues", payload));
    expect(message.thread?.body?.length).toBeLessThanOrEqual(20_000);
    expect(message.thread?.body).toContain("(truncated)");
    const short = only(mapEvent("issues", payload, { bodyMaxLength: 500 }));
    expect(short.thread?.body?.length).toBeLessThanOrEqual(500);
    expect(short.thread?.body).toContain("(truncated)");
  });

  it("a huge title is cut, not rejected", () => {
    const payload = example("pull_request", "opened");
    payload.pull_request.title = "x".repeat(5000);
    const message = only(mapEvent("pull_request", payload));
    expect(message.thread?.title.length).toBeLessThanOrEqual(300);
    expect(message.thread?.title.endsWith("…")).toBe(true);
  });

  it.each([
    ["issues", { action: "opened" }, "The issues payload has no issue number"],
    ["issues", { action: "opened", issue: { number: 1 } }, "names no repository"],
    ["pull_request", { action: "opened", pull_request: {} }, "has no pull request number"],
    ["workflow_run", { action: "requested", workflow_run: { id: "7" } }, "has no run id"],
    ["workflow_job", { action: "queued", workflow_job: {} }, "has no run id"],
    ["issue_comment", { action: "created", issue: { number: 2 } }, "no issue number or comment"],
    [
      "pull_request_review",
      { action: "submitted", pull_request: { number: 2 } },
      "names no repository",
    ],
    ["issues", null, "is not a JSON object"],
    ["issues", "[]", "is not a JSON object"],
    ["issues", [], "is not a JSON object"],
  ])("%s %j is skipped: %s", (event, payload, reason) => {
    const result = mapEvent(event, payload);
    expect(result.skipped).toBe(true);
    if (result.skipped) expect(result.reason).toContain(reason);
  });

  it("an unknown event is skipped with the list of supported ones", () => {
    expect(mapEvent("gollum", example("issues", "opened"))).toEqual({
      skipped: true,
      reason: `The "gollum" event is not supported; supported events: ${SUPPORTED_EVENTS.join(", ")}. To report the workflow run itself, give a run status instead.`,
    });
  });

  it.each([
    ["issues", "issues", "opened", "frobnicated", 'Issue action "frobnicated" is not supported'],
    ["pull_request", "pull_request", "opened", "frobnicated", 'Pull request action "frobnicated"'],
    ["issue_comment", "issue_comment", "created", "pinned", 'issue_comment action "pinned"'],
    [
      "pull_request_review",
      "pull_request_review",
      "submitted",
      "x",
      'pull_request_review action "x"',
    ],
  ])("an unknown %s action is skipped", (_, event, from, action, reason) => {
    const payload = example(event, from);
    payload.action = action;
    const result = mapEvent(event, payload);
    expect(result.skipped && result.reason).toContain(reason);
  });

  it("a workflow run with a status GitHub does not document is skipped", () => {
    const payload = example("workflow_run", "requested");
    payload.workflow_run.status = "teleporting";
    payload.workflow_run.conclusion = null;
    const result = mapEvent("workflow_run", payload);
    expect(result.skipped && result.reason).toContain('status "teleporting"');
  });
});

/** Replaces the value at a random path with something of the wrong shape, or removes it. */
const junk = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant([]),
  fc.constant({}),
  fc.array(fc.string(), { maxLength: 3 }),
);

function paths(value: unknown, prefix: string[] = [], out: string[][] = []): string[][] {
  if (value !== null && typeof value === "object")
    for (const [key, child] of Object.entries(value)) {
      const path = [...prefix, key];
      out.push(path);
      if (path.length < 4) paths(child, path, out);
    }
  return out;
}

function setAt(target: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let node: Record<string, unknown> = target;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string, unknown>;
  const last = path.at(-1) as string;
  if (value === undefined) delete node[last];
  else node[last] = value;
}

describe("no payload crashes it", () => {
  const samples = ALL_EVENTS.map((event) => examplesOf(event)[0]).filter(
    (entry) => entry !== undefined,
  );

  it.each(samples.map((entry) => [entry.event, entry] as const))(
    "%s with random fields removed or of the wrong type",
    (_, entry) => {
      const candidates = paths(entry.payload);
      fc.assert(
        fc.property(
          fc.array(fc.tuple(fc.constantFrom(...candidates), junk), { minLength: 1, maxLength: 6 }),
          (edits) => {
            const payload = structuredClone(entry.payload);
            for (const [path, value] of edits) {
              try {
                setAt(payload, path, value);
              } catch {
                // An earlier edit removed this path's parent: nothing to change.
              }
            }
            const result = mapEvent(entry.event, payload);
            if (result.skipped) {
              expect(result.reason.length).toBeGreaterThan(10);
              expect(result.reason).not.toContain("could not be built");
            } else
              for (const message of result.messages) expect(markupProblems(message)).toEqual([]);
          },
        ),
        { numRuns: 150, seed: 20261127 },
      );
    },
  );
});
