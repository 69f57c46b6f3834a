import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Emulator, StoredMessage, ThreadView } from "../src/index.ts";
import { activity, get, OTHER_TOKEN, post, request, STORES, startOn, TOKEN } from "./helpers.ts";

const WAIT = { "x-flowdock-wait-for-message": "true" };

describe.each(STORES)("%s", (store) => {
  let emulator: Emulator;
  let messagesUrl: string;

  beforeEach(async () => {
    emulator = await startOn(store);
    messagesUrl = `${emulator.apiUrl}/messages`;
  });
  afterEach(() => emulator.close());

  describe("POST /messages", () => {
    it("accepts a valid message with 202 and an empty object, on /messages and /v1/messages", async () => {
      const first = await post(messagesUrl, activity());
      expect(first.status).toBe(202);
      expect(first.body).toEqual({});
      const second = await post(`${emulator.apiUrl}/v1/messages`, activity({ title: "pushed" }));
      expect(second.status).toBe(202);
      expect(second.body).toEqual({});
      const [thread] = emulator.threads("main");
      expect(thread?.messages.map((m) => m.title)).toEqual(["opened pull request", "pushed"]);
    });

    it("takes the token from the query string", async () => {
      const { flow_token: _, ...message } = activity();
      const answer = await post(`${messagesUrl}?flow_token=${OTHER_TOKEN}`, message);
      expect(answer.status).toBe(202);
      expect(emulator.threads("ops")).toHaveLength(1);
      expect(emulator.threads("main")).toHaveLength(0);
    });

    it("answers the stored message, with its id and thread_id, when asked to wait", async () => {
      const answer = await post(messagesUrl, activity({ uuid: "u-1", tags: "ci, deploy" }), {
        headers: WAIT,
      });
      expect(answer.status).toBe(201);
      const message = answer.body as StoredMessage & { thread: unknown };
      expect(message).toMatchObject({
        id: expect.any(Number),
        thread_id: expect.any(String),
        flow: "main",
        event: "activity",
        title: "opened pull request",
        uuid: "u-1",
        tags: ["ci", "deploy"],
        author: { name: "octocat" },
        thread: { title: "Fix the flux capacitor", status: { color: "green", value: "open" } },
      });
      expect(answer.text).not.toContain(TOKEN);
      expect(emulator.threads("main")[0]?.id).toBe(message.thread_id);
    });

    it("reads form-encoded messages with nested keys and the token in the body", async () => {
      const form = new URLSearchParams({
        flow_token: TOKEN,
        event: "activity",
        title: "deployed",
        "author[name]": "deploy bot",
        external_thread_id: "deploy:web",
        "thread[title]": "web to production",
        "thread[status][color]": "yellow",
        "thread[status][value]": "ahead",
        "thread[fields][0][label]": "Application",
        "thread[fields][0][value]": "web",
        "thread[fields][1][label]": "Environment",
        "thread[fields][1][value]": "production",
        "tags[]": "deploy",
      });
      form.append("tags[]", "web");
      const answer = await post(messagesUrl, form.toString(), {
        contentType: "application/x-www-form-urlencoded",
        headers: WAIT,
      });
      expect(answer.status).toBe(201);
      const [thread] = emulator.threads("main");
      expect(thread?.thread).toEqual({
        title: "web to production",
        status: { color: "yellow", value: "ahead" },
        fields: [
          { label: "Application", value: "web" },
          { label: "Environment", value: "production" },
        ],
      });
      expect(thread?.messages[0]?.tags).toEqual(["deploy", "web"]);
    });

    it("answers 400 with every problem by field path", async () => {
      const answer = await post(
        messagesUrl,
        activity({
          event: "comment",
          thread: { title: "x", status: { color: "gray", value: "open" } },
          author: {},
        }),
      );
      expect(answer.status).toBe(400);
      expect(answer.body).toEqual({
        message: "Validation error",
        errors: {
          event: [expect.stringContaining("activity")],
          "author.name": ["is required"],
          "thread.status.color": [expect.stringContaining("grey")],
        },
      });
      expect(emulator.threads("main")).toEqual([]);
    });

    it("answers 400 for markup other than <a> in titles, tags left open included", async () => {
      const answer = await post(
        messagesUrl,
        activity({ title: 'changed the build <img src=x onerror="alert(1)"' }),
      );
      expect(answer.status).toBe(400);
      expect(answer.body).toEqual({
        message: "Validation error",
        errors: { title: ["a tag that is never closed is not allowed"] },
      });
    });

    it("answers 400 for a missing token and for a body that is not JSON", async () => {
      const { flow_token: _, ...message } = activity();
      const missing = await post(messagesUrl, message);
      expect(missing.status).toBe(400);
      expect(missing.body).toEqual({
        message: "Validation error",
        errors: { flow_token: ["can't be blank"] },
      });
      const broken = await post(messagesUrl, '{"event": "activity",');
      expect(broken.status).toBe(400);
      expect(broken.body).toEqual({
        message: "Validation error",
        errors: { message: ["is not valid JSON"] },
      });
    });

    it("answers 404 not found for an unknown token", async () => {
      const answer = await post(messagesUrl, activity({ flow_token: "no-such-token" }));
      expect(answer.status).toBe(404);
      expect(answer.body).toEqual({ message: "not found" });
    });

    it("answers 410 once the source is removed, and keeps the flow's other sources", async () => {
      emulator.addFlow({ name: "main", token: "second-source" });
      await post(messagesUrl, activity());
      const removed = await request(
        `${emulator.apiUrl}/api/flows/main/sources/${encodeURIComponent(TOKEN)}`,
        "DELETE",
      );
      expect(removed.status).toBe(204);
      const gone = await post(messagesUrl, activity());
      expect(gone.status).toBe(410);
      expect(gone.body).toEqual({ message: expect.any(String) });
      expect(gone.text).not.toContain(TOKEN);
      expect((await post(messagesUrl, activity({ flow_token: "second-source" }))).status).toBe(202);
      expect(emulator.flows().find((flow) => flow.name === "main")).toMatchObject({
        sources: 1,
        removed_sources: 1,
      });
      // Threads of a removed source stay readable.
      expect(emulator.threads("main")).toHaveLength(2);
    });

    it("removes a source programmatically, and 404s a removal in the wrong flow", async () => {
      const wrongFlow = await request(
        `${emulator.apiUrl}/api/flows/ops/sources/${encodeURIComponent(TOKEN)}`,
        "DELETE",
      );
      expect(wrongFlow.status).toBe(404);
      emulator.removeSource(OTHER_TOKEN);
      expect((await post(messagesUrl, activity({ flow_token: OTHER_TOKEN }))).status).toBe(410);
      expect(() => emulator.removeSource("never-seen")).toThrow(/no source/);
    });
  });

  describe("uuid", () => {
    it("treats a repeated uuid in a flow as the same message: success, stored once", async () => {
      const first = await post(messagesUrl, activity({ uuid: "retry-1" }), { headers: WAIT });
      const again = await post(messagesUrl, activity({ uuid: "retry-1", title: "changed" }), {
        headers: WAIT,
      });
      const third = await post(messagesUrl, activity({ uuid: "retry-1" }));
      expect(first.status).toBe(201);
      expect(again.status).toBe(200);
      expect(third).toMatchObject({ status: 202, body: {} });
      expect((again.body as StoredMessage).id).toBe((first.body as StoredMessage).id);
      expect((again.body as StoredMessage).title).toBe("opened pull request");
      expect(emulator.threads("main")[0]?.messages).toHaveLength(1);
    });

    it("stores each of many concurrent retries once", async () => {
      const answers = await Promise.all(
        Array.from({ length: 20 }, () => post(messagesUrl, activity({ uuid: "burst" }))),
      );
      expect(answers.map((a) => a.status)).toEqual(Array(20).fill(202));
      expect(emulator.threads("main")[0]?.messages).toHaveLength(1);
    });

    it("keeps uuids apart between flows", async () => {
      await post(messagesUrl, activity({ uuid: "same" }));
      await post(messagesUrl, activity({ uuid: "same", flow_token: OTHER_TOKEN }));
      expect(emulator.threads("main")[0]?.messages).toHaveLength(1);
      expect(emulator.threads("ops")[0]?.messages).toHaveLength(1);
    });
  });

  describe("threads", () => {
    it("replaces the thread's state with each message and appends to its messages", async () => {
      await post(messagesUrl, activity());
      await post(
        messagesUrl,
        activity({
          title: "closed pull request",
          thread: {
            title: "Fix the flux capacitor (v2)",
            status: { color: "grey", value: "closed" },
            fields: [{ label: "Merged by", value: "hubot" }],
          },
        }),
      );
      await post(messagesUrl, {
        flow_token: TOKEN,
        event: "discussion",
        title: "commented",
        body: "<p>Ship it</p>",
        author: { name: "hubot" },
        external_thread_id: "github:octo-org/octo-repo:pull:42",
      });
      const threads = emulator.threads("main");
      expect(threads).toHaveLength(1);
      expect(threads[0]?.thread).toEqual({
        title: "Fix the flux capacitor (v2)",
        status: { color: "grey", value: "closed" },
        fields: [{ label: "Merged by", value: "hubot" }],
      });
      expect(threads[0]?.messages.map((m) => [m.event, m.title])).toEqual([
        ["activity", "opened pull request"],
        ["activity", "closed pull request"],
        ["discussion", "commented"],
      ]);
    });

    it("keeps one thread per source and external_thread_id", async () => {
      emulator.addFlow({ name: "main", token: "second-source" });
      await post(messagesUrl, activity());
      await post(messagesUrl, activity({ flow_token: "second-source" }));
      expect(emulator.threads("main")).toHaveLength(2);
    });

    it("posts with thread_id go to that thread", async () => {
      const first = await post(messagesUrl, activity(), { headers: WAIT });
      const threadId = (first.body as StoredMessage).thread_id;
      const { external_thread_id: _, thread: __, ...rest } = activity();
      const reply = await post(
        messagesUrl,
        {
          ...rest,
          event: "discussion",
          title: "commented",
          body: "via thread_id",
          thread_id: threadId,
        },
        { headers: WAIT },
      );
      expect(reply.status).toBe(201);
      expect((reply.body as StoredMessage).thread_id).toBe(threadId);
      expect(emulator.threads("main")[0]?.messages.at(-1)?.body).toBe("via thread_id");
    });

    it("answers 400 for a thread_id that does not exist in the flow", async () => {
      const first = await post(messagesUrl, activity(), { headers: WAIT });
      const threadId = (first.body as StoredMessage).thread_id;
      const { external_thread_id: _, ...rest } = activity();
      for (const [token, id] of [
        [TOKEN, "no-such-thread"],
        [OTHER_TOKEN, threadId],
      ]) {
        const answer = await post(messagesUrl, { ...rest, flow_token: token, thread_id: id });
        expect(answer.status).toBe(400);
        expect(answer.body).toEqual({
          message: "Validation error",
          errors: { thread_id: ["does not exist in this flow"] },
        });
      }
    });

    it("answers 400 thread: can't be blank for a new external_thread_id without thread", async () => {
      const { thread: _, ...message } = activity();
      const answer = await post(messagesUrl, message);
      expect(answer.status).toBe(400);
      expect(answer.body).toEqual({
        message: "Validation error",
        errors: { thread: ["can't be blank"] },
      });
    });

    it("lists threads latest activity first", async () => {
      for (const id of ["a", "b", "c"])
        await post(messagesUrl, activity({ external_thread_id: id }));
      await post(messagesUrl, activity({ external_thread_id: "a", title: "again" }));
      expect(emulator.threads("main").map((t) => t.external_thread_id)).toEqual(["a", "c", "b"]);
    });
  });

  describe("read API", () => {
    it("lists flows, threads and one thread, never with a token", async () => {
      await post(messagesUrl, activity());
      const flows = await get(`${emulator.apiUrl}/api/flows`);
      expect(flows.status).toBe(200);
      expect(flows.body).toEqual([
        { name: "main", sources: 1, removed_sources: 0, threads: 1, messages: 1 },
        { name: "ops", sources: 1, removed_sources: 0, threads: 0, messages: 0 },
      ]);
      const threads = await get(`${emulator.apiUrl}/api/flows/main/threads`);
      expect(threads.status).toBe(200);
      const [thread] = threads.body as ThreadView[];
      expect(thread).toMatchObject({
        id: expect.any(String),
        flow: "main",
        external_thread_id: "github:octo-org/octo-repo:pull:42",
        thread: { title: "Fix the flux capacitor" },
        messages: [{ title: "opened pull request", sent: expect.any(Number) }],
      });
      const one = await get(`${emulator.apiUrl}/api/threads/${thread?.id}`);
      expect(one.body).toEqual(thread);
      for (const answer of [flows, threads, one]) {
        expect(answer.text).not.toContain(TOKEN);
        expect(answer.text).not.toContain("flow_token");
      }
    });

    it("answers 404 for an unknown flow or thread", async () => {
      expect(await get(`${emulator.apiUrl}/api/flows/nope/threads`)).toMatchObject({
        status: 404,
        body: { message: "not found" },
      });
      expect((await get(`${emulator.apiUrl}/api/threads/nope`)).status).toBe(404);
    });

    it("adds a flow with POST /api/flows", async () => {
      const added = await request(`${emulator.apiUrl}/api/flows`, "POST", {
        name: "support",
        token: "support-token",
      });
      expect(added).toMatchObject({ status: 201, body: { name: "support" } });
      expect(added.text).not.toContain("support-token");
      expect((await post(messagesUrl, activity({ flow_token: "support-token" }))).status).toBe(202);
      expect(emulator.threads("support")).toHaveLength(1);
    });
  });

  describe("addFlow", () => {
    it("refuses a token that already belongs to another flow, without echoing it", () => {
      let error: unknown;
      try {
        emulator.addFlow({ name: "ops", token: TOKEN });
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(Error);
      expect((error as Error).message).toMatch(/already belongs to flow "main"/);
      expect(JSON.stringify(error) + String(error)).not.toContain(TOKEN);
    });
  });

  describe("open mode", () => {
    it("accepts any token and makes a flow for it", async () => {
      const open = await startOn(store, { open: true, flows: [] });
      try {
        expect(
          (await post(`${open.apiUrl}/messages`, activity({ flow_token: "anything" }))).status,
        ).toBe(202);
        expect(
          (await post(`${open.apiUrl}/messages`, activity({ flow_token: "anything" }))).status,
        ).toBe(202);
        expect(
          (await post(`${open.apiUrl}/messages`, activity({ flow_token: "other" }))).status,
        ).toBe(202);
        const flows = open.flows();
        expect(flows).toHaveLength(2);
        expect(flows[0]?.messages).toBe(2);
        expect(JSON.stringify(flows)).not.toContain("anything");
      } finally {
        await open.close();
      }
    });
  });

  describe("faults", () => {
    const faults = () => `${emulator.apiUrl}/api/faults`;

    it("answers a status for the next requests, then recovers", async () => {
      expect((await request(faults(), "POST", { status: 503, times: 2 })).status).toBe(201);
      const answers = [];
      for (let i = 0; i < 3; i += 1)
        answers.push(await post(messagesUrl, activity({ uuid: `f${i}` })));
      expect(answers.map((a) => a.status)).toEqual([503, 503, 202]);
      expect(emulator.threads("main")[0]?.messages).toHaveLength(1);
    });

    it("answers 429 with Retry-After", async () => {
      await request(faults(), "POST", { retryAfter: 1, times: 1 });
      const limited = await post(messagesUrl, activity());
      expect(limited.status).toBe(429);
      expect(limited.headers.get("retry-after")).toBe("1");
      expect(limited.body).toEqual({ message: "rate limited" });
      expect((await post(messagesUrl, activity())).status).toBe(202);
    });

    it("delays and then handles the message", async () => {
      await request(faults(), "POST", { delayMs: 50, times: 1 });
      expect((await post(messagesUrl, activity())).status).toBe(202);
      expect(emulator.threads("main")).toHaveLength(1);
    });

    it("keeps a rate fault until DELETE /api/faults clears it", async () => {
      await request(faults(), "POST", { rate: 1 });
      expect((await post(messagesUrl, activity())).status).toBe(503);
      expect((await post(messagesUrl, activity())).status).toBe(503);
      expect((await get(faults())).body).toEqual({ faults: [{ rate: 1, status: 503 }] });
      expect((await request(faults(), "DELETE")).status).toBe(200);
      expect((await get(faults())).body).toEqual({ faults: [] });
      expect((await post(messagesUrl, activity())).status).toBe(202);
    });

    it("resets the connection without answering or storing, then recovers", async () => {
      expect((await request(faults(), "POST", { reset: true, times: 1 })).status).toBe(201);
      const lost = await post(messagesUrl, activity({ uuid: "reset-1" })).catch((e: unknown) => e);
      expect(lost).toBeInstanceOf(TypeError);
      expect(JSON.stringify((lost as Error).cause, ["code"])).toMatch(/ECONNRESET|UND_ERR_SOCKET/);
      expect(emulator.threads("main")).toHaveLength(0);
      expect((await post(messagesUrl, activity({ uuid: "reset-1" }))).status).toBe(202);
      expect(emulator.threads("main")[0]?.messages).toHaveLength(1);
    });

    it("takes faults from code as from HTTP", async () => {
      emulator.faults.add({ status: 503, times: 2 });
      const answers = [];
      for (let i = 0; i < 3; i += 1) answers.push((await post(messagesUrl, activity())).status);
      expect(answers).toEqual([503, 503, 202]);
      expect(() => emulator.faults.add({ status: 99 })).toThrow(
        /not a fault the emulator can apply: status/,
      );
      emulator.faults.add({ retryAfter: 2 });
      expect(emulator.faults.list()).toEqual([{ retryAfter: 2, status: 429 }]);
      emulator.faults.clear();
      expect((await get(faults())).body).toEqual({ faults: [] });
    });

    it("refuses a fault it cannot apply", async () => {
      const answer = await request(faults(), "POST", { status: 99, rate: 2 });
      expect(answer.status).toBe(400);
      expect(answer.body).toMatchObject({
        message: "Validation error",
        errors: { status: [expect.any(String)], rate: [expect.any(String)] },
      });
      const contradictory = await request(faults(), "POST", { reset: true, status: 503 });
      expect(contradictory.status).toBe(400);
      expect(contradictory.body).toMatchObject({ errors: { reset: [expect.any(String)] } });
      expect((await get(faults())).body).toEqual({ faults: [] });
    });
  });
});
