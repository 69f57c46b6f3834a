// Makes docs/inbox.png and docs/thread.png, the READMEs' pictures: the events `npm start` replays
// (scripts/demo-events.mjs) go through the built @flowdock-kit/github mapper into the emulator, and
// Chromium photographs the inbox and the thread view of the thread with the most messages.
// Run after `npm run build`: node docs/inbox-screenshot.mjs
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const { startEmulator } = await import("@flowdock-kit/emulator");
const { mapEvent } = await import("@flowdock-kit/github");
const { chromium } = createRequire(new URL("../packages/emulator/package.json", import.meta.url))(
  "playwright-core",
);
// What `npm start` replays, so the picture shows what a newcomer sees.
const { demoEvents } = await import("../scripts/demo-events.mjs");
const events = demoEvents();

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
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
    ],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    await page.goto(`${emulator.url}?flow=demo`);
    await page.locator(".thread").first().waitFor();
    const path = fileURLToPath(new URL("inbox.png", import.meta.url));
    await page.screenshot({ path, fullPage: true, animations: "disabled" });
    console.log(`wrote ${path}`);
    const [busiest] = emulator
      .threads("demo")
      .sort((a, b) => b.messages.length - a.messages.length);
    await page.goto(`${emulator.url}/threads/${encodeURIComponent(busiest.id)}`);
    await page.locator(".message").first().waitFor();
    const threadPath = fileURLToPath(new URL("thread.png", import.meta.url));
    await page.screenshot({ path: threadPath, fullPage: true, animations: "disabled" });
    console.log(`wrote ${threadPath}`);
  } finally {
    await browser.close();
  }
} finally {
  await emulator.close();
}
