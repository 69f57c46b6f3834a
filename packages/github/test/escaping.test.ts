import { describe, expect, it } from "vitest";
import { mapEvent, mapRunStatus } from "../src/index.js";
import { ALL_EVENTS, examplesOf } from "./examples.js";
import { linksOf, markupProblems, only } from "./inspect.js";

const HOSTILE = `"><img src=x onerror=alert(1)><script>alert(2)</script>[x](javascript:alert(3))<a href="javascript:alert(4)">y</a>`;

/** Keys whose string values GitHub users control: titles, bodies, names, logins, branches, paths. */
const USER_TEXT = new Set([
  "title",
  "body",
  "name",
  "login",
  "ref",
  "head_branch",
  "path",
  "message",
  "description",
  "slug",
  "tag_name",
  "context",
  "environment",
  "identifier",
  "target_commitish",
]);

// biome-ignore lint/suspicious/noExplicitAny: walks any JSON
function poison(value: any, key = ""): any {
  if (typeof value === "string") return USER_TEXT.has(key) ? `${value}${HOSTILE}` : value;
  if (Array.isArray(value)) return value.map((item) => poison(item, key));
  if (value !== null && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, poison(v, k)]));
  return value;
}

/** Keys whose values become links: pages, avatars, compare views, CI targets, logs, downloads. */
const LINK_KEYS = new Set([
  "html_url",
  "avatar_url",
  "url",
  "compare",
  "target_url",
  "log_url",
  "environment_url",
  "browser_download_url",
  "details_url",
]);

// biome-ignore lint/suspicious/noExplicitAny: walks any JSON
function hostileUrls(value: any, key = ""): any {
  if (typeof value === "string")
    return LINK_KEYS.has(key) ? "javascript:alert(document.domain)" : value;
  if (Array.isArray(value)) return value.map((item) => hostileUrls(item, key));
  if (value !== null && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, hostileUrls(v, k)]));
  return value;
}

/** Markup a browser would act on: the hostile text may appear, but only escaped. */
const UNSAFE = /<script|<img|<a href=\\"javascript:|(href|src)=\\"\s*javascript:/i;

const all = ALL_EVENTS.flatMap((event) => examplesOf(event));

describe("hostile text in real payloads is shown as text", () => {
  it.each(all.map((entry) => [entry.label, entry] as const))("%s", (_, entry) => {
    const message = only(mapEvent(entry.event, poison(entry.payload)));
    expect(markupProblems(message)).toEqual([]);
    // The thread id is a key, never shown: a branch named `<b>` keeps its name there.
    const { external_thread_id: _id, ...shown } = message;
    expect(JSON.stringify(shown)).not.toMatch(UNSAFE);
    // The reader sees what the user typed, escaped: the title and the author are still there.
    expect(message.author.name).toContain("&lt;img src=x onerror=alert(1)&gt;");
    // Commit and tags threads are titled by sha and repository only, which users do not write.
    if (message.thread !== undefined && !/:(commit:|tags$)/.test(message.external_thread_id ?? ""))
      expect(message.thread.title).toContain("&lt;script&gt;alert(2)&lt;/script&gt;");
    else
      expect(`${message.title} ${message.body ?? ""}`).toContain(
        "&lt;script&gt;alert(2)&lt;/script&gt;",
      );
  });

  it("a hostile branch, workflow and commit message in report-this-run mode", () => {
    const message = only(
      mapRunStatus(
        {
          eventName: "push",
          payload: { head_commit: { message: HOSTILE }, sender: { login: HOSTILE } },
          repository: "octo-org/octo-repo",
          serverUrl: "https://github.com",
          runId: 1,
          runNumber: 2,
          workflow: HOSTILE,
          ref: `refs/heads/${HOSTILE}`,
          sha: "abc1234def",
          actor: HOSTILE,
          job: HOSTILE,
        },
        "failure",
      ),
    );
    expect(markupProblems(message)).toEqual([]);
    expect(JSON.stringify(message)).not.toMatch(UNSAFE);
    expect(message.thread?.body).toContain("&lt;script&gt;alert(2)&lt;/script&gt;");
  });
});

describe("links that are not http(s) are dropped", () => {
  it.each(all.map((entry) => [entry.label, entry] as const))("%s", (_, entry) => {
    const message = only(mapEvent(entry.event, hostileUrls(entry.payload)));
    expect(markupProblems(message)).toEqual([]);
    expect(JSON.stringify(message)).not.toContain("javascript:");
    expect(message.author.avatar).toBeUndefined();
    for (const href of linksOf(message)) expect(href).toMatch(/^https?:\/\//);
  });
});
