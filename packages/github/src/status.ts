import { isStatusColor, type StatusColor } from "@flowdock-kit/core";
import { COLOR_NAMES, ColorOverrideError } from "./errors.js";
import type { MapOptions, MappedStatus } from "./types.js";

/** The default colour of every status value this package produces (see github-mapping.md). */
export const DEFAULT_STATUS_COLORS = {
  open: "green",
  closed: "purple",
  "not planned": "grey",
  duplicate: "grey",
  deleted: "black",
  transferred: "black",
  draft: "grey",
  "changes requested": "orange",
  approved: "lime",
  merged: "purple",
  queued: "blue",
  running: "yellow",
  success: "green",
  failure: "red",
  "timed out": "orange",
  "action required": "orange",
  cancelled: "grey",
  neutral: "cyan",
  skipped: "grey",
  stale: "grey",
  active: "green",
  "force-pushed": "orange",
  tag: "cyan",
  "pre-release": "yellow",
  published: "green",
  deploying: "yellow",
  deployed: "green",
  failed: "red",
  inactive: "grey",
  pending: "yellow",
  error: "red",
  answered: "lime",
  locked: "grey",
} as const satisfies Record<string, StatusColor>;

/** A status value this package can produce. */
export type StatusValue = keyof typeof DEFAULT_STATUS_COLORS;

/** `Not_Planned` and `not-planned` name the same status as `not planned`. */
export function normalizeStatusValue(value: string): string {
  return value.trim().toLowerCase().replace(/[_-]+/g, " ").replace(/\s+/g, " ");
}

/** Each status value by its normalized spelling, so `force_pushed` finds `force-pushed`. */
const BY_NORMALIZED: ReadonlyMap<string, StatusValue> = new Map(
  (Object.keys(DEFAULT_STATUS_COLORS) as StatusValue[]).map((key) => [
    normalizeStatusValue(key),
    key,
  ]),
);

/**
 * A badge that shows `shown` (a tag name, `ci/circleci: failure`) in the colour of status `key`,
 * so users override it as `tag=blue` or `failure=black`.
 */
export function statusShowing(
  shown: string,
  key: StatusValue,
  options: MapOptions,
  fallback: StatusColor = DEFAULT_STATUS_COLORS[key],
): MappedStatus {
  return { value: shown, color: lookupOverride(key, options) ?? fallback };
}

/**
 * The status badge for `value`: a user's colour when one is given, else the default. A closed PR
 * is red, not the purple of a closed issue, so callers may pass their own default.
 */
export function status(
  value: StatusValue,
  options: MapOptions,
  fallback: StatusColor = DEFAULT_STATUS_COLORS[value],
): MappedStatus {
  const override = lookupOverride(value, options);
  return { value, color: override ?? fallback };
}

function lookupOverride(value: string, options: MapOptions): StatusColor | undefined {
  const colors = options.colors;
  if (colors === undefined) return undefined;
  const direct = colors[value];
  if (isStatusColor(direct)) return direct;
  const wanted = normalizeStatusValue(value);
  for (const [key, color] of Object.entries(colors))
    if (normalizeStatusValue(key) === wanted && isStatusColor(color)) return color;
  return undefined;
}

/**
 * Parses colour overrides written as `merged=purple, cancelled=yellow` (commas or new lines).
 * Throws a {@link ColorOverrideError} naming the bad part for an unknown status or colour.
 */
export function parseColorOverrides(text: string): Partial<Record<string, StatusColor>> {
  const out: Partial<Record<string, StatusColor>> = {};
  for (const raw of text.split(/[,\n]/)) {
    const part = raw.trim();
    if (part === "") continue;
    const equals = part.indexOf("=");
    if (equals === -1)
      throw new ColorOverrideError(part, 'expected "status=colour", for example "merged=purple"');
    const written = normalizeStatusValue(part.slice(0, equals));
    const color = part
      .slice(equals + 1)
      .trim()
      .toLowerCase();
    if (written === "") throw new ColorOverrideError(part, 'the status before "=" is missing');
    const key = BY_NORMALIZED.get(written);
    if (key === undefined)
      throw new ColorOverrideError(
        part,
        `unknown status "${part.slice(0, equals).trim()}"; known statuses: ${Object.keys(DEFAULT_STATUS_COLORS).join(", ")}`,
      );
    if (!isStatusColor(color))
      throw new ColorOverrideError(
        part,
        color === ""
          ? `the colour after "=" is missing; use one of ${COLOR_NAMES}`
          : `unknown colour "${color}"; use one of ${COLOR_NAMES}`,
      );
    out[key] = color;
  }
  return out;
}
