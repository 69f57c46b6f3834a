/** The ten status colours Flowdock accepts, exactly as spelled by the API (`grey`, not `gray`). */
export const STATUS_COLORS = [
  "red",
  "green",
  "yellow",
  "cyan",
  "orange",
  "grey",
  "black",
  "lime",
  "purple",
  "blue",
] as const;

/** One of {@link STATUS_COLORS}. */
export type StatusColor = (typeof STATUS_COLORS)[number];

const colorSet: ReadonlySet<string> = new Set(STATUS_COLORS);

/** Whether `value` is one of the ten Flowdock status colours. */
export function isStatusColor(value: unknown): value is StatusColor {
  return typeof value === "string" && colorSet.has(value);
}
