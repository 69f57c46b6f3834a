import { describe, expect, it } from "vitest";
import { mapEvent, parseColorOverrides } from "../src/index.js";
import { example, examplesOf } from "./examples.js";
import {
  answeredDiscussionComment,
  branchPush,
  closedDiscussion,
  commitStatus,
  deploymentState,
  draftRelease,
  emptyPush,
  failedCheckRun,
  failedDeployment,
  forcedPush,
} from "./fixtures/derive.js";
import { fieldsOf, markupProblems, only } from "./inspect.js";

const items = (body: string | undefined) => [...(body ?? "").matchAll(/<li>/g)].length;

describe("push", () => {
  it("lists each commit: short sha linked, first line of the message, author", () => {
    const payload = branchPush(3);
    const result = mapEvent("push", payload);
    const message = only(result);
    expect(result).toMatchObject({
      threadId: "github:Codertocat/Hello-World:branch:master",
      status: { value: "active", color: "green" },
    });
    expect(message.title).toBe(`<a href="${payload.compare}">pushed 3 commits to master</a>`);
    expect(items(message.body)).toBe(3);
    const [first] = payload.commits;
    expect(message.body).toContain(
      `<li><a href="${first.url}">${first.id.slice(0, 7)}</a> Change 1 — Codertocat</li>`,
    );
    expect(message.body).not.toContain("Details that stay out");
    expect(message.thread?.actions).toContainEqual({
      "@type": "ViewAction",
      name: "Compare",
      url: payload.compare,
    });
    expect(message.thread?.external_url).toBe(`${payload.repository.html_url}/tree/master`);
  });

  it("one commit is `1 commit`", () => {
    expect(only(mapEvent("push", branchPush(1))).title).toContain("pushed 1 commit to master");
  });

  it("lists 20 commits, then says how many more", () => {
    const message = only(mapEvent("push", branchPush(25)));
    expect(message.title).toContain("pushed 25 commits to master");
    expect(items(message.body)).toBe(20);
    expect(message.body).toMatch(/<\/ul><p>and 5 more<\/p>$/);
  });

  it("a huge commit list still gives one short message", () => {
    const message = only(mapEvent("push", branchPush(5000)));
    expect(items(message.body)).toBe(20);
    expect(message.body).toContain("and 4980 more");
  });

  it("a forced push says so and turns the branch orange", () => {
    const result = mapEvent("push", forcedPush());
    expect(only(result).title).toContain(">force-pushed master<");
    expect(result).toMatchObject({ status: { value: "force-pushed", color: "orange" } });
    expect(items(only(result).body)).toBe(2);
  });

  it("a push without new commits says where the branch points now", () => {
    const payload = emptyPush();
    const message = only(mapEvent("push", payload));
    expect(message.title).toContain(">pushed to master<");
    expect(message.body).toBe(
      `<p>No new commits; master now points at <a href="${payload.repository.html_url}/commit/${payload.after}">${payload.after.slice(0, 7)}</a>.</p>`,
    );
  });

  it("without bodies, commits are listed without their messages", () => {
    const message = only(mapEvent("push", branchPush(2), { includeBody: false }));
    expect(items(message.body)).toBe(2);
    expect(message.body).not.toContain("Change 1");
  });

  it("a deleted branch is grey, links the repository and has no Compare", () => {
    const payload = branchPush(1);
    Object.assign(payload, { deleted: true, after: "0".repeat(40), commits: [] });
    const result = mapEvent("push", payload);
    const message = only(result);
    expect(message.title).toBe("deleted branch master");
    expect(result).toMatchObject({ status: { value: "deleted", color: "grey" } });
    expect(message.thread?.external_url).toBe(payload.repository.html_url);
    expect(message.thread?.actions?.map((action) => action.name)).toEqual(["Open on GitHub"]);
  });

  it("a branch with a slash keeps its path in the link, and a ref that is no branch is skipped", () => {
    const payload = branchPush(1);
    payload.ref = "refs/heads/feature/a b";
    const message = only(mapEvent("push", payload));
    expect(message.external_thread_id).toBe("github:Codertocat/Hello-World:branch:feature/a b");
    expect(message.thread?.external_url).toBe(`${payload.repository.html_url}/tree/feature/a%20b`);
    payload.ref = "refs/notes/commits";
    const result = mapEvent("push", payload);
    expect(result.skipped && result.reason).toContain("neither a branch nor a tag");
  });

  it("a tag moved by a push says so, forced or not, in the tags thread", () => {
    const payload = example("push", "");
    expect(payload.ref).toBe("refs/tags/simple-tag");
    Object.assign(payload, { created: false, forced: true });
    const forced = mapEvent("push", payload);
    expect(only(forced).title).toContain(">force-pushed tag simple-tag<");
    expect(forced).toMatchObject({
      threadId: "github:Codertocat/Hello-World:tags",
      status: { value: "simple-tag", color: "cyan" },
    });
    payload.forced = false;
    expect(only(mapEvent("push", payload)).title).toContain(">moved tag simple-tag<");
  });

  it("status colours can be overridden as the user spells them", () => {
    const colors = parseColorOverrides("force_pushed=red, tag=blue");
    expect(mapEvent("push", forcedPush(), { colors })).toMatchObject({
      status: { value: "force-pushed", color: "red" },
    });
    expect(mapEvent("create", example("create", ""), { colors })).toMatchObject({
      status: { value: "simple-tag", color: "blue" },
    });
  });
});

describe("create and delete", () => {
  it("a branch created and deleted share the branch's thread", () => {
    const created = example("create", "");
    Object.assign(created, { ref: "feature-x", ref_type: "branch" });
    const deleted = example("delete", "");
    Object.assign(deleted, { ref: "feature-x", ref_type: "branch" });
    const a = mapEvent("create", created);
    const b = mapEvent("delete", deleted);
    expect(a).toMatchObject({ threadId: "github:Codertocat/Hello-World:branch:feature-x" });
    expect(b).toMatchObject({ threadId: "github:Codertocat/Hello-World:branch:feature-x" });
    expect(only(a).title).toBe("created branch feature-x");
    expect(a).toMatchObject({ status: { value: "active", color: "green" } });
    expect(only(b).title).toBe("deleted branch feature-x");
    expect(b).toMatchObject({ status: { value: "deleted", color: "grey" } });
  });

  it("a ref type that is neither branch nor tag is skipped with the reason", () => {
    const payload = example("create", "");
    payload.ref_type = "repository";
    const result = mapEvent("create", payload);
    expect(result.skipped && result.reason).toContain('ref_type "repository"');
  });
});

describe("release", () => {
  it("a draft is grey; its notes are safe HTML in the thread body", () => {
    const result = mapEvent("release", draftRelease());
    const message = only(result);
    expect(message.title).toBe("created draft release v1.3.0");
    expect(result).toMatchObject({ status: { value: "draft", color: "grey" } });
    expect(message.thread?.title).toBe("Release v1.3.0 of Codertocat/Hello-World");
    expect(message.thread?.body).toContain("<h2>Changes</h2>");
    expect(message.thread?.body).toContain("<strong>faster</strong>");
    expect(message.thread?.body).not.toContain("<script");
    expect(markupProblems(message)).toEqual([]);
  });

  it("long notes are cut to the body limit with a marker", () => {
    const payload = draftRelease();
    payload.release.body = "- a change\n".repeat(50_000);
    const message = only(mapEvent("release", payload));
    expect(message.thread?.body?.length).toBeLessThanOrEqual(20_000);
    expect(message.thread?.body).toContain("truncated");
    const short = only(mapEvent("release", payload, { bodyMaxLength: 300 }));
    expect(short.thread?.body?.length).toBeLessThanOrEqual(300);
  });

  it("assets are listed, linked to their downloads", () => {
    const payload = example("release", "published");
    const download = `${payload.repository.html_url}/releases/download/0.0.1/app.zip`;
    payload.release.assets = [{ name: "app.zip", browser_download_url: download }];
    expect(fieldsOf(only(mapEvent("release", payload))).Assets).toBe(
      `<a href="${download}">app.zip</a>`,
    );
  });

  it("an unpublished release goes back to draft; an unknown action is skipped", () => {
    const payload = example("release", "published");
    payload.action = "unpublished";
    const result = mapEvent("release", payload);
    expect(only(result).title).toBe("unpublished release 0.0.1");
    expect(result).toMatchObject({ status: { value: "draft", color: "grey" } });
    payload.action = "frobnicated";
    const skipped = mapEvent("release", payload);
    expect(skipped.skipped && skipped.reason).toContain('Release action "frobnicated"');
  });

  it("a deleted release links the releases page, not its own", () => {
    const payload = example("release", "deleted");
    const message = only(mapEvent("release", payload));
    expect(message.thread?.external_url).toBe(`${payload.repository.html_url}/releases`);
  });
});

describe("deployments", () => {
  it("a failed deployment is red and says why", () => {
    const result = mapEvent("deployment_status", failedDeployment());
    const message = only(result);
    expect(message.title).toBe("failed deploying master to production");
    expect(message.body).toBe("<p>Health check failed</p>");
    expect(result).toMatchObject({ status: { value: "failed", color: "red" } });
    expect(only(mapEvent("deployment_status", failedDeployment("error"))).title).toBe(
      "failed deploying master to production (error)",
    );
  });

  it.each([
    ["queued", "queued deploying master to production", "queued", "blue"],
    ["pending", "queued deploying master to production", "queued", "blue"],
    ["in_progress", "started deploying master to production", "deploying", "yellow"],
    ["inactive", "marked the deployment of master to production inactive", "inactive", "grey"],
  ] as const)("state %s", (state, title, value, color) => {
    const result = mapEvent("deployment_status", deploymentState(state));
    expect(only(result).title).toBe(title);
    expect(result).toMatchObject({ status: { value, color } });
  });

  it("links the environment and the logs when the status has them", () => {
    const payload = examplesOf("deployment_status").find(
      (entry) => entry.payload.deployment_status.log_url,
    )?.payload;
    payload.deployment_status.environment_url = "https://staging.example.com/";
    const actions = only(mapEvent("deployment_status", payload)).thread?.actions ?? [];
    expect(actions.map((action) => [action.name, "url" in action && action.url])).toEqual([
      ["Open on GitHub", `${payload.repository.html_url}/deployments/github-pages`],
      ["Open environment", "https://staging.example.com/"],
      ["Logs", payload.deployment_status.log_url],
    ]);
  });

  it("without an environment, says so in words and links the repository's deployments", () => {
    const payload = example("deployment", "created");
    delete payload.deployment.environment;
    const result = mapEvent("deployment", payload);
    expect(only(result).title).toContain("to an environment");
    expect(result).toMatchObject({ threadUrl: `${payload.repository.html_url}/deployments` });
  });

  it("an unknown state is skipped with the reason", () => {
    const payload = example("deployment_status", "created");
    payload.deployment_status.state = "teleporting";
    const result = mapEvent("deployment_status", payload);
    expect(result.skipped && result.reason).toContain('"teleporting"');
  });
});

describe("checks and statuses", () => {
  it("a failed check run posts its summary into the suite's thread", () => {
    const payload = failedCheckRun();
    const result = mapEvent("check_run", payload);
    const message = only(result);
    expect(result).toMatchObject({
      threadId: `github:Codertocat/Hello-World:check-suite:${payload.check_run.check_suite.id}`,
      status: { value: "failure", color: "red" },
    });
    expect(message.title).toBe(
      `<a href="${payload.check_run.html_url}">check Octocoders-linter completed: failure</a>`,
    );
    expect(message.body).toContain("<strong>lint</strong> failed");
  });

  it.each([
    ["pending", "yellow"],
    ["success", "green"],
    ["failure", "red"],
    ["error", "red"],
  ] as const)("a %s commit status is %s, linked to its target", (state, color) => {
    const payload = commitStatus(state);
    const result = mapEvent("status", payload);
    const message = only(result);
    expect(result).toMatchObject({ status: { value: `ci/circleci: ${state}`, color } });
    expect(message.title).toBe(`<a href="${payload.target_url}">ci/circleci: ${state}</a>`);
    expect(message.body).toBe("<p>Your tests failed on CircleCI</p>");
  });

  it("a commit status colour follows the user's override of its state", () => {
    const result = mapEvent("status", commitStatus("failure"), {
      colors: parseColorOverrides("failure=black"),
    });
    expect(result).toMatchObject({ status: { value: "ci/circleci: failure", color: "black" } });
  });

  it("a status and a comment on the same commit share its thread", () => {
    const status = mapEvent("status", commitStatus("success"));
    const comment = mapEvent("commit_comment", example("commit_comment", "created"));
    expect(status.skipped || comment.skipped).toBe(false);
    if (status.skipped || comment.skipped) return;
    expect(comment.threadId).toBe(status.threadId);
    expect(only(comment).thread?.title).toBe(only(status).thread?.title);
  });
});

describe("discussions", () => {
  it("a closed discussion is purple", () => {
    const result = mapEvent("discussion", closedDiscussion());
    expect(only(result).title).toBe("closed discussion");
    expect(result).toMatchObject({ status: { value: "closed", color: "purple" } });
  });

  it("an answered discussion is lime and names who chose the answer", () => {
    const payload = answeredDiscussionComment();
    const result = mapEvent("discussion_comment", payload);
    expect(result).toMatchObject({ status: { value: "answered", color: "lime" } });
    const user = payload.discussion.user;
    expect(fieldsOf(only(result))["Answered by"]).toBe(
      `<a href="${user.html_url}">${user.login}</a>`,
    );
  });

  it.each([
    ["deleted", "deleted discussion", "deleted", "black"],
    ["reopened", "reopened discussion", "open", "green"],
    ["unpinned", "unpinned discussion", "open", "green"],
  ] as const)("%s", (action, title, value, color) => {
    const payload = example("discussion", "created");
    payload.action = action;
    const result = mapEvent("discussion", payload);
    expect(only(result).title).toBe(title);
    expect(result).toMatchObject({ status: { value, color } });
  });

  it("marking an answer shows the answer", () => {
    const payload = example("discussion", "answered");
    const message = only(mapEvent("discussion", payload));
    expect(message.title).toBe(`<a href="${payload.answer.html_url}">marked an answer</a>`);
    expect(message.body).toContain("<p>");
  });
});
