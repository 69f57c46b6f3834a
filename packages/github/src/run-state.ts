import { html, joinHtml, LIMITS, type Text } from "@flowdock-kit/core";
import type { StatusValue } from "./status.js";
import { sliceChars } from "./text.js";

const CONCLUSIONS: Readonly<Record<string, StatusValue>> = {
  success: "success",
  failure: "failure",
  startup_failure: "failure",
  timed_out: "timed out",
  action_required: "action required",
  cancelled: "cancelled",
  neutral: "neutral",
  skipped: "skipped",
  stale: "stale",
};

/**
 * The status value of a run or job from GitHub's `status` and `conclusion`: queued (requested,
 * queued, waiting, pending), running, or the conclusion once completed.
 */
export function runStatusValue(
  status: string | undefined,
  conclusion: string | undefined,
): StatusValue | undefined {
  if (conclusion !== undefined && Object.hasOwn(CONCLUSIONS, conclusion))
    return CONCLUSIONS[conclusion];
  switch (status) {
    case "requested":
    case "queued":
    case "waiting":
    case "pending":
      return "queued";
    case "in_progress":
      return "running";
    default:
      return undefined;
  }
}

/** What happened to `subject` (`CI #12`, `job build`) in words: `CI #12 failed`. */
export function outcomeTitle(subject: string, value: StatusValue, conclusion?: string): string {
  switch (value) {
    case "queued":
      return `${subject} is queued`;
    case "running":
      return `${subject} is running`;
    case "success":
      return `${subject} succeeded`;
    case "failure":
      return conclusion === "startup_failure" ? `${subject} failed to start` : `${subject} failed`;
    case "timed out":
      return `${subject} timed out`;
    case "action required":
      return `${subject} needs action`;
    case "cancelled":
      return `${subject} was cancelled`;
    case "neutral":
      return `${subject} finished (neutral)`;
    case "skipped":
      return `${subject} was skipped`;
    case "stale":
      return `${subject} is stale`;
    default:
      return `${subject} is ${value}`;
  }
}

/** `CI #12 on main`: the title of a run's thread. */
export function runThreadTitle(
  workflow: string,
  runNumber: string | number | undefined,
  branch: string | undefined,
): string {
  const run = runNumber === undefined ? workflow : `${workflow} #${runNumber}`;
  return branch === undefined ? run : `${run} on ${branch}`;
}

/** `3m 18s` between two ISO timestamps, or `undefined` when either is missing or unreadable. */
export function durationText(
  start: string | undefined,
  end: string | undefined,
): string | undefined {
  if (start === undefined || end === undefined) return undefined;
  const ms = Date.parse(end) - Date.parse(start);
  if (!Number.isFinite(ms) || ms < 0) return undefined;
  const seconds = Math.round(ms / 1000);
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  if (h > 0) return `${h}h ${m}m ${s}s`;
  return m > 0 ? `${m}m ${s}s` : `${s}s`;
}

/** Plain text (a commit message) as escaped paragraphs, cut to `max` characters of text. */
export function plainTextBody(text: string | undefined, maxLength?: number): Text | undefined {
  if (text === undefined || text.trim() === "") return undefined;
  // A thread body holds at most LIMITS.body characters whatever the option.
  const max = maxLength === undefined ? undefined : Math.min(maxLength, LIMITS.body);
  const cut = max !== undefined && text.length > max ? `${sliceChars(text, max - 1)}…` : text;
  const paragraphs = cut
    .trim()
    .split(/\n{2,}/)
    .map((part) => html`<p>${joinHtml(part.split("\n"), html`<br>`)}</p>`);
  return joinHtml(paragraphs);
}

/** The branch name of a ref: `refs/heads/main` → `main`, `refs/tags/v1` → `v1`. */
export function branchOfRef(ref: string | undefined): string | undefined {
  if (ref === undefined || ref === "") return undefined;
  return ref.replace(/^refs\/(heads|tags)\//, "");
}
