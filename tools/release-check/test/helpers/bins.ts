import { existsSync } from "node:fs";
import path from "node:path";
import { root } from "./sandbox.js";

/** The path of an installed CLI, from this workspace's node_modules or the root's. */
export function bin(name: string): string {
  const candidates = [
    path.join(root, "tools/release-check/node_modules/.bin", name),
    path.join(root, "node_modules/.bin", name),
  ];
  const found = candidates.find((candidate) => existsSync(candidate));
  if (!found) throw new Error(`${name} is not installed; run npm ci at the repository root`);
  return found;
}

/** Fails with a clear message when a package has not been built. */
export function assertBuilt(dir: string, name: string) {
  if (!existsSync(path.join(dir, "dist"))) {
    throw new Error(
      `${name} has no dist/: run \`npm run build\` (turbo builds it before this test)`,
    );
  }
}
