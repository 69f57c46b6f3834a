import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { lintActionMetadata, lintWorkflow, unpinnedActions } from "../src/workflow-lint.js";
import { actionWorkspaces } from "../src/workspaces.js";
import { root } from "./helpers/sandbox.js";

const workflowDir = path.join(root, ".github/workflows");
const workflows = existsSync(workflowDir)
  ? readdirSync(workflowDir)
      .filter((f) => /\.ya?ml$/.test(f))
      .map((f) => path.join(workflowDir, f))
  : [];
const actions = actionWorkspaces(root).map((ws) => path.join(ws.dir, "action.yml"));
const rel = (file: string) => path.relative(root, file);

describe.each(workflows.map((file) => [rel(file), file]))("%s", (_name, file) => {
  const text = readFileSync(file, "utf8");

  it("passes actionlint and the workflow schema", async () => {
    expect(await lintWorkflow(text, rel(file))).toEqual([]);
  });

  it("pins every third-party action to a commit SHA", () => {
    expect(unpinnedActions(text)).toEqual([]);
  });
});

describe.each(actions.map((file) => [rel(file), file]))("%s", (_name, file) => {
  it("passes the action metadata schema", () => {
    expect(lintActionMetadata(readFileSync(file, "utf8"))).toEqual([]);
  });
});

describe("the linters themselves", () => {
  it("catch mistakes in a workflow", async () => {
    const broken = [
      "on: push",
      "permissions: {}",
      "jobs:",
      "  build:",
      "    runs-on: ubuntu-latest",
      "    needs: missing",
      "    steps:",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub expression, not JavaScript
      "      - run: echo ${{ github.shaa }}",
      "      - uses: actions/checkout@v5",
      "        with-typo: {}",
    ].join("\n");
    const problems = await lintWorkflow(broken, "broken.yml");
    const messages = problems.map((p) => p.message).join("\n");
    expect(messages).toMatch(/needs job "missing"/);
    expect(messages).toMatch(/property "shaa" is not defined/);
    expect(messages).toMatch(/with-typo/);
    expect(unpinnedActions(broken).map((p) => p.line)).toEqual([9]);
  });

  it("catch mistakes in an action.yml, and accept node24", () => {
    const good = "name: a\ndescription: b\nruns:\n  using: node24\n  main: dist/index.js\n";
    expect(lintActionMetadata(good)).toEqual([]);
    const bad =
      "name: a\ninputs:\n  token:\n    descripton: typo\nruns:\n  using: node99\n  main: x.js\n";
    const messages = lintActionMetadata(bad)
      .map((p) => p.message)
      .join("\n");
    expect(messages).toMatch(/description/);
    expect(messages).toMatch(/node99 is not a Node runtime/);
  });

  it("find the workflows", () => {
    expect(workflows.map(rel).sort()).toEqual([
      ".github/workflows/ci.yml",
      ".github/workflows/release.yml",
    ]);
  });
});
