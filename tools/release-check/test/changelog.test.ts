import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";

type Changelog = typeof import("../changelog.cjs");
const changelog = createRequire(import.meta.url)("../changelog.cjs") as Changelog;
const options = { repo: "flowdock-kit/flowdock-kit" };
const base = "https://github.com/flowdock-kit/flowdock-kit";
const sha = "0123456789abcdef0123456789abcdef01234567";
const changeset = (summary: string, commit?: string) => ({
  id: "sample",
  summary,
  releases: [{ name: "@flowdock-kit/core", type: "minor" as const }],
  ...(commit ? { commit } : {}),
});

describe("changelog.cjs", () => {
  it("links the PR and commit a changeset names itself", async () => {
    const line = await changelog.getReleaseLine(
      changeset(`pr: #12\ncommit: ${sha}\nThreads keep their colour.`),
      "minor",
      options,
    );
    expect(line).toBe(
      `\n\n- [#12](${base}/pull/12) [\`0123456\`](${base}/commit/${sha}) Threads keep their colour.`,
    );
  });

  it("indents the rest of a multi-line summary under its bullet", async () => {
    const line = await changelog.getReleaseLine(
      changeset("First line.\n\nMore detail."),
      "patch",
      options,
    );
    expect(line).toBe("\n\n- First line.\n\n  More detail.");
  });

  it("finds the PR number in squash and merge commit subjects", () => {
    expect(changelog.prFromSubject("Keep thread colours (#42)")).toBe(42);
    expect(changelog.prFromSubject("Merge pull request #7 from a/b")).toBe(7);
    expect(changelog.prFromSubject("Fix #42 in the mapper")).toBeUndefined();
  });

  it("lists updated dependencies with links to the commits behind them", async () => {
    const line = await changelog.getDependencyReleaseLine(
      [changeset("x", sha)],
      [{ name: "@flowdock-kit/core", newVersion: "0.2.0" }] as never,
      options,
    );
    expect(line).toBe(
      `- Updated dependencies [[\`0123456\`](${base}/commit/${sha})]:\n  - @flowdock-kit/core@0.2.0`,
    );
  });

  it("asks for the repository when the config does not give it", async () => {
    await expect(changelog.getReleaseLine(changeset("x"), "patch", null)).rejects.toThrow(
      /owner\/name/,
    );
  });
});
