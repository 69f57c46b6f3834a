import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { root } from "./helpers/sandbox.js";

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  id?: string;
  if?: string;
}
interface Job {
  permissions?: Record<string, string>;
  strategy?: { matrix?: Record<string, unknown> };
  steps?: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: unknown;
  jobs: Record<string, Job>;
}

const load = (name: string) =>
  parse(readFileSync(path.join(root, ".github/workflows", name), "utf8")) as Workflow;
const steps = (wf: Workflow) => Object.values(wf.jobs).flatMap((job) => job.steps ?? []);
const runs = (wf: Workflow) => steps(wf).map((step) => step.run ?? "");

describe.each(["ci.yml", "release.yml"])("%s permissions", (name) => {
  it("grants nothing at the top and only what each job needs", () => {
    const wf = load(name);
    expect(wf.permissions).toEqual({});
    for (const [id, job] of Object.entries(wf.jobs)) {
      expect(job.permissions, `${id} declares its permissions`).toBeTypeOf("object");
      for (const [scope, level] of Object.entries(job.permissions ?? {})) {
        if (level === "write") {
          expect(["contents", "pull-requests", "id-token"], `${id}: ${scope}: write`).toContain(
            scope,
          );
          expect(name, `${id} may only write in the release workflow`).toBe("release.yml");
        }
      }
    }
  });
});

describe("ci.yml", () => {
  const ci = load("ci.yml");

  it("runs on pull requests and pushes to main", () => {
    expect(ci.on).toHaveProperty("pull_request");
    expect(ci.on.push).toEqual({ branches: ["main"] });
  });

  it("installs with npm ci and runs the whole test suite", () => {
    expect(runs(ci).some((run) => run.startsWith("npm ci"))).toBe(true);
    expect(runs(ci)).toContain("npm test");
  });

  it("checks the committed action dist against a fresh build", () => {
    expect(
      runs(ci).some((run) => /git diff --exit-code[^\n]*actions\/github-flowdock\/dist/.test(run)),
    ).toBe(true);
  });

  it("tests the libraries on the older Node lines their engines promise", () => {
    const libraries = Object.values(ci.jobs).find((job) => job.strategy?.matrix?.node);
    expect(libraries?.strategy?.matrix?.node).toEqual(["20.19", 22]);
    expect(libraries?.steps?.some((step) => step.run?.includes("--filter='./packages/*'"))).toBe(
      true,
    );
  });

  it("runs the action itself as a dry run on the triggering event, and reporting the run", () => {
    const own = steps(ci).filter((s) => s.uses === "./actions/github-flowdock");
    expect(own.map((step) => step.with)).toEqual([
      expect.objectContaining({ "dry-run": true }),
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub expression, not JavaScript
      expect.objectContaining({ "dry-run": true, status: "${{ job.status }}" }),
    ]);
    // Without `status` the first maps the triggering event itself.
    expect(own[0]?.with).not.toHaveProperty("status");
  });
});

describe("release.yml", () => {
  const release = load("release.yml");
  const changesets = steps(release).find((step) => step.uses?.startsWith("changesets/action@"));

  it("runs on pushes to main with what publishing with provenance needs", () => {
    expect(release.on.push).toEqual({ branches: ["main"] });
    const job = Object.values(release.jobs)[0];
    expect(job?.permissions).toEqual({
      contents: "write",
      "pull-requests": "write",
      "id-token": "write",
    });
  });

  it("versions and publishes with changesets, through scripts that exist", () => {
    expect(changesets?.with).toMatchObject({ publish: "npx changeset publish" });
    const scripts = [String(changesets?.with?.version), ...runs(release)]
      .flatMap((command) => [...command.matchAll(/tools\/release-check\/dist\/(\S+)\.js/g)])
      .map((match) => `tools/release-check/src/${match[1]}.ts`);
    expect(scripts).toEqual([
      "tools/release-check/src/bin/version-packages.ts",
      "tools/release-check/src/bin/release.ts",
    ]);
    for (const script of scripts) expect(existsSync(path.join(root, script)), script).toBe(true);
  });

  it("releases the action only once nothing is left to version", () => {
    const step = steps(release).find((s) => s.run?.includes("dist/bin/release.js"));
    expect(step?.if).toBe(`steps.${changesets?.id}.outputs.hasChangesets == 'false'`);
  });
});
