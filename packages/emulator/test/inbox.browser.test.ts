import { once } from "node:events";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  buildActivity,
  buildDiscussion,
  html,
  link,
  markdownToHtml,
  updateAction,
  viewAction,
} from "@flowdock-kit/core";
import { type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Emulator, StoredMessage } from "../src/index.ts";
import { OTHER_TOKEN, post, start, TOKEN } from "./helpers.ts";
import { hostileMessage } from "./hostile.ts";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const OUTPUT =
  process.env.TEST_OUTPUT_DIR ?? fileURLToPath(new URL("../test-output", import.meta.url));
const available = existsSync(CHROMIUM);
if (!available && process.env.CI === "true")
  throw new Error(
    `${CHROMIUM} is missing: the browser test must run in CI (apt-get install chromium)`,
  );
if (!available) console.warn(`Skipping the browser test: ${CHROMIUM} is missing.`);

const PR = "github:octo-org/octo-repo:pull:42";
const REPO = "https://github.com/octo-org/octo-repo";
const TITLE = "Team inbox · Flowdock emulator";
const LONG_URL = `https://artifacts.example.com/octo-org/octo-repo/releases/2.0/${"build-output-".repeat(12)}bundle.tar.gz`;

// Code run in the page is passed as text: this package type-checks against Node, not the DOM.
type StyleWindow = { getComputedStyle(el: unknown): { backgroundColor: string } };
const BACKGROUND = (el: unknown) =>
  (globalThis as unknown as StyleWindow).getComputedStyle(el).backgroundColor;
/** What a script that got through would have changed. */
const PAGE_STATE = `({
  pwned: window.__pwned,
  title: document.title,
  javascriptLinks: document.querySelectorAll("[href^='javascript:' i], [src^='javascript:' i], [action^='javascript:' i]").length,
  handlers: [...document.querySelectorAll("*")].flatMap((el) =>
    [...el.attributes].filter((a) => a.name.startsWith("on")).map((a) => el.tagName + " " + a.name)),
  scripts: [...document.scripts].map((s) => s.getAttribute("src")),
  frames: document.querySelectorAll("iframe, object, embed, svg, form:not(.action-form)").length,
})`;

/** Serves avatars and receives UpdateAction calls, so the page needs nothing outside 127.0.0.1. */
function localServer(calls: unknown[]): Server {
  const colors: Record<string, string> = {
    octocat: "#6e5494",
    hubot: "#2f7be0",
    deploybot: "#ef7d22",
  };
  return createServer((req, res) => {
    const avatar = /^\/avatars\/(\w+)\.svg$/.exec(req.url ?? "");
    if (avatar && colors[avatar[1] ?? ""] === undefined) {
      res.writeHead(404).end();
      return;
    }
    if (avatar) {
      const name = avatar[1] ?? "x";
      res.writeHead(200, { "content-type": "image/svg+xml" });
      res.end(
        `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="${colors[name] ?? "#888"}"/><text x="16" y="21" font-family="sans-serif" font-size="15" font-weight="700" fill="#fff" text-anchor="middle">${name.slice(0, 1).toUpperCase()}</text></svg>`,
      );
      return;
    }
    let body = "";
    req.on("data", (chunk) => {
      body += chunk;
    });
    req.on("end", () => {
      calls.push(JSON.parse(body || "{}"));
      res.writeHead(200, { "content-type": "application/json" }).end("{}");
    });
  });
}

describe.skipIf(!available)(`the team inbox in Chromium (${CHROMIUM})`, () => {
  let emulator: Emulator;
  let target: Server;
  let local: string;
  let context: BrowserContext;
  let page: Page;
  let profile: string;
  const calls: unknown[] = [];
  const errors: string[] = [];
  let prThreadId = "";

  const send = async (message: object, token = TOKEN) => {
    const answer = await post(
      `${emulator.apiUrl}/messages`,
      { ...message, flow_token: token },
      {
        headers: { "x-flowdock-wait-for-message": "true" },
      },
    );
    expect(answer.status).toBe(201);
    return answer.body as StoredMessage;
  };
  const author = (name: string) => ({ name, avatar: `${local}/avatars/${name}.svg` });
  /** The pull request's full state, as every message about it sends it. */
  const prThread = (
    status: { color: "green" | "purple"; value: string },
    [label, value]: [string, string],
    button: string,
  ) => ({
    title: "Fix the flux capacitor",
    externalUrl: `${REPO}/pull/42`,
    body: markdownToHtml(
      "Stops the **flux capacitor** from overheating above 88 mph.\n\n- adds a cooldown\n- fixes #41",
    ),
    status,
    fields: [
      { label: "Repository", value: link("octo-org/octo-repo", REPO) },
      { label: "Branch", value: "fix-flux → main" },
      { label, value },
    ],
    actions: [
      viewAction("Diff", `${REPO}/pull/42/files`),
      updateAction(button, `${local}/${button.toLowerCase()}/42`, "POST"),
    ],
  });

  beforeAll(async () => {
    emulator = await start();
    target = localServer(calls);
    target.listen(0, "127.0.0.1");
    await once(target, "listening");
    local = `http://127.0.0.1:${(target.address() as AddressInfo).port}`;

    const opened = await send(
      buildActivity({
        title: "opened pull request",
        author: author("octocat"),
        externalThreadId: PR,
        thread: prThread(
          { color: "green", value: "open" },
          ["Changes", "+42 −7 in 3 files"],
          "Approve",
        ),
      }),
    );
    prThreadId = opened.thread_id;
    await send(
      buildDiscussion({
        author: author("hubot"),
        externalThreadId: PR,
        body: html`<p>Looks good to me. One nit: the cooldown could be <code>const</code>.</p>`,
      }),
    );
    await send(
      buildActivity({
        title: "deployment is ahead",
        author: author("deploybot"),
        externalThreadId: "deploy:web:production",
        thread: {
          title: "web to production",
          status: { color: "yellow", value: "ahead" },
          fields: [
            { label: "Application", value: "web" },
            { label: "Repository", value: "octo-org/octo-repo" },
            { label: "Environment", value: "production" },
          ],
        },
      }),
      OTHER_TOKEN,
    );
    await send(
      buildActivity({
        title: "build failed",
        author: author("hubot"),
        externalThreadId: "ci:octo-repo:1284",
        thread: {
          title: "Build #1284 on main",
          externalUrl: `${REPO}/actions/runs/1284`,
          body: html`<p>3 of 412 tests failed:</p><ul><li><code>flux.test.ts</code> › overheats at 88 mph</li><li><code>time.test.ts</code> › keeps the year</li><li><code>plutonium.test.ts</code> › refuels</li></ul>`,
          status: { color: "red", value: "failed" },
          fields: [
            { label: "Workflow", value: "CI" },
            { label: "Commit", value: link("3f2a9c1", `${REPO}/commit/3f2a9c1`) },
            { label: "Duration", value: "4 min 12 s" },
          ],
          actions: [viewAction("Logs", `${REPO}/actions/runs/1284`)],
        },
      }),
      OTHER_TOKEN,
    );
    await send(hostileMessage());
    const release = "release:2.0";
    await send(
      buildActivity({
        title: "opened the checklist",
        author: author("ghost"),
        externalThreadId: release,
        thread: {
          title: "Release 2.0 checklist",
          status: { color: "blue", value: "in progress" },
          fields: [{ label: "Artifacts", value: link(LONG_URL, LONG_URL) }],
        },
      }),
    );
    for (let i = 1; i <= 13; i += 1)
      await send(
        buildDiscussion({
          author: author(i % 2 ? "hubot" : "octocat"),
          externalThreadId: release,
          body: html`<p>Step ${String(i)} done.</p>`,
        }),
      );
    const push = (kind: string, body: Record<string, string>) =>
      post(
        `${emulator.apiUrl}/v1/messages/${kind}/${TOKEN}`,
        new URLSearchParams(body).toString(),
        {
          contentType: "application/x-www-form-urlencoded",
        },
      );
    expect(
      (
        await push("team_inbox", {
          source: "Jenkins",
          from_address: "jenkins@example.com",
          from_name: "Jenkins",
          subject: "Nightly build #311 passed",
          content: "<p>All 412 tests passed in 4 min.</p>",
          project: "web",
        })
      ).status,
    ).toBe(200);
    expect(
      (await push("chat", { content: "deploying web now", external_user_name: "deploybot" }))
        .status,
    ).toBe(200);

    profile = await mkdtemp(join(tmpdir(), "flowdock-emulator-chromium-"));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
      ],
      viewport: { width: 1200, height: 900 },
    });
    // Nothing may leave the machine: only the emulator and the local avatar server answer.
    await context.route("**/*", (route) =>
      route.request().url().startsWith("http://127.0.0.1:") ? route.continue() : route.abort(),
    );
    page = context.pages()[0] ?? (await context.newPage());
    page.on("dialog", (dialog) => {
      errors.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    page.on("pageerror", (error) => errors.push(`pageerror: ${error.message}`));
    await page.goto(emulator.url);
    await page.locator("#live[data-state='live']").waitFor();
  }, 30_000);

  afterAll(async () => {
    await context?.close();
    await emulator?.close();
    target?.close();
    target?.closeAllConnections();
    if (profile) await rm(profile, { recursive: true, force: true });
  });

  it("shows each thread with its status colour, fields, actions and messages", async () => {
    const card = page.locator(`#thread-${prThreadId}`);
    await expect(card.locator(".thread-title").textContent()).resolves.toBe(
      "Fix the flux capacitor",
    );
    const badge = card.locator(".status");
    expect(await badge.textContent()).toBe("open");
    expect(await badge.evaluate(BACKGROUND)).toBe("rgb(58, 158, 79)");
    const deploy = page.locator(".thread", { hasText: "web to production" });
    expect(await deploy.locator(".status").evaluate(BACKGROUND)).toBe("rgb(242, 193, 46)");
    expect(await deploy.locator(".fields th").allTextContents()).toEqual([
      "Application",
      "Repository",
      "Environment",
    ]);
    expect(
      await card.locator(".fields tr", { hasText: "Branch" }).locator("td").textContent(),
    ).toBe("fix-flux → main");
    expect(await card.locator("a.action-view").getAttribute("href")).toBe(`${REPO}/pull/42/files`);
    expect(await card.locator(".message-discussion .message-body").textContent()).toContain(
      "Looks good to me",
    );
    expect(await card.locator(".message .author").allTextContents()).toEqual(["octocat", "hubot"]);
  });

  it("shows a new message live, without a reload", async () => {
    await page.evaluate("window.__sameDocument = true");
    await send(
      buildActivity({
        title: "merged pull request",
        author: author("octocat"),
        externalThreadId: PR,
        thread: prThread({ color: "purple", value: "merged" }, ["Merged by", "octocat"], "Revert"),
      }),
    );
    const first = page.locator(".thread").first();
    await first.locator(".status[data-color='purple']").waitFor();
    expect(await first.getAttribute("id")).toBe(`thread-${prThreadId}`);
    expect(await first.locator(".message-title").last().textContent()).toBe("merged pull request");
    expect(await page.evaluate("window.__sameDocument")).toBe(true);
  });

  it("calls an UpdateAction's target when its button is pressed", async () => {
    const button = page.locator(`#thread-${prThreadId} button.action-update`);
    await button.click();
    await page.locator(`#thread-${prThreadId} button.action-update[data-result='ok']`).waitFor();
    expect(calls).toEqual([
      expect.objectContaining({
        "@type": "UpdateAction",
        name: "Revert",
        agent: expect.any(Object),
      }),
    ]);
  });

  it("runs nothing a hostile integration sent", async () => {
    const hostile = page.locator(".thread", { hasText: "Looks harmless" });
    expect(await hostile.locator(".status").textContent()).toBe("compromised");
    const state = await page.evaluate(PAGE_STATE);
    expect(state).toEqual({
      pwned: undefined,
      title: TITLE,
      javascriptLinks: 0,
      handlers: [],
      scripts: ["/inbox.js"],
      frames: 0,
    });
    expect(errors).toEqual([]);
  });

  it("wraps long values instead of widening the page", async () => {
    await page.reload();
    await page.locator("#live[data-state='live']").waitFor();
    const overflow = await page.evaluate(
      "document.documentElement.scrollWidth - window.innerWidth",
    );
    expect(overflow).toBeLessThanOrEqual(0);
    const field = page
      .locator(".thread", { hasText: "Release 2.0 checklist" })
      .locator(".fields td");
    expect(await field.textContent()).toBe(LONG_URL);
  });

  it("shows initials where an avatar fails to load", async () => {
    const card = page.locator(".thread", { hasText: "Release 2.0 checklist" });
    // Only the latest 10 messages are on the card; the first is the ghost's on the thread page.
    expect(await card.locator(".message").count()).toBe(10);
    await page.goto(
      `${emulator.url}/threads/${encodeURIComponent((await card.getAttribute("data-thread-id")) ?? "")}`,
    );
    const first = page.locator(".message").first();
    await first.locator(".author", { hasText: "ghost" }).waitFor();
    await expect.poll(() => first.locator(".avatar-img").count()).toBe(0);
    expect(await first.locator(".initials").textContent()).toBe("G");
  });

  it("opens a thread from its card: every message, its state and a way back", async () => {
    await page.goto(emulator.url);
    const card = page.locator(".thread", { hasText: "Release 2.0 checklist" });
    const earlier = card.locator(".earlier a");
    expect(await earlier.textContent()).toBe("4 earlier messages");
    await earlier.click();
    await page.locator(".thread-page").waitFor();
    expect(await page.locator(".thread-full .status").textContent()).toBe("in progress");
    expect(await page.locator(".thread-full .message").count()).toBe(14);
    expect(await page.locator(".thread-meta").textContent()).toContain("14 messages");
    await mkdir(OUTPUT, { recursive: true });
    await page.screenshot({
      path: join(OUTPUT, "thread.png"),
      fullPage: true,
      animations: "disabled",
    });
    await page.locator(".back a").click();
    await page.locator("#threads").waitFor();
    expect(new URL(page.url()).searchParams.get("flow")).toBe("main");
  });

  it("shows team-inbox items and chat lines in the stream, each with its own look", async () => {
    await page.goto(`${emulator.url}/?flow=main`);
    const mail = page.locator(".stream .message-mail");
    expect(await mail.locator(".mail-subject").textContent()).toBe("Nightly build #311 passed");
    expect(await mail.locator(".mail-source").textContent()).toBe("Jenkins");
    const chat = page.locator(".stream .message-chat");
    expect(await chat.locator(".chat-body").textContent()).toBe("deploying web now");
    expect(await chat.locator(".chat-body").evaluate(BACKGROUND)).toBe("rgb(238, 243, 253)");
    await page.locator("#live[data-state='live']").waitFor();
    const line = await post(`${emulator.apiUrl}/v1/messages/chat/${TOKEN}`, {
      content: "arrived live",
      external_user_name: "hubot",
    });
    expect(line.status).toBe(200);
    await page.locator(".stream .message-chat .chat-body", { hasText: "arrived live" }).waitFor();
    expect(await page.locator(".stream .message").first().textContent()).toContain("arrived live");
    await page.goto(emulator.url);
  });

  it("answers an unknown flow with a page that says so", async () => {
    const response = await page.goto(`${emulator.url}/?flow=no-such-flow`);
    expect(response?.status()).toBe(404);
    expect(await page.locator("main").textContent()).toContain("There is no such flow.");
    await page.locator("main a", { hasText: "Back to the team inbox" }).click();
    await page.locator("#threads").waitFor();
  });

  it("saves a screenshot of the inbox", async () => {
    await mkdir(OUTPUT, { recursive: true });
    await page.evaluate("window.scrollTo(0, 0)");
    const path = join(OUTPUT, "inbox.png");
    await page.screenshot({ path, fullPage: true, animations: "disabled" });
    expect(existsSync(path)).toBe(true);
  });
});
