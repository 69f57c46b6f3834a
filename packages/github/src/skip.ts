import type { MapResult } from "./types.js";

/** A result that posts nothing. */
export type Skipped = Extract<MapResult, { skipped: true }>;

/** Posts nothing; `reason` is what the person reading the job log sees. */
export function skip(reason: string): Skipped {
  return { skipped: true, reason };
}

/** Without a repository there is no thread id, so nothing can be posted. */
export function noRepository(eventName: string): Skipped {
  return skip(`The ${eventName} payload names no repository, so there is no thread to post to.`);
}

/** An action of a supported event that has no message (yet), e.g. `Issue action "x"`. */
export function unsupportedAction(subject: string, action: string): Skipped {
  return skip(`${subject} action "${action}" is not supported, so nothing is posted.`);
}
