import { compose, field, type Post, renderMarkdown, view } from "./compose.js";
import { num, type Obj, obj, str, url } from "./payload.js";
import { authorOf, linked, type Repo, repoField, repoUrl, threadIdOf } from "./repository.js";
import { runStatusValue } from "./run-state.js";
import { unsupportedAction } from "./skip.js";
import { status } from "./status.js";
import { readSubject } from "./subject.js";
import type { MapOptions, MapResult } from "./types.js";
import { commitText, pullRequestsText } from "./workflow-run.js";

/** `timed_out` → `timed out`: a conclusion as people read it. */
function conclusionText(conclusion: string): string {
  return conclusion.replace(/_/g, " ");
}

/** The suite's thread, the same whether a `check_suite` or one of its `check_run`s tells it. */
function suiteThread(
  repo: Repo,
  suite: Obj,
  id: number,
  app: Obj | undefined,
  sha: string | undefined,
  options: MapOptions,
) {
  const appName = str(app, "name") ?? "Checks";
  const branch = str(suite, "head_branch");
  const value = runStatusValue(str(suite, "status"), str(suite, "conclusion"));
  const page =
    sha === undefined ? undefined : repoUrl(repo, `/commit/${sha}/checks?check_suite_id=${id}`);
  return {
    id: threadIdOf(repo, "check-suite", id),
    title: `${appName} checks on ${branch ?? sha?.slice(0, 7) ?? `suite ${id}`} in ${repo.fullName}`,
    url: page,
    status: value === undefined ? undefined : status(value, options),
    fields: [
      field("Repository", repoField(repo)),
      field("App", app === undefined ? undefined : linked(appName, url(app, "html_url"))),
      field("Branch", branch),
      field("Commit", commitText(repo, sha)),
      field("Pull requests", pullRequestsText(repo, suite)),
    ],
    actions: [view("Open on GitHub", page)],
  };
}

/** `check_suite`: requested, re-requested, completed (`check suite completed: success`). */
export function mapCheckSuiteEvent(payload: Obj, options: MapOptions): MapResult {
  const found = readSubject(payload, "check_suite", {
    item: "check_suite",
    id: (suite) => suite.id,
    idName: "check suite id",
  });
  if ("skipped" in found) return found;
  const { item: suite, id, repo } = found;
  const action = str(payload, "action") ?? "";
  const conclusion = str(suite, "conclusion");
  let title: string;
  if (action === "completed")
    title = `check suite completed${conclusion === undefined ? "" : `: ${conclusionText(conclusion)}`}`;
  else if (action === "requested") title = "check suite requested";
  else if (action === "rerequested") title = "re-requested check suite";
  else return unsupportedAction("check_suite", action);
  const state = suiteThread(repo, suite, id, obj(suite.app), str(suite, "head_sha"), options);
  return compose(state, [{ event: "activity", title, author: authorOf(payload) }], options);
}

function checkRunTitle(action: string, run: Obj, payload: Obj): string | undefined {
  const subject = `check ${str(run, "name") ?? `#${num(run, "id") ?? "?"}`}`;
  const conclusion = str(run, "conclusion");
  const done =
    str(run, "status") === "completed"
      ? `${subject} completed${conclusion === undefined ? "" : `: ${conclusionText(conclusion)}`}`
      : undefined;
  switch (action) {
    case "completed":
      return done ?? `${subject} completed`;
    case "created":
      if (done !== undefined) return done;
      return str(run, "status") === "in_progress" ? `${subject} started` : `${subject} is queued`;
    case "rerequested":
      return `re-requested ${subject}`;
    case "requested_action": {
      const identifier = str(obj(payload.requested_action), "identifier");
      return identifier === undefined
        ? `requested an action on ${subject}`
        : `requested action ${identifier} on ${subject}`;
    }
    default:
      return undefined;
  }
}

/**
 * `check_run`: a message on its suite's thread (`…:check-suite:<suite id>`), `check build
 * completed: failure`, with the run's output summary as the body.
 */
export function mapCheckRunEvent(payload: Obj, options: MapOptions): MapResult {
  const found = readSubject(payload, "check_run", {
    item: "check_run",
    id: (run) => obj(run.check_suite)?.id,
    idName: "check suite id",
    thread: "check suite thread",
  });
  if ("skipped" in found) return found;
  const { item: run, id, repo } = found;
  const suite = obj(run.check_suite) ?? {};
  const action = str(payload, "action") ?? "";
  const title = checkRunTitle(action, run, payload);
  if (title === undefined) return unsupportedAction("check_run", action);
  const output = obj(run.output);
  const summary = str(output, "summary");
  const body =
    str(run, "status") === "completed"
      ? renderMarkdown(
          [str(output, "title"), summary].filter((part) => part !== undefined).join("\n\n") ||
            undefined,
          repo,
          options,
        )
      : undefined;
  const app = obj(run.app) ?? obj(suite.app);
  const state = suiteThread(
    repo,
    suite,
    id,
    app,
    str(suite, "head_sha") ?? str(run, "head_sha"),
    options,
  );
  const post: Post = {
    event: "activity",
    title: linked(title, url(run, "html_url")),
    body,
    author: authorOf(payload),
  };
  return compose(state, [post], options);
}
