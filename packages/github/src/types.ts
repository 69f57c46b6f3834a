import type { Message, StatusColor, Thread } from "@flowdock-kit/core";

/** The thread's status badge: a value such as `merged` and its colour. */
export interface MappedStatus {
  value: string;
  color: StatusColor;
}

/** What to post for an event, or why nothing is posted. */
export type MapResult =
  | {
      skipped: false;
      /** The messages to send, in order (usually one), built with core's builders. */
      messages: Message[];
      /** The `external_thread_id` of every message, e.g. `github:octo/repo:pull:42`. */
      threadId: string;
      /** The thread title as plain text (not escaped). */
      threadTitle: string;
      /** The item's page on GitHub. */
      threadUrl?: string;
      /** The thread's status after this event; absent when the event does not tell it. */
      status?: MappedStatus;
      /**
       * Set when the messages leave the thread's state alone (`workflow_job`: the run's events
       * set it): the state to create the thread with if Flowdock does not know it yet, which it
       * says by answering 400 with a `thread` error.
       */
      threadIfNew?: Thread;
    }
  | { skipped: true; reason: string };

/** A field row added by the user, shown as plain text. */
export interface ExtraField {
  label: string;
  value: string;
}

/** Options shared by {@link mapEvent} and {@link mapRunStatus}. */
export interface MapOptions {
  /** Colour per status value, replacing the default (`{ merged: "purple", cancelled: "yellow" }`). */
  colors?: Partial<Record<string, StatusColor>> | undefined;
  /** Extra fields appended to the thread's own. */
  fields?: readonly ExtraField[] | undefined;
  /** Tags for every message. */
  tags?: readonly string[] | undefined;
  /** Include issue/PR descriptions, comments and commit messages (default `true`). */
  includeBody?: boolean | undefined;
  /** Longest body in characters of HTML; longer ones are cut with a visible marker. */
  bodyMaxLength?: number | undefined;
  /** Use this `external_thread_id` instead of the one derived from the payload. */
  threadId?: string | undefined;
  /** Post `workflow_job` events (default `true`). */
  includeJobs?: boolean | undefined;
  /**
   * GitHub login → Flowdock nick (without `@`): messages tag `@nick` for the people they concern
   * (assignee, requested reviewer, author of a reviewed PR or commented item, actor of a failed
   * run or deployment). Logins not listed are never tagged.
   */
  mentions?: Readonly<Record<string, string>> | undefined;
}

/** The run to report in "report this run" mode: the `GITHUB_*` context of a workflow run. */
export interface RunContext {
  /** `GITHUB_EVENT_NAME`: what triggered the run (`push`, `schedule`, …). */
  eventName: string;
  /** The event payload (`GITHUB_EVENT_PATH` contents); may be `{}`. */
  payload: unknown;
  /** `owner/repo`. */
  repository: string;
  /** `https://github.com` or the GitHub Enterprise Server URL. */
  serverUrl: string;
  runId: string | number;
  runNumber: string | number;
  runAttempt?: string | number | undefined;
  /** The workflow's name. */
  workflow: string;
  /** `refs/heads/main`, `refs/tags/v1`, `refs/pull/12/merge`. */
  ref?: string | undefined;
  sha?: string | undefined;
  actor?: string | undefined;
  job?: string | undefined;
}
