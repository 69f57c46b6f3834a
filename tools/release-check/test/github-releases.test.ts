import { describe, expect, it } from "vitest";
import { CommandError } from "../src/errors.js";
import { ghReleases } from "../src/github-releases.js";
import type { Runner, RunOptions } from "../src/run.js";

function recorder(fail?: (args: readonly string[]) => CommandError | undefined) {
  const calls: { args: readonly string[]; input: string | undefined }[] = [];
  const run: Runner = async (_command, args, options: RunOptions = {}) => {
    calls.push({ args, input: options.input });
    const error = fail?.(args);
    if (error) throw error;
    return { stdout: "", stderr: "" };
  };
  return { run, calls };
}

describe("ghReleases", () => {
  it("reports a missing release as absent and other gh failures as errors", async () => {
    const notFound = recorder(() => new CommandError("gh", 1, "", "release not found"));
    expect(await ghReleases(notFound.run, "/repo").exists("v1.0.0")).toBe(false);
    const denied = recorder(() => new CommandError("gh", 1, "", "HTTP 401: Bad credentials"));
    await expect(ghReleases(denied.run, "/repo").exists("v1.0.0")).rejects.toThrow(/401/);
  });

  it("creates a release on the existing tag with the notes on stdin", async () => {
    const { run, calls } = recorder();
    await ghReleases(run, "/repo").create({
      tag: "v1.2.0",
      title: "v1.2.0",
      notes: "- `$(rm -rf /)` stays text",
      prerelease: false,
      latest: true,
    });
    expect(calls).toEqual([
      {
        args: [
          "release",
          "create",
          "v1.2.0",
          "--verify-tag",
          "--title",
          "v1.2.0",
          "--notes-file",
          "-",
          "--latest=true",
        ],
        input: "- `$(rm -rf /)` stays text",
      },
    ]);
  });
});
