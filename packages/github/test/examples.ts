import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/** One real payload from `@octokit/webhooks-examples`, with where it came from. */
export interface Example {
  /** `api.github.com` or `ghes-35`. */
  folder: string;
  event: string;
  /** Position among the examples of `event` in `folder`. */
  index: number;
  action: string;
  // biome-ignore lint/suspicious/noExplicitAny: real payloads are read field by field in tests
  payload: any;
  /** `ghes-35 issues[3] labeled`, for test names. */
  label: string;
}

interface Definition {
  name: string;
  examples: Record<string, unknown>[];
}

const root = dirname(
  createRequire(import.meta.url).resolve("@octokit/webhooks-examples/package.json"),
);

/** The folders of the package: api.github.com and every GHES version. */
export const FOLDERS: readonly string[] = readdirSync(root, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

const definitions = new Map<string, Definition[]>(
  FOLDERS.map((folder) => [
    folder,
    JSON.parse(readFileSync(join(root, folder, "index.json"), "utf8")) as Definition[],
  ]),
);

/** Every example of `event` across all folders; each call returns fresh copies to mutate. */
export function examplesOf(event: string): Example[] {
  const out: Example[] = [];
  for (const folder of FOLDERS) {
    const definition = definitions.get(folder)?.find((entry) => entry.name === event);
    definition?.examples.forEach((payload, index) => {
      const action = typeof payload.action === "string" ? payload.action : "";
      out.push({
        folder,
        event,
        index,
        action,
        payload: structuredClone(payload),
        label: `${folder} ${event}[${index}] ${action}`,
      });
    });
  }
  return out;
}

/** The first example of `event` with `action` in api.github.com, as a fresh copy to change. */
// biome-ignore lint/suspicious/noExplicitAny: see Example.payload
export function example(event: string, action: string, folder = "api.github.com"): any {
  const found = examplesOf(event).find(
    (entry) => entry.folder === folder && entry.action === action,
  );
  if (found === undefined) throw new Error(`no ${folder} example of ${event}.${action}`);
  return found.payload;
}

/** The item events this package mapped first (issues, PRs, runs); see {@link REPO_EVENTS}. */
export const EVENTS = [
  "issues",
  "issue_comment",
  "pull_request",
  "pull_request_target",
  "pull_request_review",
  "pull_request_review_comment",
  "workflow_run",
  "workflow_job",
] as const;

/** The events about branches, tags, releases, deployments, checks, commits and discussions. */
export const REPO_EVENTS = [
  "push",
  "create",
  "delete",
  "release",
  "deployment",
  "deployment_status",
  "check_suite",
  "check_run",
  "status",
  "commit_comment",
  "discussion",
  "discussion_comment",
] as const;

/** Every event this package maps. */
export const ALL_EVENTS = [...EVENTS, ...REPO_EVENTS] as const;
