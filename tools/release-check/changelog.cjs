// @ts-check
// Changelog lines with links to the pull request and commit on GitHub, worked out offline.
//
// `@changesets/changelog-github` asks the GitHub API who wrote each commit and which PR it came
// from, so `changeset version` needs a token and the network. This module reads the same facts from
// git: the PR number from the squash-merge subject ("Fix the thing (#42)") or a merge commit
// ("Merge pull request #42 from …"), and the commit that added the changeset, which changesets
// passes in. A changeset can also name them itself with `pr: 42` / `commit: abc1234` lines at the
// top of its summary, as with changelog-github. Plain CommonJS so `changeset version` can load it
// without a build step.
"use strict";

const { execFileSync } = require("node:child_process");

/**
 * @typedef {{ repo: string, serverUrl?: string }} ChangelogOptions
 * @typedef {{ pr?: number, commit?: string, summary: string }} ParsedSummary
 */

/** @param {unknown} options @returns {{ base: string }} */
function resolveRepo(options) {
  const opts = /** @type {Partial<ChangelogOptions> | null} */ (options);
  const repo = opts?.repo;
  if (typeof repo !== "string" || !/^[\w.-]+\/[\w.-]+$/.test(repo)) {
    throw new Error(
      'Give the changelog the GitHub repository: "changelog": ["../tools/release-check/changelog.cjs", { "repo": "owner/name" }]',
    );
  }
  const server = (opts?.serverUrl ?? "https://github.com").replace(/\/+$/, "");
  return { base: `${server}/${repo}` };
}

/**
 * Pulls `pr:` / `commit:` override lines off the top of a changeset summary.
 * @param {string} summary
 * @returns {ParsedSummary}
 */
function parseSummary(summary) {
  /** @type {ParsedSummary} */
  const result = { summary: "" };
  const lines = summary.trim().split("\n");
  while (lines.length > 0) {
    const match = /^\s*(pr|pull request|commit)\s*:\s*#?(\S+)\s*$/i.exec(lines[0] ?? "");
    if (!match) break;
    const [, key = "", value = ""] = match;
    if (key.toLowerCase() === "commit") {
      if (/^[0-9a-f]{7,40}$/i.test(value)) result.commit = value;
    } else if (/^\d+$/.test(value)) {
      result.pr = Number(value);
    }
    lines.shift();
  }
  result.summary = lines.join("\n").trim();
  return result;
}

/**
 * The PR number a commit subject names, the way GitHub writes squash and merge commits.
 * @param {string} subject
 * @returns {number | undefined}
 */
function prFromSubject(subject) {
  const match = /\(#(\d+)\)\s*$/.exec(subject) ?? /^Merge pull request #(\d+)\b/.exec(subject);
  return match ? Number(match[1]) : undefined;
}

/**
 * The subject line of a commit, or undefined when git cannot tell (no repository, shallow clone).
 * @param {string} commit
 * @returns {string | undefined}
 */
function commitSubject(commit) {
  try {
    return execFileSync("git", ["log", "-1", "--format=%s", commit], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    }).trim();
  } catch {
    return undefined;
  }
}

/**
 * `[#42](…/pull/42) [`abc1234`](…/commit/abc1234…)`: whichever of the two is known.
 * @param {string} base
 * @param {{ pr?: number | undefined, commit?: string | undefined }} refs
 */
function formatLinks(base, { pr, commit }) {
  const links = [];
  if (pr !== undefined) links.push(`[#${pr}](${base}/pull/${pr})`);
  if (commit) links.push(`[\`${commit.slice(0, 7)}\`](${base}/commit/${commit})`);
  return links.join(" ");
}

/** @type {import("@changesets/types").GetReleaseLine} */
async function getReleaseLine(changeset, _type, options) {
  const { base } = resolveRepo(options);
  const parsed = parseSummary(changeset.summary);
  const commit = parsed.commit ?? changeset.commit;
  const subject = parsed.pr === undefined && commit ? commitSubject(commit) : undefined;
  const pr = parsed.pr ?? (subject ? prFromSubject(subject) : undefined);
  const links = formatLinks(base, { pr, commit });
  const [first = "", ...rest] = parsed.summary.split("\n");
  const body = rest.map((line) => (line ? `  ${line}` : line)).join("\n");
  return `\n\n- ${links ? `${links} ` : ""}${first}${body ? `\n${body}` : ""}`;
}

/** @type {import("@changesets/types").GetDependencyReleaseLine} */
async function getDependencyReleaseLine(changesets, dependenciesUpdated, options) {
  const { base } = resolveRepo(options);
  if (dependenciesUpdated.length === 0) return "";
  const commits = changesets
    .map((changeset) => parseSummary(changeset.summary).commit ?? changeset.commit)
    .filter((commit) => typeof commit === "string")
    .map((commit) => formatLinks(base, { commit }));
  const header = `- Updated dependencies${commits.length > 0 ? ` [${commits.join(", ")}]` : ""}:`;
  const list = dependenciesUpdated.map((dep) => `  - ${dep.name}@${dep.newVersion}`);
  return [header, ...list].join("\n");
}

module.exports = { getReleaseLine, getDependencyReleaseLine };
module.exports.default = module.exports;
module.exports.parseSummary = parseSummary;
module.exports.prFromSubject = prFromSubject;
