import { readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { run } from "../src/run.js";
import { parseVersion } from "../src/semver.js";
import { versionPackages } from "../src/version-packages.js";
import { actionWorkspaces, listWorkspaces, type PackageJson } from "../src/workspaces.js";
import { createSandbox, root, type Sandbox } from "./helpers/sandbox.js";

const REPO_URL = "https://github.com/flowdock-kit/flowdock-kit";
const CORE = "@flowdock-kit/core";

const pendingChangesets = () =>
  readdirSync(path.join(root, ".changeset")).filter((f) => f.endsWith(".md") && f !== "README.md");

function bump(version: string, type: "major" | "minor" | "patch") {
  const v = parseVersion(version);
  if (!v) throw new Error(`not semver: ${version}`);
  if (type === "major") return `${v.major + 1}.0.0`;
  if (type === "minor") return `${v.major}.${v.minor + 1}.0`;
  return `${v.major}.${v.minor}.${v.patch + 1}`;
}

let sandbox: Sandbox | undefined;
afterEach(() => {
  sandbox?.remove();
  sandbox = undefined;
});

describe("changesets", () => {
  // Biome 2.6's Markdown formatter reads the closing `---` as a heading underline and rewrites the
  // frontmatter into "## ..." — changesets then refuses the whole release.
  it.each(pendingChangesets())("%s starts with changeset frontmatter", (file) => {
    const text = readFileSync(path.join(root, ".changeset", file), "utf8");
    expect(
      text,
      `${file}: keep .changeset/*.md out of \`biome check --write\` (biome.json "files.includes")`,
    ).toMatch(/^---\r?\n("[^"\n]+"|[\w@/.-]+): (major|minor|patch|none)\r?\n(.*\r?\n)*?---\r?\n/);
  });

  it("`changeset status` accepts every pending changeset", async () => {
    sandbox = await createSandbox();
    await sandbox.changeset("status", "--output", "status.json");
    const status = JSON.parse(sandbox.read("status.json")) as {
      changesets: { id: string; releases: { name: string }[] }[];
    };
    const names = new Set(listWorkspaces(root).map((ws) => ws.name));
    expect(status.changesets.map((cs) => `${cs.id}.md`).sort()).toEqual(pendingChangesets().sort());
    for (const cs of status.changesets) {
      for (const release of cs.releases) expect(names).toContain(release.name);
    }
  });

  it("a core change releases core with a linked changelog entry and a new action version, every time", async () => {
    sandbox = await createSandbox();
    const box = sandbox;
    for (const file of pendingChangesets()) rmSync(path.join(box.dir, ".changeset", file));
    const actions = actionWorkspaces(root).map((ws) => ws.relativeDir);
    expect(actions, "the repository's actions").toContain("actions/github-flowdock");
    for (const dir of actions)
      expect(box.readJson(`${dir}/package.json`).dependencies, dir).toHaveProperty(CORE);
    atVersion(box, "1.0.0");

    // A minor, then a patch that stays inside any caret range the first release wrote: the
    // second is the case a plain range check would miss, leaving the bundled action stale.
    for (const [type, pr] of [
      ["minor", 42],
      ["patch", 43],
    ] as const) {
      const coreBefore = box.readJson("packages/core/package.json").version;
      const actionsBefore = actions.map((dir) => box.readJson(`${dir}/package.json`));
      box.write(
        `.changeset/sample-${type}.md`,
        `---\n"${CORE}": ${type}\n---\n\nThreads keep their colour (${type}).\nA second line for detail.\n`,
      );
      await box.git("add", "-A");
      await box.git("commit", "-q", "-m", `Keep thread colours (#${pr})`);
      const commit = await box.git("rev-parse", "HEAD");
      const short = commit.slice(0, 7);

      await versionPackages(box.dir, run, { rebuild: false });

      const newCore = bump(coreBefore, type);
      expect(box.readJson("packages/core/package.json").version).toBe(newCore);
      const changelog = box.read("packages/core/CHANGELOG.md");
      expect(changelog).toContain(`## ${newCore}`);
      expect(changelog).toContain(
        `- [#${pr}](${REPO_URL}/pull/${pr}) [\`${short}\`](${REPO_URL}/commit/${commit}) Threads keep their colour (${type}).\n  A second line for detail.`,
      );

      const lock = JSON.parse(box.read("package-lock.json")) as {
        packages: Record<string, { version?: string }>;
      };
      expect(lock.packages["packages/core"]?.version, "package-lock.json").toBe(newCore);

      for (const [i, dir] of actions.entries()) {
        const before = actionsBefore[i] as PackageJson;
        const after = box.readJson(`${dir}/package.json`);
        expect(after.version, `${dir} after a ${type} core change`).toBe(
          bump(before.version, "patch"),
        );
        const actionLog = box.read(`${dir}/CHANGELOG.md`);
        expect(actionLog).toContain(`## ${after.version}`);
        expect(actionLog).toContain(
          `- Updated dependencies [[\`${short}\`](${REPO_URL}/commit/${commit})]:`,
        );
        expect(actionLog).toContain(`  - ${CORE}@${newCore}`);
      }

      // privatePackages.tag: the private action gets a `<name>@<version>` tag like the packages.
      await box.git("add", "-A");
      await box.git("commit", "-q", "-m", "Version packages");
      await box.changeset("tag");
      const tags = (await box.git("tag", "--list")).split("\n");
      expect(tags).toContain(`${CORE}@${newCore}`);
      for (const dir of actions) {
        const { name, version } = box.readJson(`${dir}/package.json`);
        expect(tags).toContain(`${name}@${version}`);
      }
    }
  });
});

// Puts every workspace at `version` with its internal ranges moved along (keeping ^, ~ or exact):
// the steady state after a 1.0 release, where a caret range no longer covers every bump.
function atVersion(box: Sandbox, version: string) {
  const workspaces = listWorkspaces(root);
  const names = new Set(workspaces.map((ws) => ws.name));
  for (const ws of workspaces) {
    const file = `${ws.relativeDir}/package.json`;
    const manifest = box.readJson(file);
    manifest.version = version;
    for (const field of ["dependencies", "devDependencies", "peerDependencies"] as const) {
      const deps = manifest[field];
      for (const name of Object.keys(deps ?? {})) {
        const range = deps?.[name];
        if (deps && range && names.has(name) && range !== "*") {
          deps[name] = range.replace(/\d+\.\d+\.\d+.*$/, version);
        }
      }
    }
    box.write(file, `${JSON.stringify(manifest, null, 2)}\n`);
  }
}
