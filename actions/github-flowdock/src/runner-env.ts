import { readFileSync } from "node:fs";
import type { RunContext } from "@flowdock-kit/github";
import { EventFileError, InputError } from "./errors.js";

/** The webhook event that triggered the workflow, as the runner hands it over. */
export interface RunnerEvent {
  name: string;
  payload: Record<string, unknown>;
}

type Env = Record<string, string | undefined>;

/** Reads `GITHUB_EVENT_NAME` and the JSON payload at `GITHUB_EVENT_PATH`. */
export function readEvent(env: Env): RunnerEvent {
  const name = env.GITHUB_EVENT_NAME;
  if (!name) {
    throw new InputError(
      "GITHUB_EVENT_NAME",
      "GITHUB_EVENT_NAME is not set: this action runs as a step of a GitHub Actions workflow.",
    );
  }
  const path = env.GITHUB_EVENT_PATH;
  if (!path) {
    throw new EventFileError("GITHUB_EVENT_PATH is not set: the runner did not pass the event.");
  }
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code ?? "error";
    throw new EventFileError(
      `Cannot read the event payload at GITHUB_EVENT_PATH (${path}): ${code}.`,
      {
        cause,
      },
    );
  }
  let payload: unknown;
  try {
    payload = JSON.parse(text);
  } catch (cause) {
    throw new EventFileError(`The event payload at ${path} is not valid JSON.`, { cause });
  }
  if (typeof payload !== "object" || payload === null || Array.isArray(payload)) {
    throw new EventFileError(`The event payload at ${path} is not a JSON object.`);
  }
  return { name, payload: payload as Record<string, unknown> };
}

/** The current run, from the `GITHUB_*` variables the runner sets for every step. */
export function readRunContext(env: Env, event: RunnerEvent): RunContext {
  const repository = env.GITHUB_REPOSITORY;
  const runId = env.GITHUB_RUN_ID;
  if (!repository || !runId) {
    throw new InputError(
      "GITHUB_REPOSITORY",
      'Input "status" reports the current run, which needs GITHUB_REPOSITORY and GITHUB_RUN_ID from the runner.',
    );
  }
  // Numbers the runner writes in decimal; anything else would make a "run:NaN" thread.
  const number = (name: string, text: string | undefined, fallback?: number): number => {
    if ((text === undefined || text === "") && fallback !== undefined) return fallback;
    if (text !== undefined && /^\d{1,15}$/.test(text)) return Number(text);
    throw new InputError(
      name,
      `${name} must be a whole number as the runner sets it (got "${text ?? ""}").`,
    );
  };
  const context: RunContext = {
    eventName: event.name,
    payload: event.payload,
    repository,
    serverUrl: env.GITHUB_SERVER_URL || "https://github.com",
    runId: number("GITHUB_RUN_ID", runId),
    runNumber: number("GITHUB_RUN_NUMBER", env.GITHUB_RUN_NUMBER, 0),
    workflow: env.GITHUB_WORKFLOW || "workflow",
  };
  const optional = {
    runAttempt: env.GITHUB_RUN_ATTEMPT
      ? number("GITHUB_RUN_ATTEMPT", env.GITHUB_RUN_ATTEMPT)
      : undefined,
    ref: env.GITHUB_REF_NAME || env.GITHUB_REF,
    sha: env.GITHUB_SHA,
    actor: env.GITHUB_ACTOR,
    job: env.GITHUB_JOB,
  };
  for (const [key, value] of Object.entries(optional)) {
    if (value !== undefined && value !== "") Object.assign(context, { [key]: value });
  }
  return context;
}
