import { expect, it } from "vitest";
import * as z from "zod/mini";
import { MessageSchema, StatusSchema, ThreadSchema } from "./schema.js";

it("composes with zod/mini's functions, keeping core's checks and messages", () => {
  const Ticket = z.extend(ThreadSchema, { priority: z.enum(["low", "high"]) });
  expect(Ticket.parse({ title: "t", body: null, priority: "high" })).toStrictEqual({
    title: "t",
    priority: "high",
  });
  const refused = Ticket.safeParse({ title: "<b>t</b>", priority: "high" });
  expect(refused.error?.issues.map((issue) => issue.message)).toEqual([
    "<b> is not allowed here (allowed: <a>)",
  ]);
  expect(z.optional(StatusSchema).parse(undefined)).toBeUndefined();
  const WithFlow = z.extend(MessageSchema, { flow: z.string() });
  expect(
    WithFlow.safeParse({ event: "activity", title: "t", author: { name: "a" }, flow: "f" }).error
      ?.issues[0]?.message,
  ).toBe("one of external_thread_id or thread_id is required");
});
