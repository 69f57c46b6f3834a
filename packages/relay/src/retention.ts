import type { Logger } from "./log.js";

/** Rows one prune step deletes, so a large backlog of old rows never holds the store long. */
export const PRUNE_STEP = 1000;
/** How often old rows are looked for (and once at start). */
export const PRUNE_EVERY_MS = 60 * 60 * 1000;

const DAY_MS = 24 * 60 * 60 * 1000;

/** What one prune deleted. */
export interface Pruned {
  deliveries: number;
  messages: number;
}

/** Rows older than this (epoch milliseconds) are deleted. */
export function retentionCutoff(retentionDays: number, now = Date.now()): number {
  return now - retentionDays * DAY_MS;
}

/** Logs the outcome of a prune: how many rows went, or why it failed. */
export function reportPruned(log: Logger, days: number, outcome: Pruned | { error: string }): void {
  if ("error" in outcome) {
    log.error("cannot delete old deliveries; trying again in an hour", { error: outcome.error });
  } else if (outcome.deliveries + outcome.messages > 0) {
    log.info("old deliveries deleted", { ...outcome, retention_days: days });
  }
}
