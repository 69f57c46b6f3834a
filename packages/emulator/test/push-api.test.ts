import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ChatLine, Emulator, FlowEvent, MailItem, StoredMessage } from "../src/index.ts";
import { activity, get, OTHER_TOKEN, post, STORES, startOn, TOKEN } from "./helpers.ts";

describe.each(STORES)("%s", (store) => {
  let emulator: Emulator;
  beforeEach(async () => {
    emulator = await startOn(store);
  });
  afterEach(() => emulator.close());

  const FORM = "application/x-www-form-urlencoded";
  const mail = {
    source: "Jenkins",
    from_address: "build@example.com",
    from_name: "Jenkins CI",
    subject: "Build #12 failed",
    content: "<p>3 tests failed</p>",
    project: "web",
    link: "https://ci.example.com/12",
    tags: "ci,failed",
  };

  async function stream(flow: string): Promise<FlowEvent[]> {
    return (await get(`${emulator.apiUrl}/api/flows/${flow}/messages`)).body as FlowEvent[];
  }

  describe("POST /v1/messages/team_inbox/:token", () => {
    it("stores a team-inbox item from a form, as Flowdock's Ruby client posts it, and answers 200 {}", async () => {
      const answer = await post(
        `${emulator.apiUrl}/v1/messages/team_inbox/${TOKEN}`,
        new URLSearchParams(mail).toString(),
        { contentType: FORM },
      );
      expect(answer).toMatchObject({ status: 200, body: {} });
      const [item] = (await stream("main")) as MailItem[];
      expect(item).toMatchObject({
        event: "mail",
        flow: "main",
        source: "Jenkins",
        subject: "Build #12 failed",
        tags: ["ci", "failed"],
        id: expect.any(Number),
      });
      expect(JSON.stringify(item)).not.toContain(TOKEN);
      const page = await (await fetch(`${emulator.url}/?flow=main`)).text();
      expect(page).toContain('class="message message-mail"');
      expect(page).toContain("Build #12 failed");
    });

    it("posts to every flow of a comma-separated token list, from JSON", async () => {
      const answer = await post(
        `${emulator.apiUrl}/messages/team_inbox/${TOKEN},${OTHER_TOKEN}`,
        mail,
      );
      expect(answer.status).toBe(200);
      expect(await stream("main")).toHaveLength(1);
      expect(await stream("ops")).toHaveLength(1);
    });

    it("answers 400 with each missing field, 404 for an unknown token", async () => {
      const missing = await post(`${emulator.apiUrl}/v1/messages/team_inbox/${TOKEN}`, {
        source: "Jenkins",
        from_address: "not an address",
      });
      expect(missing).toMatchObject({
        status: 400,
        body: {
          message: "Validation error",
          errors: {
            from_address: ["is not an e-mail address"],
            subject: ["can't be blank"],
            content: ["can't be blank"],
          },
        },
      });
      const unknown = await post(`${emulator.apiUrl}/v1/messages/team_inbox/nope,${TOKEN}`, mail);
      expect(unknown).toMatchObject({ status: 404, body: { message: "not found" } });
      expect(await stream("main")).toEqual([]);
    });
  });

  describe("POST /v1/messages/chat/:token", () => {
    it("stores a chat line, in a thread when it names one, and answers 200 {}", async () => {
      const first = await post(`${emulator.apiUrl}/messages`, activity(), {
        headers: { "x-flowdock-wait-for-message": "true" },
      });
      const threadId = (first.body as StoredMessage).thread_id;
      const answer = await post(
        `${emulator.apiUrl}/v1/messages/chat/${TOKEN}`,
        new URLSearchParams({
          content: "deploying now",
          external_user_name: "deploybot",
          thread_id: threadId,
          tags: "deploy",
        }).toString(),
        { contentType: FORM },
      );
      expect(answer).toMatchObject({ status: 200, body: {} });
      const [line] = (await stream("main")) as ChatLine[];
      expect(line).toMatchObject({
        event: "message",
        content: "deploying now",
        external_user_name: "deploybot",
        thread_id: threadId,
        tags: ["deploy"],
      });
      const thread = await get(`${emulator.apiUrl}/api/threads/${threadId}`);
      expect(thread.body).toMatchObject({ message_count: 2 });
    });

    it("counts characters, not UTF-16 units, as Flowdock did", async () => {
      const answer = await post(`${emulator.apiUrl}/v1/messages/chat/${TOKEN}`, {
        content: "😀".repeat(8096),
        external_user_name: "😀".repeat(16),
      });
      expect(answer).toMatchObject({ status: 200, body: {} });
      const over = await post(`${emulator.apiUrl}/v1/messages/chat/${TOKEN}`, {
        content: "😀".repeat(8097),
        external_user_name: "bot",
      });
      expect(over.body).toMatchObject({
        errors: { content: ["is too long (at most 8096 characters)"] },
      });
    });

    it("checks content and external_user_name as Flowdock did", async () => {
      const answer = await post(`${emulator.apiUrl}/v1/messages/chat/${TOKEN}`, {
        content: "x".repeat(8097),
        external_user_name: "has spaces in it",
        thread_id: "no-such-thread",
      });
      expect(answer).toMatchObject({
        status: 400,
        body: {
          errors: {
            content: ["is too long (at most 8096 characters)"],
            external_user_name: ["must be at most 16 characters, without spaces"],
          },
        },
      });
      const noThread = await post(`${emulator.apiUrl}/v1/messages/chat/${TOKEN}`, {
        content: "hi",
        external_user_name: "bot",
        thread_id: "no-such-thread",
      });
      expect(noThread).toMatchObject({
        status: 400,
        body: { errors: { thread_id: ["does not exist in this flow"] } },
      });
      const blank = await post(`${emulator.apiUrl}/v1/messages/chat/${TOKEN}`, {});
      expect(blank.body).toMatchObject({
        errors: { content: ["can't be blank"], external_user_name: ["can't be blank"] },
      });
    });

    it("answers 410 for a removed source", async () => {
      emulator.removeSource(TOKEN);
      const answer = await post(`${emulator.apiUrl}/v1/messages/chat/${TOKEN}`, {
        content: "hi",
        external_user_name: "bot",
      });
      expect(answer.status).toBe(410);
    });
  });
});
