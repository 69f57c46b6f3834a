import { compose, field, view, wantsBody } from "./compose.js";
import { type Obj, obj, str, url } from "./payload.js";
import { authorOf, loginIn, repoField, repoUrl, threadIdOf, userLink } from "./repository.js";
import { plainTextBody } from "./run-state.js";
import { skip } from "./skip.js";
import { type StatusValue, status } from "./status.js";
import { readSubject } from "./subject.js";
import type { MapOptions, MapResult } from "./types.js";
import { commitText } from "./workflow-run.js";

const STATES: Readonly<Record<string, StatusValue>> = {
  queued: "queued",
  pending: "queued",
  waiting: "queued",
  in_progress: "deploying",
  success: "deployed",
  failure: "failed",
  error: "failed",
  inactive: "inactive",
};

function deploymentTitle(state: string, what: string): string {
  switch (state) {
    case "created":
      return `created a deployment of ${what}`;
    case "queued":
    case "pending":
    case "waiting":
      return `queued deploying ${what}`;
    case "in_progress":
      return `started deploying ${what}`;
    case "success":
      return `deployed ${what}`;
    case "failure":
      return `failed deploying ${what}`;
    case "error":
      return `failed deploying ${what} (error)`;
    default:
      return `marked the deployment of ${what} inactive`;
  }
}

/**
 * `deployment` and `deployment_status`: an activity on the deployment's thread
 * (`…:deployment:<id>`), `started deploying main to production`, `deployed …`, `failed deploying …`.
 */
export function mapDeploymentEvent(
  eventName: string,
  payload: Obj,
  options: MapOptions,
): MapResult {
  const found = readSubject(payload, eventName, {
    item: "deployment",
    id: (deployment) => deployment.id,
    idName: "deployment id",
  });
  if ("skipped" in found) return found;
  const { item: deployment, id, repo } = found;
  const deploymentStatus = obj(payload.deployment_status);
  if (eventName === "deployment_status" && deploymentStatus === undefined)
    return skip(
      "The deployment_status payload has no deployment status, so there is nothing to post.",
    );
  // A new deployment has no status yet: GitHub shows it as queued until a status says otherwise.
  const state = deploymentStatus === undefined ? "created" : (str(deploymentStatus, "state") ?? "");
  const value: StatusValue | undefined =
    state === "created" ? "queued" : Object.hasOwn(STATES, state) ? STATES[state] : undefined;
  if (value === undefined)
    return skip(
      `The deployment state "${state || "(none)"}" is not one GitHub documents, so nothing is posted.`,
    );
  const named = str(deploymentStatus, "environment") ?? str(deployment, "environment");
  const environment = named ?? "an environment";
  const ref = str(deployment, "ref") ?? str(deployment, "sha")?.slice(0, 7) ?? "a commit";
  const environmentUrl = url(deploymentStatus, "environment_url");
  const logs = url(deploymentStatus, "log_url") ?? url(deploymentStatus, "target_url");
  const page = repoUrl(
    repo,
    named === undefined ? "/deployments" : `/deployments/${encodeURIComponent(named)}`,
  );
  const description = str(deploymentStatus, "description") ?? str(deployment, "description");
  const creator = deployment.creator;
  const thread = {
    id: threadIdOf(repo, "deployment", id),
    title: `Deployment of ${ref} to ${environment} in ${repo.fullName}`,
    url: page,
    status: status(value, options),
    fields: [
      field("Repository", repoField(repo)),
      field("Environment", environment),
      field("Ref", ref),
      field("Commit", commitText(repo, str(deployment, "sha"))),
      field("Creator", creator === undefined ? undefined : userLink(creator)),
    ],
    actions: [
      view("Open on GitHub", page),
      view("Open environment", environmentUrl),
      view("Logs", logs),
    ],
  };
  return compose(
    thread,
    [
      {
        event: "activity",
        title: deploymentTitle(state, `${ref} to ${environment}`),
        body: wantsBody(options) ? plainTextBody(description, options.bodyMaxLength) : undefined,
        author: authorOf(payload),
        // A failed deployment is news for whoever started it.
        mentions: value === "failed" ? [loginIn(creator)] : [],
      },
    ],
    options,
  );
}
