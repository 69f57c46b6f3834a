export { ColorOverrideError, MentionsError } from "./errors.js";
export { mapEvent, SUPPORTED_EVENTS } from "./map-event.js";
export { parseMentions } from "./mentions.js";
export { mapRunStatus } from "./run-status.js";
export { DEFAULT_STATUS_COLORS, parseColorOverrides, type StatusValue } from "./status.js";
export type { ExtraField, MapOptions, MappedStatus, MapResult, RunContext } from "./types.js";
