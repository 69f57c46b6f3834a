import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/** One real payload from `@octokit/webhooks-examples`. */
export interface Example {
  event: string;
  folder: string;
  index: number;
  // biome-ignore lint/suspicious/noExplicitAny: real payloads are read field by field in tests
  payload: any;
  label: string;
}

const root = dirname(
  createRequire(import.meta.url).resolve("@octokit/webhooks-examples/package.json"),
);

/** Every example of every event, in api.github.com and each GHES folder, as fresh copies. */
export function allExamples(): Example[] {
  const out: Example[] = [];
  const folders = readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  for (const folder of folders) {
    const definitions = JSON.parse(readFileSync(join(root, folder, "index.json"), "utf8")) as {
      name: string;
      examples: unknown[];
    }[];
    for (const { name, examples } of definitions) {
      examples.forEach((payload, index) => {
        out.push({ event: name, folder, index, payload, label: `${folder} ${name}[${index}]` });
      });
    }
  }
  return out;
}

/** The first api.github.com example of `event` (with `action` when given), as a fresh copy. */
// biome-ignore lint/suspicious/noExplicitAny: see Example.payload
export function example(event: string, action?: string): any {
  const found = allExamples().find(
    (e) =>
      e.folder === "api.github.com" &&
      e.event === event &&
      (action === undefined || e.payload.action === action),
  );
  if (!found) throw new Error(`no example of ${event} ${action ?? ""}`);
  return found.payload;
}
