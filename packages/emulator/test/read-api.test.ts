import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Emulator, FlowEvent, StoredMessage, ThreadView } from "../src/index.ts";
import { activity, get, post, STORES, startOn, TOKEN } from "./helpers.ts";

describe.each(STORES)("%s", (store) => {
  let emulator: Emulator;
  beforeEach(async () => {
    emulator = await startOn(store);
  });
  afterEach(() => emulator.close());

  const api = (path: string) => `${emulator.apiUrl}/api${path}`;

  async function sendMany(count: number, thread = (i: number) => `t-${i % 3}`): Promise<void> {
    for (let i = 0; i < count; i += 1)
      await post(
        `${emulator.apiUrl}/messages`,
        activity({ title: `change ${i}`, external_thread_id: thread(i) }),
      );
  }

  describe("GET /api/flows/:flow/messages", () => {
    it("answers the latest 30 newest first, and pages back with until_id through Link", async () => {
      await sendMany(45);
      const first = await get(api("/flows/main/messages"));
      const page = first.body as StoredMessage[];
      expect(page).toHaveLength(30);
      expect(page[0]?.title).toBe("change 44");
      expect(page.map((m) => m.id)).toEqual([...page.map((m) => m.id)].sort((a, b) => b - a));
      const link = first.headers.get("link") ?? "";
      expect(link).toMatch(/until_id=\d+>; rel="next"$/);
      const next = (await get(`${emulator.apiUrl}${link.slice(1, link.indexOf(">"))}`))
        .body as StoredMessage[];
      expect(next).toHaveLength(15);
      expect(next.at(-1)?.title).toBe("change 0");
    });

    it("ends a page of large messages before 8 MB, and its Link goes on from there", async () => {
      const body = `<p>${"b".repeat(900_000)}</p>`;
      for (let i = 0; i < 12; i += 1)
        await post(`${emulator.apiUrl}/messages`, activity({ body, external_thread_id: "big" }));
      const seen: number[] = [];
      let next: string | undefined = "/api/flows/main/messages?limit=100";
      while (next !== undefined) {
        const answer = await fetch(`${emulator.apiUrl}${next}`);
        const text = await answer.text();
        expect(text.length).toBeLessThanOrEqual(8_000_000);
        seen.push(...(JSON.parse(text) as StoredMessage[]).map((message) => message.id));
        next = /^<([^>]+)>/.exec(answer.headers.get("link") ?? "")?.[1];
        expect(seen.length).toBeLessThanOrEqual(12);
      }
      expect(seen).toHaveLength(12);
      expect(new Set(seen).size).toBe(12);
      // The threads list and a thread's own page stop early the same way.
      const threads = await fetch(api("/flows/main/threads?limit=100"));
      expect((await threads.text()).length).toBeLessThanOrEqual(8_000_000);
      const thread = (await get(api("/flows/main/threads"))).body as { id: string }[];
      const own = await fetch(api(`/threads/${thread[0]?.id}?limit=100`));
      expect((await own.text()).length).toBeLessThanOrEqual(8_000_000);
      expect(own.headers.get("link")).toMatch(/rel="next"$/);
    });

    it("takes limit up to 100, since_id, sort, and the event and thread_id filters", async () => {
      await sendMany(6);
      await post(`${emulator.apiUrl}/messages`, {
        flow_token: TOKEN,
        event: "discussion",
        title: "commented",
        body: "nice",
        author: { name: "hubot" },
        external_thread_id: "t-1",
      });
      const all = (await get(api("/flows/main/messages?limit=100"))).body as StoredMessage[];
      expect(all).toHaveLength(7);
      const since = (await get(api(`/flows/main/messages?since_id=${all[3]?.id}&sort=asc`)))
        .body as StoredMessage[];
      expect(since.map((m) => m.title)).toEqual(["change 4", "change 5", "commented"]);
      const discussions = (await get(api("/flows/main/messages?event=discussion")))
        .body as StoredMessage[];
      expect(discussions.map((m) => m.title)).toEqual(["commented"]);
      const threadId = discussions[0]?.thread_id;
      const inThread = (await get(api(`/flows/main/messages?thread_id=${threadId}`)))
        .body as FlowEvent[];
      expect(inThread.map((m) => (m as StoredMessage).title)).toEqual([
        "commented",
        "change 4",
        "change 1",
      ]);
    });

    it("answers 400 for a limit above 100 or a bad id, and 404 for an unknown flow", async () => {
      const big = await get(api("/flows/main/messages?limit=101&until_id=x&event=chat"));
      expect(big).toMatchObject({
        status: 400,
        body: {
          errors: {
            limit: ["must be a whole number from 1 to 100"],
            until_id: [expect.any(String)],
            event: [expect.any(String)],
          },
        },
      });
      expect((await get(api("/flows/nope/messages"))).status).toBe(404);
    });
  });

  describe("GET /api/flows/:flow/threads", () => {
    it("pages threads by latest activity, each with its count and latest messages", async () => {
      await sendMany(40, (i) => `t-${i}`);
      const first = await get(api("/flows/main/threads?limit=25"));
      const threads = first.body as (ThreadView & { messages: StoredMessage[] })[];
      expect(threads).toHaveLength(25);
      expect(threads[0]).toMatchObject({ external_thread_id: "t-39", message_count: 1 });
      const link = first.headers.get("link") ?? "";
      const rest = (await get(`${emulator.apiUrl}${link.slice(1, link.indexOf(">"))}`))
        .body as ThreadView[];
      expect(rest.map((t) => t.external_thread_id).at(-1)).toBe("t-0");
      expect(rest).toHaveLength(15);
    });
  });

  describe("GET /api/threads/:id", () => {
    it("answers the thread with a page of its messages, oldest first", async () => {
      await sendMany(40, () => "one");
      const [thread] = emulator.threads("main");
      const answer = await get(api(`/threads/${thread?.id}`));
      const view = answer.body as ThreadView;
      expect(view.message_count).toBe(40);
      expect(view.messages).toHaveLength(30);
      expect(view.messages.at(-1)?.title).toBe("change 39");
      expect(view.messages[0]?.title).toBe("change 10");
      expect(answer.headers.get("link")).toMatch(/until_id=/);
    });
  });

  describe("what real clients send", () => {
    it('accepts "body": null (as Flowdock\'s git hook sends it) as no body', async () => {
      const answer = await post(
        `${emulator.apiUrl}/messages`,
        activity({ body: null, tags: null }),
        {
          headers: { "x-flowdock-wait-for-message": "true" },
        },
      );
      expect(answer.status).toBe(201);
      expect(answer.body).not.toHaveProperty("body");
    });

    it("reports a required field sent as null as missing", async () => {
      const answer = await post(`${emulator.apiUrl}/messages`, activity({ title: null }));
      expect(answer.status).toBe(400);
      expect(answer.body).toMatchObject({ errors: { title: [expect.any(String)] } });
    });

    it("treats X-flowdock-wait-for-message: 10000 (milliseconds) like true", async () => {
      const answer = await post(`${emulator.apiUrl}/messages`, activity(), {
        headers: { "x-flowdock-wait-for-message": "10000" },
      });
      expect(answer.status).toBe(201);
      expect(answer.body).toMatchObject({ id: expect.any(Number), thread_id: expect.any(String) });
    });
  });
});
