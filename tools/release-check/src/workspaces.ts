import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** The parts of a package.json the release checks look at. */
export interface PackageJson {
  name: string;
  version: string;
  private?: boolean;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  bin?: string | Record<string, string>;
  workspaces?: string[];
  [key: string]: unknown;
}

/** One npm workspace: where it lives and its manifest. */
export interface Workspace {
  name: string;
  /** Absolute path of the workspace folder. */
  dir: string;
  /** Path relative to the repository root, with forward slashes. */
  relativeDir: string;
  packageJson: PackageJson;
}

/** Reads and parses a package.json. */
export function readPackageJson(dir: string): PackageJson {
  return JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8")) as PackageJson;
}

// The root only uses `dir/*` and plain folder patterns; anything fancier is refused loudly so a
// new pattern cannot silently drop packages from the release checks.
function expandPattern(root: string, pattern: string): string[] {
  const clean = pattern.replace(/\/+$/, "");
  if (!clean.includes("*")) return [clean];
  const match = /^([^*]+)\/\*$/.exec(clean);
  if (!match?.[1]) throw new Error(`Unsupported workspaces pattern "${pattern}"`);
  const parent = path.join(root, match[1]);
  if (!existsSync(parent)) return [];
  return readdirSync(parent, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => `${match[1]}/${entry.name}`);
}

/** The workspaces the root package.json declares that have a package.json, sorted by folder. */
export function listWorkspaces(root: string): Workspace[] {
  const patterns = readPackageJson(root).workspaces ?? [];
  const dirs = [...new Set(patterns.flatMap((pattern) => expandPattern(root, pattern)))].sort();
  return dirs
    .filter((relativeDir) => existsSync(path.join(root, relativeDir, "package.json")))
    .map((relativeDir) => {
      const dir = path.join(root, relativeDir);
      const packageJson = readPackageJson(dir);
      return { name: packageJson.name, dir, relativeDir, packageJson };
    });
}

/** The workspaces that are published to npm: under `packages/` and not private. */
export function publicPackages(root: string): Workspace[] {
  return listWorkspaces(root).filter(
    (ws) => ws.relativeDir.startsWith("packages/") && ws.packageJson.private !== true,
  );
}

/** The GitHub Actions in the repository: workspaces under `actions/` with an action.yml. */
export function actionWorkspaces(root: string): Workspace[] {
  return listWorkspaces(root).filter(
    (ws) => ws.relativeDir.startsWith("actions/") && existsSync(path.join(ws.dir, "action.yml")),
  );
}

/** The repository root, found from this file (tools/release-check/{src,dist}/…). */
export function repoRoot(): string {
  return path.resolve(import.meta.dirname, "../../..");
}
