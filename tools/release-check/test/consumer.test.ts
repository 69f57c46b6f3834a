import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { run } from "../src/run.js";
import { publicPackages, readPackageJson } from "../src/workspaces.js";
import { assertBuilt } from "./helpers/bins.js";
import { root } from "./helpers/sandbox.js";

// A user's first five minutes: install the packed tarballs (exactly what npm would serve) into a
// fresh project and use them from plain ESM and from TypeScript with both module resolutions.
const packages = publicPackages(root);
const tsc = path.join(root, "node_modules/typescript/bin/tsc");
let project = "";
const packed = new Map<string, string[]>();

// Core and github are used for real; the others are at least imported whole, whatever they export.
const CORE_ESM = `
import { buildActivity, parseMessage } from "@flowdock-kit/core";
const message = buildActivity({
  title: "opened <b>#1</b>",
  author: { name: "Octo Cat" },
  externalThreadId: "issue-1",
  thread: { title: "Flaky test", status: { color: "green", value: "open" } },
});
parseMessage(message);
console.log(JSON.stringify({ title: message.title, color: message.thread?.status?.color }));
`;
const CORE_TS = `
import { buildActivity, type Message, type StatusColor } from "@flowdock-kit/core";
const color: StatusColor = "green";
export const message: Message = buildActivity({
  title: "opened",
  author: { name: "Octo Cat" },
  externalThreadId: "issue-1",
  thread: { title: "Flaky test", status: { color, value: "open" } },
});
// @ts-expect-error an unknown colour is a type error, not a runtime surprise
export const bad: StatusColor = "mauve";
import { mapEvent, type MapResult } from "@flowdock-kit/github";
const result: MapResult = mapEvent("issues", {});
export const reason: string | undefined = result.skipped ? result.reason : undefined;
`;
// A real issues.opened payload through the published mapper: what a webhook server would do.
const GITHUB_ESM = `
import { readFileSync } from "node:fs";
import { mapEvent } from "@flowdock-kit/github";
const payload = JSON.parse(readFileSync(process.argv[2], "utf8"));
const result = mapEvent("issues", payload);
if (result.skipped) throw new Error(result.reason);
console.log(JSON.stringify({ threadId: result.threadId, title: result.messages[0].title }));
`;
const examples = createRequire(import.meta.url).resolve(
  "@octokit/webhooks-examples/api.github.com/index.json",
);

beforeAll(async () => {
  for (const ws of packages) assertBuilt(ws.dir, ws.name);
  project = mkdtempSync(path.join(tmpdir(), "release-check-consumer-"));
  const tarballs = path.join(project, "tarballs");
  mkdirSync(tarballs);
  const dependencies: Record<string, string> = {};
  for (const ws of packages) {
    const { stdout } = await run(
      "npm",
      ["pack", "--json", "--ignore-scripts", "--pack-destination", tarballs],
      { cwd: ws.dir },
    );
    const [info] = JSON.parse(stdout) as { filename: string; files: { path: string }[] }[];
    if (!info) throw new Error(`npm pack printed nothing for ${ws.name}`);
    packed.set(
      ws.name,
      info.files.map((file) => file.path),
    );
    dependencies[ws.name] = `file:tarballs/${info.filename}`;
  }
  const typesNode = readPackageJson(root).devDependencies?.["@types/node"] ?? "^20.19.0";
  writeFileSync(
    path.join(project, "package.json"),
    JSON.stringify({
      name: "consumer",
      private: true,
      type: "module",
      dependencies,
      devDependencies: { "@types/node": typesNode },
      // Internal dependencies come from the tarballs too, never from the registry.
      overrides: dependencies,
    }),
  );
  await run(
    "npm",
    [
      "install",
      "--prefer-offline",
      "--no-audit",
      "--no-fund",
      "--ignore-scripts",
      "--no-package-lock",
    ],
    { cwd: project },
  );
  const imports = packages
    .map(
      (ws, i) =>
        `import * as p${i} from "${ws.name}";\nexport const keys${i}: string[] = Object.keys(p${i});`,
    )
    .join("\n");
  writeFileSync(path.join(project, "index.ts"), `${imports}\n${CORE_TS}`);
}, 300_000);

afterAll(() => {
  if (project) rmSync(project, { recursive: true, force: true });
});

describe("a fresh project that installs the packed packages", () => {
  it("ships only what users need in each tarball", () => {
    for (const ws of packages) {
      const files = packed.get(ws.name) ?? [];
      expect(files, ws.name).toContain("package.json");
      expect(files, ws.name).toContain("README.md");
      // A command's bin file is committed (npm links bins at install, before any build).
      const bins = Object.values(ws.packageJson.bin ?? {}).map((file) => file.replace(/^\.\//, ""));
      const unexpected = files.filter(
        (file) =>
          !/^(package\.json|README\.md|LICENSE(\.md)?|CHANGELOG\.md)$/.test(file) &&
          !file.startsWith("dist/") &&
          !bins.includes(file),
      );
      expect(unexpected, `${ws.name} ships files outside dist/ and its bins`).toEqual([]);
      const leaked = files.filter((file) => /\.test(-d)?\.|__fixtures__|\/fixtures\//.test(file));
      expect(leaked, `${ws.name} ships tests or fixtures`).toEqual([]);
    }
  });

  it("imports every package from plain ESM and uses core and github", async () => {
    const imports = packages
      .map(
        (ws, i) =>
          `import * as p${i} from "${ws.name}";\nnames[${JSON.stringify(ws.name)}] = Object.keys(p${i});`,
      )
      .join("\n");
    writeFileSync(
      path.join(project, "smoke.mjs"),
      `const names = {};\n${imports}\nconsole.log(JSON.stringify(names));\n`,
    );
    writeFileSync(path.join(project, "core.mjs"), CORE_ESM);
    writeFileSync(path.join(project, "github.mjs"), GITHUB_ESM);
    const definitions = JSON.parse(readFileSync(examples, "utf8")) as {
      name: string;
      // biome-ignore lint/suspicious/noExplicitAny: a real payload, read field by field
      examples: any[];
    }[];
    const opened = definitions
      .find((definition) => definition.name === "issues")
      ?.examples.find((payload) => payload.action === "opened");
    writeFileSync(path.join(project, "opened.json"), JSON.stringify(opened));
    const names = JSON.parse((await run("node", ["smoke.mjs"], { cwd: project })).stdout) as Record<
      string,
      string[]
    >;
    for (const ws of packages)
      expect(names[ws.name]?.length, `${ws.name} exports`).toBeGreaterThan(0);
    expect(names["@flowdock-kit/core"]).toEqual(expect.arrayContaining(["buildActivity"]));
    const core = JSON.parse((await run("node", ["core.mjs"], { cwd: project })).stdout);
    expect(core).toEqual({ title: "opened &lt;b&gt;#1&lt;/b&gt;", color: "green" });
    const github = JSON.parse(
      (await run("node", ["github.mjs", "opened.json"], { cwd: project })).stdout,
    );
    expect(github).toEqual({
      threadId: `github:${opened.repository.full_name}:issue:${opened.issue.number}`,
      title: "opened issue",
    });
  });

  it("installs each command-line tool a package declares", () => {
    for (const ws of packages) {
      const declared = ws.packageJson.bin;
      const names =
        typeof declared === "string"
          ? [ws.name.split("/").pop() ?? ""]
          : Object.keys(declared ?? {});
      for (const name of names) {
        const shim = path.join(project, "node_modules/.bin", name);
        expect(readFileSync(shim, "utf8").startsWith("#!"), `${name} of ${ws.name}`).toBe(true);
      }
    }
  });

  // Two tsc processes at once: independent, and most of each is waiting on its own lib parsing.
  it.concurrent.each([
    ["NodeNext", { module: "NodeNext", moduleResolution: "NodeNext" }],
    ["bundler", { module: "ESNext", moduleResolution: "bundler" }],
  ] as const)("type-checks with moduleResolution %s", async (label, options) => {
    const config = `tsconfig.${label}.json`;
    writeFileSync(
      path.join(project, config),
      JSON.stringify({
        compilerOptions: {
          ...options,
          target: "ES2022",
          strict: true,
          noEmit: true,
          skipLibCheck: false,
          types: ["node"],
        },
        files: ["index.ts"],
      }),
    );
    await run(process.execPath, [tsc, "-p", config], { cwd: project });
  });
});
