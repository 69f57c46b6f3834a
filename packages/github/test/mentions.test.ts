import { describe, expect, it } from "vitest";
import { MentionsError, mapEvent, mapRunStatus, parseMentions } from "../src/index.js";
import { example } from "./examples.js";
import {
  completedRun,
  failedDeployment,
  fromSomeoneElse,
  pullRequestComment,
  review,
} from "./fixtures/derive.js";
import { only } from "./inspect.js";

// Every example is sent by Codertocat about Codertocat's items; octocat is the other real user.
const mentions = { Codertocat: "marty", octocat: "doc" };

describe("mentions tag the people a message concerns, by their Flowdock nick", () => {
  it("the assignee, when someone else assigns them", () => {
    const payload = fromSomeoneElse(example("issues", "assigned"));
    expect(only(mapEvent("issues", payload, { mentions })).tags).toEqual(["@marty"]);
    // Assigning yourself is no news to you.
    expect(only(mapEvent("issues", example("issues", "assigned"), { mentions })).tags).toBe(
      undefined,
    );
  });

  it("the requested reviewer, on a review request", () => {
    const payload = example("pull_request", "review_requested");
    expect(only(mapEvent("pull_request", payload, { mentions })).tags).toEqual(["@doc"]);
  });

  it("nobody for a team review request", () => {
    const payload = example("pull_request", "review_requested");
    payload.requested_team = { name: "Justice League", slug: "justice-league" };
    delete payload.requested_reviewer;
    const message = only(mapEvent("pull_request", payload, { mentions }));
    expect(message.title).toBe("requested review from Justice League");
    expect(message.tags).toBeUndefined();
  });

  it("the PR's author, when someone else approves or requests changes", () => {
    for (const state of ["approved", "changes_requested"] as const) {
      const payload = fromSomeoneElse(review(state));
      expect(only(mapEvent("pull_request_review", payload, { mentions })).tags).toEqual(["@marty"]);
    }
    // A review that only comments is no verdict to be told about.
    const commented = fromSomeoneElse(example("pull_request_review", "submitted"));
    Object.assign(commented.review, { state: "commented", body: "Looks fine so far." });
    expect(only(mapEvent("pull_request_review", commented, { mentions })).tags).toBeUndefined();
  });

  it("the issue's or PR's author, on a comment by someone else", () => {
    const onIssue = fromSomeoneElse(example("issue_comment", "created"));
    expect(only(mapEvent("issue_comment", onIssue, { mentions })).tags).toEqual(["@marty"]);
    const onPull = fromSomeoneElse(pullRequestComment());
    expect(only(mapEvent("issue_comment", onPull, { mentions })).tags).toEqual(["@marty"]);
    const onLine = fromSomeoneElse(example("pull_request_review_comment", "created"));
    expect(only(mapEvent("pull_request_review_comment", onLine, { mentions })).tags).toEqual([
      "@marty",
    ]);
    const onDiscussion = fromSomeoneElse(example("discussion_comment", "created"));
    expect(only(mapEvent("discussion_comment", onDiscussion, { mentions })).tags).toEqual([
      "@marty",
    ]);
    // Commenting on your own issue tags nobody.
    const own = example("issue_comment", "created");
    expect(only(mapEvent("issue_comment", own, { mentions })).tags).toBeUndefined();
  });

  it("the run's actor when a run fails, not when it succeeds", () => {
    expect(only(mapEvent("workflow_run", completedRun("failure"), { mentions })).tags).toEqual([
      "@marty",
    ]);
    expect(
      only(mapEvent("workflow_run", completedRun("success"), { mentions })).tags,
    ).toBeUndefined();
    const context = {
      eventName: "push",
      payload: {},
      repository: "octo-org/octo-repo",
      serverUrl: "https://github.com",
      runId: 1,
      runNumber: 2,
      workflow: "CI",
      actor: "octocat",
    };
    expect(only(mapRunStatus(context, "failure", { mentions })).tags).toEqual(["@doc"]);
    expect(only(mapRunStatus(context, "success", { mentions })).tags).toBeUndefined();
  });

  it("the deployment's creator when it fails", () => {
    expect(only(mapEvent("deployment_status", failedDeployment(), { mentions })).tags).toEqual([
      "@marty",
    ]);
    expect(
      only(mapEvent("deployment_status", example("deployment_status", "created"), { mentions }))
        .tags,
    ).toBeUndefined();
  });

  it("never a login the map does not list", () => {
    const payload = example("pull_request", "review_requested");
    expect(
      only(mapEvent("pull_request", payload, { mentions: { Codertocat: "marty" } })).tags,
    ).toBeUndefined();
    expect(only(mapEvent("pull_request", payload)).tags).toBeUndefined();
  });

  it("comes after the user's tags, each once; logins match case-insensitively, @ is optional", () => {
    const payload = example("pull_request", "review_requested");
    const message = only(
      mapEvent("pull_request", payload, {
        tags: ["github", "@doc"],
        mentions: { OctoCat: "@doc" },
      }),
    );
    expect(message.tags).toEqual(["github", "@doc"]);
    const combined = only(
      mapEvent("pull_request", payload, { tags: ["github"], mentions: { octocat: " doc " } }),
    );
    expect(combined.tags).toEqual(["github", "@doc"]);
  });

  it("a nick that would not be one tag is ignored", () => {
    const payload = example("pull_request", "review_requested");
    for (const nick of ["", "two words", "a,b", "#topic"])
      expect(
        only(mapEvent("pull_request", payload, { mentions: { octocat: nick } })).tags,
      ).toBeUndefined();
  });
});

describe("tags from JavaScript callers", () => {
  it("one tag given as a string is one tag", () => {
    const options = { tags: "github" as unknown as string[] };
    expect(only(mapEvent("issues", example("issues", "opened"), options)).tags).toEqual(["github"]);
  });
});

describe("parseMentions", () => {
  it("reads login=nick pairs, by commas or lines, dropping a leading @", () => {
    expect({ ...parseMentions("octocat=marty, hubot=@doc\n dependabot[bot] = bots ,") }).toEqual({
      octocat: "marty",
      hubot: "doc",
      "dependabot[bot]": "bots",
    });
  });

  it.each([
    ["hubot", /expected "github-login=flowdock-nick"/],
    ["octocat=ma#rty", /a Flowdock nick has no spaces/],
    ["octocat=a, OctoCat=b", /"OctoCat" is listed twice/],
  ])("names the bad entry of %j", (text, message) => {
    expect(() => parseMentions(text)).toThrow(MentionsError);
    expect(() => parseMentions(text)).toThrow(message);
  });
});
