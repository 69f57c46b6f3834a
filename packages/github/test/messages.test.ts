import { describe, expect, it } from "vitest";
import { mapEvent } from "../src/index.js";
import { example } from "./examples.js";
import { completedRun, mergedPullRequest } from "./fixtures/derive.js";

// A few whole messages, to see at a glance what lands in Flowdock.
describe("representative messages", () => {
  it("issues.opened", () => {
    expect(mapEvent("issues", example("issues", "opened"))).toMatchInlineSnapshot(`
      {
        "messages": [
          {
            "author": {
              "avatar": "https://avatars1.githubusercontent.com/u/21031067?v=4",
              "name": "Codertocat",
            },
            "event": "activity",
            "external_thread_id": "github:Codertocat/Hello-World:issue:1",
            "thread": {
              "actions": [
                {
                  "@type": "ViewAction",
                  "name": "Open on GitHub",
                  "url": "https://github.com/Codertocat/Hello-World/issues/1",
                },
              ],
              "body": "<p>It looks like you accidently spelled 'commit' with two 't's.</p>",
              "external_url": "https://github.com/Codertocat/Hello-World/issues/1",
              "fields": [
                {
                  "label": "Repository",
                  "value": "<a href="https://github.com/Codertocat/Hello-World">Codertocat/Hello-World</a>",
                },
                {
                  "label": "Author",
                  "value": "<a href="https://github.com/Codertocat">Codertocat</a>",
                },
                {
                  "label": "Labels",
                  "value": "bug",
                },
                {
                  "label": "Assignees",
                  "value": "<a href="https://github.com/Codertocat">Codertocat</a>",
                },
                {
                  "label": "Milestone",
                  "value": "<a href="https://github.com/Codertocat/Hello-World/milestone/1">v1.0</a>",
                },
              ],
              "status": {
                "color": "green",
                "value": "open",
              },
              "title": "Spelling error in the README file",
            },
            "title": "opened issue",
          },
        ],
        "skipped": false,
        "status": {
          "color": "green",
          "value": "open",
        },
        "threadId": "github:Codertocat/Hello-World:issue:1",
        "threadTitle": "Spelling error in the README file",
        "threadUrl": "https://github.com/Codertocat/Hello-World/issues/1",
      }
    `);
  });

  it("a merged pull request", () => {
    const result = mapEvent("pull_request", mergedPullRequest());
    expect(!result.skipped && result.messages[0]).toMatchInlineSnapshot(`
      {
        "author": {
          "avatar": "https://avatars1.githubusercontent.com/u/21031067?v=4",
          "name": "Codertocat",
        },
        "event": "activity",
        "external_thread_id": "github:Codertocat/Hello-World:pull:2",
        "thread": {
          "actions": [
            {
              "@type": "ViewAction",
              "name": "Open on GitHub",
              "url": "https://github.com/Codertocat/Hello-World/pull/2",
            },
            {
              "@type": "ViewAction",
              "name": "Diff",
              "url": "https://github.com/Codertocat/Hello-World/pull/2/files",
            },
          ],
          "body": "<p>This is a pretty simple change that we need to pull into master.</p>",
          "external_url": "https://github.com/Codertocat/Hello-World/pull/2",
          "fields": [
            {
              "label": "Repository",
              "value": "<a href="https://github.com/Codertocat/Hello-World">Codertocat/Hello-World</a>",
            },
            {
              "label": "Author",
              "value": "<a href="https://github.com/Codertocat">Codertocat</a>",
            },
            {
              "label": "Branch",
              "value": "changes → master",
            },
            {
              "label": "Reviewers",
              "value": "<a href="http://github.com/octocat">octocat</a>",
            },
            {
              "label": "Labels",
              "value": "bug",
            },
            {
              "label": "Commits",
              "value": "1",
            },
            {
              "label": "Changes",
              "value": "+1 −1 in 1 file",
            },
          ],
          "status": {
            "color": "purple",
            "value": "merged",
          },
          "title": "Update the README with new information.",
        },
        "title": "merged pull request",
      }
    `);
  });

  it("pull_request_review_comment.created", () => {
    const result = mapEvent(
      "pull_request_review_comment",
      example("pull_request_review_comment", "created"),
    );
    expect(!result.skipped && result.messages[0]).toMatchInlineSnapshot(`
      {
        "author": {
          "avatar": "https://avatars1.githubusercontent.com/u/21031067?v=4",
          "name": "Codertocat",
        },
        "body": "<p>Maybe you should use more emoji on this line.</p>",
        "event": "discussion",
        "external_thread_id": "github:Codertocat/Hello-World:pull:2",
        "thread": {
          "actions": [
            {
              "@type": "ViewAction",
              "name": "Open on GitHub",
              "url": "https://github.com/Codertocat/Hello-World/pull/2",
            },
            {
              "@type": "ViewAction",
              "name": "Diff",
              "url": "https://github.com/Codertocat/Hello-World/pull/2/files",
            },
          ],
          "body": "<p>This is a pretty simple change that we need to pull into master.</p>",
          "external_url": "https://github.com/Codertocat/Hello-World/pull/2",
          "fields": [
            {
              "label": "Repository",
              "value": "<a href="https://github.com/Codertocat/Hello-World">Codertocat/Hello-World</a>",
            },
            {
              "label": "Author",
              "value": "<a href="https://github.com/Codertocat">Codertocat</a>",
            },
            {
              "label": "Branch",
              "value": "changes → master",
            },
          ],
          "status": {
            "color": "green",
            "value": "open",
          },
          "title": "Update the README with new information.",
        },
        "title": "commented on README.md",
      }
    `);
  });

  it("a failed workflow run", () => {
    const result = mapEvent("workflow_run", completedRun("failure"));
    expect(!result.skipped && result.messages[0]).toMatchInlineSnapshot(`
      {
        "author": {
          "avatar": "https://avatars0.githubusercontent.com/u/15669918?v=4",
          "name": "Codertocat",
        },
        "event": "activity",
        "external_thread_id": "github:octo-org/octo-repo:run:289782451",
        "thread": {
          "actions": [
            {
              "@type": "ViewAction",
              "name": "Logs",
              "url": "https://github.com/octo-org/octo-repo/actions/runs/289782451",
            },
            {
              "@type": "ViewAction",
              "name": "Commit",
              "url": "https://github.com/octo-org/octo-repo/commit/3484a3fb816e0859fd6e1cea078d76385ff50625",
            },
          ],
          "body": "<p>build(test): check workflow run event payload</p>",
          "external_url": "https://github.com/octo-org/octo-repo/actions/runs/289782451",
          "fields": [
            {
              "label": "Repository",
              "value": "<a href="https://github.com/octo-org/octo-repo">octo-org/octo-repo</a>",
            },
            {
              "label": "Workflow",
              "value": "<a href="https://github.com/octo-org/octo-repo/blob/master/.github/workflows/test.yml">test</a>",
            },
            {
              "label": "Branch",
              "value": "master",
            },
            {
              "label": "Commit",
              "value": "<a href="https://github.com/octo-org/octo-repo/commit/3484a3fb816e0859fd6e1cea078d76385ff50625">3484a3f</a>",
            },
            {
              "label": "Event",
              "value": "repository_dispatch",
            },
            {
              "label": "Attempt",
              "value": "1",
            },
            {
              "label": "Duration",
              "value": "0s",
            },
          ],
          "status": {
            "color": "red",
            "value": "failure",
          },
          "title": "test #163 on master",
        },
        "title": "test #163 failed",
      }
    `);
  });
});
