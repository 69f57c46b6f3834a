// Makes docs/inbox.png, the README's picture of the mapping: real @octokit/webhooks-examples
// payloads (changed only where a state is missing, as in the github package's tests) go through
// the built @flowdock-kit/github mapper into the emulator, and Chromium photographs the inbox.
// Run after `npm run build`: node docs/inbox-screenshot.mjs
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const require = createRequire(new URL("../packages/github/package.json", import.meta.url));
const { startEmulator } = await import("@flowdock-kit/emulator");
const { mapEvent } = await import("@flowdock-kit/github");
const { chromium } = createRequire(new URL("../packages/emulator/package.json", import.meta.url))(
  "playwright-core",
);
const definitions = require("@octokit/webhooks-examples/api.github.com/index.json");

/** A fresh copy of the first api.github.com example of `event.action` that `pick` accepts. */
function example(event, action, pick = () => true) {
  const found = definitions
    .find((definition) => definition.name === event)
    ?.examples.find((payload) => payload.action === action && pick(payload));
  if (found === undefined) throw new Error(`no example of ${event}.${action}`);
  return structuredClone(found);
}

const closed = example("issues", "opened");
closed.action = "closed";
closed.issue.state = "closed";
closed.issue.state_reason = "completed";
const approved = example("pull_request_review", "submitted");
approved.review.state = "approved";
const merged = example("pull_request", "closed");
merged.pull_request.merged = true;
merged.pull_request.merged_at = merged.pull_request.closed_at;
const requested = example("workflow_run", "requested", (p) => p.workflow_run.status === "queued");
const running = structuredClone(requested);
running.action = "in_progress";
running.workflow_run.status = "in_progress";
const failed = example("workflow_run", "completed", (p) => p.workflow_run.conclusion === "success");
failed.workflow_run.conclusion = "failure";

// Oldest first: the inbox lists the latest activity on top.
const events = [
  ["workflow_run", requested],
  ["workflow_run", running],
  ["workflow_run", failed],
  ["pull_request", example("pull_request", "opened")],
  ["pull_request_review", approved],
  ["pull_request", merged],
  ["issues", example("issues", "opened")],
  ["issues", example("issues", "labeled")],
  ["issue_comment", example("issue_comment", "created")],
  ["issues", closed],
];

const token = "0123456789abcdef0123456789abcdef";
const emulator = await startEmulator({
  host: "127.0.0.1",
  port: 0,
  flows: [{ name: "demo", token }],
});
try {
  for (const [event, payload] of events) {
    const result = mapEvent(event, payload);
    if (result.skipped) throw new Error(`${event}: ${result.reason}`);
    for (const message of result.messages) {
      const response = await fetch(`${emulator.apiUrl}/messages`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ ...message, flow_token: token }),
      });
      if (!response.ok) throw new Error(`${event}: ${response.status} ${await response.text()}`);
    }
  }
  // Older integrations (Jenkins, scripts) post to the Push API: they show in the flow's stream.
  const push = async (kind, fields) => {
    const response = await fetch(`${emulator.apiUrl}/v1/messages/${kind}/${token}`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams(fields).toString(),
    });
    if (!response.ok) throw new Error(`${kind}: ${response.status} ${await response.text()}`);
  };
  await push("team_inbox", {
    source: "Jenkins",
    from_address: "jenkins@example.com",
    from_name: "Jenkins",
    subject: "Nightly build #311 passed",
    content: "<p>All 412 tests passed in 4 min.</p>",
    project: "Hello-World",
  });
  await push("chat", { content: "deploying Hello-World now", external_user_name: "deploybot" });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    await page.goto(`${emulator.url}?flow=demo`);
    await page.locator(".thread").first().waitFor();
    const path = fileURLToPath(new URL("inbox.png", import.meta.url));
    await page.screenshot({ path, fullPage: true, animations: "disabled" });
    console.log(`wrote ${path}`);
  } finally {
    await browser.close();
  }
} finally {
  await emulator.close();
}
