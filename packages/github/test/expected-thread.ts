// The thread ../shared/github-mapping.md gives a real payload, read from the payload's own fields;
// shared by the mapper's tests and the tests that run the built action and the relay.

// biome-ignore lint/suspicious/noExplicitAny: real payloads are read field by field
type Payload = any;

/** The thread github-mapping.md gives each example, read from the payload's own fields. */
export function expectedThread({ event, payload }: { event: string; payload: Payload }): string {
  const repo = `github:${payload.repository.full_name}`;
  const ref = (): string => {
    if (payload.ref_type === "tag" || payload.ref?.startsWith("refs/tags/")) return `${repo}:tags`;
    return `${repo}:branch:${String(payload.ref).replace(/^refs\/heads\//, "")}`;
  };
  switch (event) {
    case "issues":
    case "issue_comment":
      return `${repo}:${payload.issue.pull_request ? "pull" : "issue"}:${payload.issue.number}`;
    case "workflow_run":
      return `${repo}:run:${payload.workflow_run.id}`;
    case "workflow_job":
      return `${repo}:run:${payload.workflow_job.run_id}`;
    case "push":
    case "create":
    case "delete":
      return ref();
    case "release":
      return `${repo}:release:${payload.release.id}`;
    case "deployment":
    case "deployment_status":
      return `${repo}:deployment:${payload.deployment.id}`;
    case "check_suite":
      return `${repo}:check-suite:${payload.check_suite.id}`;
    case "check_run":
      return `${repo}:check-suite:${payload.check_run.check_suite.id}`;
    case "status":
      return `${repo}:commit:${payload.sha}`;
    case "commit_comment":
      return `${repo}:commit:${payload.comment.commit_id}`;
    case "discussion":
    case "discussion_comment":
      return `${repo}:discussion:${payload.discussion.number}`;
    case "pull_request":
    case "pull_request_target":
    case "pull_request_review":
    case "pull_request_review_comment":
      return `${repo}:pull:${payload.pull_request.number}`;
    default:
      throw new Error(`expectedThread: no thread is written down for "${event}"`);
  }
}
