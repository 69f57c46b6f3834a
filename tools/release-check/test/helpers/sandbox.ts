import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { run } from "../../src/run.js";
import { listWorkspaces, type PackageJson, repoRoot } from "../../src/workspaces.js";
import { GIT_ENV } from "./git-repo.js";

/** The real repository the checks look at. */
export const root = repoRoot();

/** The changesets CLI of the repository, run with node so no shell or npx is involved. */
export const changesetBin = path.join(root, "node_modules/@changesets/cli/bin.js");

/** A throwaway git repository holding what changesets reads from the real one. */
export interface Sandbox {
  dir: string;
  read(file: string): string;
  readJson(file: string): PackageJson;
  write(file: string, text: string): void;
  git(...args: string[]): Promise<string>;
  changeset(...args: string[]): Promise<string>;
  remove(): void;
}

// Changesets only reads manifests, changelogs, its own folder and the changelog module: copying
// just those keeps the sandbox small and immune to half-written sources elsewhere in the tree.
const COPIED_PER_WORKSPACE = ["package.json", "CHANGELOG.md", "changelog.cjs"];

/** Copies the release-relevant files of the repository into a fresh git repository on `main`. */
export async function createSandbox(): Promise<Sandbox> {
  const dir = mkdtempSync(path.join(tmpdir(), "release-check-"));
  for (const file of ["package.json", "package-lock.json"]) {
    cpSync(path.join(root, file), path.join(dir, file));
  }
  cpSync(path.join(root, ".changeset"), path.join(dir, ".changeset"), { recursive: true });
  for (const ws of listWorkspaces(root)) {
    mkdirSync(path.join(dir, ws.relativeDir), { recursive: true });
    for (const file of COPIED_PER_WORKSPACE) {
      const from = path.join(ws.dir, file);
      if (existsSync(from)) cpSync(from, path.join(dir, ws.relativeDir, file));
    }
  }
  const git = async (...args: string[]) =>
    (await run("git", args, { cwd: dir, env: GIT_ENV })).stdout.trim();
  await git("init", "-q", "-b", "main");
  await git("add", "-A");
  await git("commit", "-q", "-m", "Initial state");
  return {
    dir,
    read: (file) => readFileSync(path.join(dir, file), "utf8"),
    readJson: (file) => JSON.parse(readFileSync(path.join(dir, file), "utf8")) as PackageJson,
    write: (file, text) => {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), text);
    },
    git,
    changeset: async (...args) =>
      (await run(process.execPath, [changesetBin, ...args], { cwd: dir, env: GIT_ENV })).stdout,
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
