import { createHash, createHmac } from "node:crypto";
import { once } from "node:events";
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Emulator, StoredMessage } from "../src/index.ts";
import { activity, get, post, start } from "./helpers.ts";
import { hostileMessage } from "./hostile.ts";

let emulator: Emulator;
beforeEach(async () => {
  emulator = await start();
});
afterEach(() => emulator.close());

async function page(path = "/") {
  const response = await fetch(new URL(path, emulator.url));
  return { response, html: await response.text() };
}

describe("a message with a huge body", () => {
  it("is shown cut, with a note pointing to the read API, which keeps all of it", async () => {
    const huge = "<".repeat(1_000_000);
    for (let i = 0; i < 3; i += 1)
      expect((await post(`${emulator.apiUrl}/messages`, activity({ body: huge }))).status).toBe(
        202,
      );
    const [thread] = emulator.threads("main");
    const inbox = await page("/");
    const own = await page(`/threads/${encodeURIComponent(thread?.id ?? "")}`);
    for (const { response, html } of [inbox, own]) {
      expect(response.status).toBe(200);
      expect(html).toContain(
        `… (980,000 more characters; see the read API: <a href="/api/flows/main/messages?thread_id=`,
      );
      // Three bodies of 20,000 "<" each, escaped: far from the 12 MB the whole bodies would make.
      expect(html.length).toBeLessThan(500_000);
    }
    const stored = (await get(`${emulator.apiUrl}/api/flows/main/messages`))
      .body as StoredMessage[];
    expect(stored.map((message) => message.body?.length)).toEqual([
      1_000_000, 1_000_000, 1_000_000,
    ]);
  });
});

describe("the team inbox page", () => {
  it("renders threads on the server, latest first, with status, fields and actions", async () => {
    await post(`${emulator.apiUrl}/messages`, activity());
    await post(
      `${emulator.apiUrl}/messages`,
      activity({
        external_thread_id: "deploy:web",
        title: "deployed",
        thread: { title: "web to production", status: { color: "yellow", value: "ahead" } },
      }),
    );
    const { response, html } = await page();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/html/);
    expect(html.indexOf("web to production")).toBeLessThan(html.indexOf("Fix the flux capacitor"));
    expect(html).toContain('<span class="status status-green" data-color="green">open</span>');
    expect(html).toContain('<th scope="row">Branch</th><td>fix-flux</td>');
    expect(html).toMatch(/<a class="action action-view" href="https:\/\/github.com\/[^"]+\/files"/);
    expect(html).toContain("octocat");
  });

  it("filters by flow", async () => {
    await post(`${emulator.apiUrl}/messages`, activity());
    expect((await page("/?flow=ops")).html).not.toContain("Fix the flux capacitor");
    expect((await page("/?flow=main")).html).toContain("Fix the flux capacitor");
  });

  it("sends a Content-Security-Policy that allows no inline script, and no inline script", async () => {
    const { response, html } = await page();
    const csp = response.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain("unsafe-inline");
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)/);
    const script = await fetch(new URL("/inbox.js", emulator.url));
    expect(script.headers.get("content-type")).toMatch(/^text\/javascript/);
    expect(await script.text()).toContain("EventSource");
  });

  it("sanitises every string a hostile integration sends", async () => {
    expect((await post(`${emulator.apiUrl}/messages`, hostileMessage())).status).toBe(202);
    const { html } = await page();
    const card = html.slice(html.indexOf('<article class="thread"'), html.indexOf("</article>"));
    expect(card).toContain("Looks harmless");
    expect(card).toContain("compromised");
    expect(card).toContain('href="https://example.com/safe"');
    expect(card).not.toMatch(
      /<script|<svg|<iframe|<form(?! class="action-form")|javascript:|\son[a-z]+=|style=/i,
    );
  });

  it("streams each new or changed thread over /events as its rendered card", async () => {
    const controller = new AbortController();
    const response = await fetch(new URL("/events", emulator.url), { signal: controller.signal });
    expect(response.headers.get("content-type")).toMatch(/^text\/event-stream/);
    const reader = (response.body as ReadableStream<Uint8Array>)
      .pipeThrough(new TextDecoderStream())
      .getReader();
    await reader.read(); // the stream's opening `retry:` line
    await post(`${emulator.apiUrl}/messages`, activity());
    let text = "";
    while (!text.includes("\n\n")) text += (await reader.read()).value ?? "";
    controller.abort();
    expect(text).toMatch(/^event: thread\n/);
    const data = JSON.parse(text.split("\ndata: ")[1] ?? "{}");
    expect(data).toMatchObject({
      flow: "main",
      flows: [{ name: "main", threads: 1 }, { name: "ops" }],
    });
    expect(data.html).toContain("Fix the flux capacitor");
  });
});

describe("UpdateAction buttons", () => {
  it("call the target as Flowdock did: the action plus agent, with a signed FLOWDOCK-TOKEN", async () => {
    const received: { req: IncomingMessage; body: string }[] = [];
    const target = createServer((req, res) => {
      let body = "";
      req.on("data", (chunk) => {
        body += chunk;
      });
      req.on("end", () => {
        received.push({ req, body });
        res.writeHead(200).end("{}");
      });
    });
    target.listen(0, "127.0.0.1");
    await once(target, "listening");
    const url = `http://127.0.0.1:${(target.address() as AddressInfo).port}/issues/42/close`;
    try {
      const closeAction = {
        "@type": "UpdateAction",
        name: "Close",
        target: { "@type": "EntryPoint", urlTemplate: url, httpMethod: "POST" },
      };
      const posted = await post(
        `${emulator.apiUrl}/messages`,
        activity({
          thread: {
            title: "Issue 42",
            actions: [closeAction, { "@type": "ViewAction", name: "Open", url: "https://x.test/" }],
          },
        }),
        { headers: { "x-flowdock-wait-for-message": "true" } },
      );
      const threadId = (posted.body as StoredMessage).thread_id;
      expect((await page()).html).toContain(`action="/api/threads/${threadId}/actions/0"`);

      const clicked = await post(`${emulator.apiUrl}/api/threads/${threadId}/actions/0`, "");
      expect(clicked).toMatchObject({ status: 200, body: { ok: true, status: 200 } });
      const [call] = received;
      expect(call?.req.method).toBe("POST");
      const body = JSON.parse(call?.body ?? "{}");
      expect(body).toEqual({ ...closeAction, agent: { "@type": "Person", name: "Emulator user" } });

      const [header, payload, signature] = String(call?.req.headers["flowdock-token"]).split(".");
      expect(
        createHmac("sha256", "flowdock-emulator")
          .update(`${header}.${payload}`)
          .digest("base64url"),
      ).toBe(signature);
      const claims = JSON.parse(Buffer.from(payload ?? "", "base64url").toString());
      expect(claims.signature).toBe(
        createHash("sha256")
          .update(call?.body ?? "")
          .digest("hex"),
      );

      // A ViewAction is a link, not something the emulator calls.
      expect((await post(`${emulator.apiUrl}/api/threads/${threadId}/actions/1`, "")).status).toBe(
        404,
      );
      // Without JavaScript the form posts and comes back to the thread.
      const plain = await fetch(`${emulator.apiUrl}/api/threads/${threadId}/actions/0`, {
        method: "POST",
        redirect: "manual",
      });
      expect(plain.status).toBe(303);
      expect(plain.headers.get("location")).toBe(`/threads/${threadId}`);
    } finally {
      target.close();
      target.closeAllConnections();
    }
  });

  it("reports a target that cannot be reached", async () => {
    const posted = await post(
      `${emulator.apiUrl}/messages`,
      activity({
        thread: {
          title: "Issue 43",
          actions: [
            {
              "@type": "UpdateAction",
              name: "Close",
              target: {
                "@type": "EntryPoint",
                urlTemplate: "http://127.0.0.1:1/x",
                httpMethod: "POST",
              },
            },
          ],
        },
      }),
      { headers: { "x-flowdock-wait-for-message": "true" } },
    );
    const threadId = (posted.body as StoredMessage).thread_id;
    const clicked = await post(`${emulator.apiUrl}/api/threads/${threadId}/actions/0`, "");
    expect(clicked).toMatchObject({ status: 502, body: { ok: false, status: 0 } });
    expect((await get(`${emulator.apiUrl}/api/threads/${threadId}`)).status).toBe(200);
  });
});

describe("cross-site requests", () => {
  it("refuses test controls posted from another site's page", async () => {
    const answer = await fetch(`${emulator.apiUrl}/api/faults`, {
      method: "POST",
      headers: { origin: "https://evil.example", "content-type": "text/plain" },
      body: JSON.stringify({ status: 503 }),
    });
    expect(answer.status).toBe(403);
    expect((await get(`${emulator.apiUrl}/api/faults`)).body).toEqual({ faults: [] });
  });
});

describe("the thread page", () => {
  it("pages a long thread, oldest first, with links both ways, and says when a thread is unknown", async () => {
    for (let i = 0; i < 35; i += 1)
      await post(`${emulator.apiUrl}/messages`, activity({ title: `change number ${i}` }));
    const [thread] = emulator.threads("main");
    const first = await page(`/threads/${thread?.id}`);
    expect(first.response.status).toBe(200);
    expect(first.html).toContain("change number 34");
    expect(first.html).not.toContain("change number 4<");
    expect(first.html).toContain("← Back to main");
    const older = /href="(\/threads\/[^"]+\?until_id=\d+)"/.exec(first.html)?.[1] ?? "";
    const second = await page(older.replaceAll("&amp;", "&"));
    expect(second.html).toContain("change number 0<");
    expect(second.html).toContain("change number 4<");
    expect(second.html).not.toContain("change number 5<");
    expect(second.html).toContain("Newer messages →");
    const missing = await page("/threads/no-such-thread");
    expect(missing.response.status).toBe(404);
    expect(missing.html).toContain("There is no such thread.");
  });
});
