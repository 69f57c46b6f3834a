import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ReleaseError } from "../src/errors.js";
import { cliGit } from "../src/git.js";
import { releaseAction } from "../src/release-action.js";
import { releasePackage } from "../src/release-package.js";
import { run } from "../src/run.js";
import { type ClonedRepo, createClonedRepo, fakeReleases } from "./helpers/git-repo.js";

const changelog = (...versions: string[]) =>
  `# demo-action\n\n${versions.map((v) => `## ${v}\n\n### Patch Changes\n\n- Change in ${v}\n`).join("\n")}`;

let repo: ClonedRepo;
beforeEach(async () => {
  repo = await createClonedRepo();
});
afterEach(() => repo.remove());

async function release(fake = fakeReleases()) {
  const result = await releaseAction({
    actionDir: path.join(repo.dir, "actions/demo"),
    git: cliGit(run, repo.dir),
    releases: fake.releases,
  });
  return { result, created: fake.created };
}

const remoteTag = async (tag: string) =>
  (await repo.remote("tag", "--list", tag)) ? repo.remote("rev-list", "-n", "1", tag) : undefined;

describe("releaseAction", () => {
  it("does nothing for a version changesets has not tagged", async () => {
    await repo.commitVersion("1.0.0", changelog("1.0.0"));
    const { result, created } = await release();
    expect(result.status).toBe("not-tagged");
    expect(created).toEqual([]);
    expect(await repo.remote("tag", "--list")).toBe("");
  });

  it("tags vX.Y.Z and vX at the changesets tag and releases it with the changelog entry", async () => {
    const commit = await repo.commitVersion("1.2.0", changelog("1.2.0", "1.1.0"));
    await repo.git("tag", "demo-action@1.2.0");
    const { result, created } = await release();
    expect(result).toMatchObject({ status: "done", pushedTags: ["v1.2.0", "v1"] });
    expect(await remoteTag("v1.2.0")).toBe(commit);
    expect(await remoteTag("v1")).toBe(commit);
    expect(created).toEqual([
      {
        tag: "v1.2.0",
        title: "v1.2.0",
        notes: "### Patch Changes\n\n- Change in 1.2.0",
        prerelease: false,
        latest: true,
      },
    ]);
  });

  it("changes nothing when run again", async () => {
    await repo.commitVersion("1.2.0", changelog("1.2.0"));
    await repo.git("tag", "demo-action@1.2.0");
    const fake = fakeReleases();
    await release(fake);
    const again = await release(fake);
    expect(again.result.pushedTags).toEqual([]);
    expect(again.result.createdRelease).toBeUndefined();
    expect(fake.created).toHaveLength(1);
  });

  it("finishes a run that stopped after pushing vX.Y.Z", async () => {
    const commit = await repo.commitVersion("1.2.0", changelog("1.2.0"));
    await repo.git("tag", "demo-action@1.2.0");
    await repo.git("tag", "v1.2.0");
    await repo.git("push", "-q", "origin", "refs/tags/v1.2.0");
    const { result, created } = await release();
    expect(result.pushedTags).toEqual(["v1"]);
    expect(await remoteTag("v1")).toBe(commit);
    expect(created.map((r) => r.tag)).toEqual(["v1.2.0"]);
  });

  it("moves vX forward to a newer version", async () => {
    await repo.commitVersion("1.2.0", changelog("1.2.0"));
    await repo.git("tag", "demo-action@1.2.0");
    await release();
    const newer = await repo.commitVersion("1.3.0", changelog("1.3.0", "1.2.0"));
    await repo.git("tag", "demo-action@1.3.0");
    const { result } = await release(fakeReleases(["v1.2.0"]));
    expect(result.pushedTags).toEqual(["v1.3.0", "v1"]);
    expect(await remoteTag("v1")).toBe(newer);
  });

  it("leaves vX on the newest version when an older line is patched", async () => {
    const newest = await repo.commitVersion("1.3.0", changelog("1.3.0"));
    await repo.git("tag", "demo-action@1.3.0");
    await release();
    await repo.commitVersion("1.2.1", changelog("1.2.1"));
    await repo.git("tag", "demo-action@1.2.1");
    const { result, created } = await release(fakeReleases(["v1.3.0"]));
    expect(result.pushedTags).toEqual(["v1.2.1"]);
    expect(await remoteTag("v1")).toBe(newest);
    expect(created[0]).toMatchObject({ tag: "v1.2.1", latest: false });
  });

  it("never moves a vX.Y.Z that points at another commit", async () => {
    const first = await repo.commitVersion("1.2.0", changelog("1.2.0"));
    await repo.git("tag", "v1.2.0");
    await repo.git("push", "-q", "origin", "refs/tags/v1.2.0");
    await repo.commitVersion("1.2.0", changelog("1.2.0", "1.1.0"));
    await repo.git("tag", "demo-action@1.2.0");
    await expect(release()).rejects.toThrow(ReleaseError);
    expect(await remoteTag("v1.2.0")).toBe(first);
    expect(await remoteTag("v1")).toBeUndefined();
  });

  it("releases a prerelease without moving vX", async () => {
    await repo.commitVersion("2.0.0-next.0", changelog("2.0.0-next.0"));
    await repo.git("tag", "demo-action@2.0.0-next.0");
    const { result, created } = await release();
    expect(result.pushedTags).toEqual(["v2.0.0-next.0"]);
    expect(await remoteTag("v2")).toBeUndefined();
    expect(created[0]).toMatchObject({ prerelease: true, latest: false });
  });

  it("refuses to release without a changelog entry for the version", async () => {
    await repo.commitVersion("1.2.0", changelog("1.1.0"));
    await repo.git("tag", "demo-action@1.2.0");
    await expect(release()).rejects.toThrow(/no "## 1.2.0" entry/);
  });
});

describe("releasePackage", () => {
  it("creates the release of a tagged package once, with its changelog entry", async () => {
    await repo.commitVersion("0.3.0", changelog("0.3.0", "0.2.0"));
    const fake = fakeReleases();
    const options = {
      dir: path.join(repo.dir, "actions/demo"),
      git: cliGit(run, repo.dir),
      releases: fake.releases,
    };
    expect(await releasePackage(options)).toBeUndefined();
    await repo.git("tag", "demo-action@0.3.0");
    expect(await releasePackage(options)).toBe("demo-action@0.3.0");
    expect(await releasePackage(options)).toBeUndefined();
    expect(fake.created).toEqual([
      {
        tag: "demo-action@0.3.0",
        title: "demo-action@0.3.0",
        notes: "### Patch Changes\n\n- Change in 0.3.0",
        prerelease: false,
        latest: false,
      },
    ]);
  });
});
