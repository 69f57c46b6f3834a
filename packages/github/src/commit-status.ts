import { commitThread, FULL_SHA } from "./commit-thread.js";
import { compose, wantsBody } from "./compose.js";
import { type Obj, str, url } from "./payload.js";
import { authorOf, linked, readRepo } from "./repository.js";
import { plainTextBody } from "./run-state.js";
import { noRepository, skip } from "./skip.js";
import { type StatusValue, statusShowing } from "./status.js";
import type { MapOptions, MapResult } from "./types.js";

const STATES: Readonly<Record<string, StatusValue>> = {
  pending: "pending",
  success: "success",
  failure: "failure",
  error: "error",
};

/**
 * `status` (a commit status from external CI): `ci/circleci: failure` on the commit's thread,
 * linked to the status's target URL, with its description as the body.
 */
export function mapCommitStatusEvent(payload: Obj, options: MapOptions): MapResult {
  const repo = readRepo(payload);
  if (repo === undefined) return noRepository("status");
  const sha = str(payload, "sha");
  if (sha === undefined || !FULL_SHA.test(sha))
    return skip("The status payload names no commit, so there is no thread to post to.");
  const state = str(payload, "state") ?? "";
  const key = Object.hasOwn(STATES, state) ? STATES[state] : undefined;
  if (key === undefined)
    return skip(
      `The commit status state "${state || "(none)"}" is not one GitHub documents, so nothing is posted.`,
    );
  const context = str(payload, "context") ?? "default";
  const shown = `${context}: ${state}`;
  const description = str(payload, "description");
  return compose(
    commitThread(repo, sha, statusShowing(shown, key, options)),
    [
      {
        event: "activity",
        title: linked(shown, url(payload, "target_url")),
        body: wantsBody(options) ? plainTextBody(description, options.bodyMaxLength) : undefined,
        author: authorOf(payload),
      },
    ],
    options,
  );
}
