import { FlowdockValidationError } from "@flowdock-kit/core";
import { afterEach, describe, expect, it, vi } from "vitest";
import { message, mockFlowdock, ORIGIN, TOKEN } from "../test/support/mock-flowdock.js";
import { expectNoToken } from "../test/support/redaction.js";
import type { RetryInfo } from "./client.js";
import { createFlowdockClient } from "./client.js";
import {
  FlowdockError,
  FlowdockRejectedError,
  FlowdockRetryError,
  FlowdockSourceGoneError,
  FlowdockTimeoutError,
  FlowdockTokenError,
} from "./errors.js";
import type { HttpRequest, Transport } from "./transport.js";

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/** Rejection of `promise`, failing the test if it resolves. */
async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error("expected a rejection");
}

describe("send: accepted", () => {
  it("posts JSON with the token and a uuid to <apiUrl>/messages and resolves on 202", async () => {
    const { client, answer, requests } = mockFlowdock({ apiUrl: `${ORIGIN}/` });
    answer({ status: 202, body: {} });
    const result = await client.send(message());
    expect(result).toMatchObject({ status: 202, attempts: 1, uuid: expect.any(String) });
    expect(result.messageId).toBeUndefined();
    expect(requests).toHaveLength(1);
    const [seen] = requests;
    expect(seen?.path).toBe("/messages");
    expect(seen?.headers["content-type"]).toBe("application/json");
    expect(seen?.headers.accept).toBe("application/json");
    expect(seen?.headers["user-agent"]).toMatch(/flowdock-kit/);
    expect(seen?.headers["x-flowdock-wait-for-message"]).toBeUndefined();
    expect(seen?.body).toMatchObject({ ...message(), flow_token: TOKEN, uuid: result.uuid });
  });

  it("keeps a path in apiUrl and sends the caller's user agent", async () => {
    const { client, answer, requests } = mockFlowdock({
      apiUrl: `${ORIGIN}/v1//`,
      userAgent: "my-ci/1.0",
    });
    answer({ status: 202 });
    await client.send(message());
    expect(requests[0]?.path).toBe("/v1/messages");
    expect(requests[0]?.headers["user-agent"]).toBe("my-ci/1.0");
  });

  it.each([200, 201])(
    "asks to wait for the message and reads its ids from a %i",
    async (status) => {
      const { client, answer, requests } = mockFlowdock({ waitForMessage: true });
      answer({ status, body: { id: 4711, thread_id: "Zx9thread", event: "activity" } });
      const result = await client.send(message());
      expect(requests[0]?.headers["x-flowdock-wait-for-message"]).toBe("true");
      expect(result).toMatchObject({ status, messageId: "4711", threadId: "Zx9thread" });
    },
  );

  it("accepts a 2xx whose body is not JSON", async () => {
    const { client, answer } = mockFlowdock();
    answer({ status: 204, body: "" });
    await expect(client.send(message())).resolves.toMatchObject({ status: 204 });
  });

  it("sends the client's token even when the message carries another", async () => {
    const { client, answer, requests } = mockFlowdock();
    answer({ status: 202 });
    await client.send({ ...message(), flow_token: "someone-elses-token" });
    expect(requests[0]?.body.flow_token).toBe(TOKEN);
  });
});

describe("send: invalid messages never reach the network", () => {
  it("rejects with core's FlowdockValidationError before any request", async () => {
    const { client, requests } = mockFlowdock();
    const error = await rejection(
      client.send({ ...message(), thread: { title: "x", status: { color: "gray", value: "x" } } }),
    );
    expect(error).toBeInstanceOf(FlowdockValidationError);
    expect((error as FlowdockValidationError).fieldErrors).toHaveProperty(["thread.status.color"]);
    expect(requests).toHaveLength(0);
  });

  it("keeps the token out of the validation error when the message carried it", async () => {
    const { client } = mockFlowdock();
    const error = await rejection(client.send({ flow_token: TOKEN, event: "nope" }));
    expect(error).toBeInstanceOf(FlowdockValidationError);
    expectNoToken(error, TOKEN);
  });
});

describe("send: answers that are final", () => {
  it.each([400, 422])(
    "%i: rejected, with the server's field errors, not retried",
    async (status) => {
      const { client, answer, requests } = mockFlowdock();
      answer({
        status,
        body: { message: "Validation error", errors: { title: ["can't be blank"], tags: ["bad"] } },
      });
      const error = await rejection(client.send(message()));
      expect(error).toBeInstanceOf(FlowdockRejectedError);
      expect(error).toMatchObject({
        name: "FlowdockRejectedError",
        status,
        attempts: 1,
        fieldErrors: { title: ["can't be blank"], tags: ["bad"] },
      });
      expect(error.message).toContain("title: can't be blank");
      expect(requests).toHaveLength(1);
    },
  );

  it("400 without field errors says what the server said", async () => {
    const { client, answer } = mockFlowdock();
    answer({ status: 400, body: { message: "Bad JSON" } });
    const error = await rejection(client.send(message()));
    expect(error).toBeInstanceOf(FlowdockRejectedError);
    expect(error.message).toContain("Bad JSON");
    expect((error as FlowdockRejectedError).fieldErrors).toEqual({});
  });

  it.each([401, 403, 404])("%i: the flow token was not accepted, not retried", async (status) => {
    const { client, answer, requests } = mockFlowdock();
    answer({ status, body: { message: "not found" } });
    const error = await rejection(client.send(message()));
    expect(error).toBeInstanceOf(FlowdockTokenError);
    expect(error).toMatchObject({ name: "FlowdockTokenError", status, attempts: 1 });
    expect(error.message).toContain("the flow token was not accepted");
    expect(requests).toHaveLength(1);
  });

  it("410: the source is gone, stop using the token", async () => {
    const { client, answer, requests } = mockFlowdock();
    answer({ status: 410, body: "Gone" });
    const error = await rejection(client.send(message()));
    expect(error).toBeInstanceOf(FlowdockSourceGoneError);
    expect(error).toMatchObject({ name: "FlowdockSourceGoneError", status: 410 });
    expect(error.message).toContain("the source was removed in Flowdock; stop using this token");
    expect(requests).toHaveLength(1);
  });

  it.each([
    [404, FlowdockTokenError],
    [410, FlowdockSourceGoneError],
  ])("after a %i, later messages fail at once without a request", async (status, type) => {
    const { client, answer, requests } = mockFlowdock();
    answer({ status });
    await rejection(client.send(message()));
    const error = await rejection(client.send(message("other")));
    expect(error).toBeInstanceOf(type);
    expect(error).toMatchObject({ status, attempts: 0 });
    expect(error.message).toMatch(/^not sent: /);
    expect(requests).toHaveLength(1);
  });

  it.each([302, 405, 413, 501])("%i: a plain FlowdockError, not retried", async (status) => {
    const { client, answer, requests } = mockFlowdock();
    answer({ status, body: "<html>nope</html>" });
    const error = await rejection(client.send(message()));
    expect(error).toBeInstanceOf(FlowdockError);
    expect(error).not.toBeInstanceOf(FlowdockRetryError);
    expect(error).toMatchObject({ status, attempts: 1 });
    expect(error.message).toContain(`HTTP ${status}`);
    expect(requests).toHaveLength(1);
  });
});

describe("send: retries", () => {
  it.each([429, 500, 502, 503, 504])("%i is retried, then delivered", async (status) => {
    const retries: RetryInfo[] = [];
    const { client, answer, requests } = mockFlowdock({ onRetry: (info) => retries.push(info) });
    answer({ status, body: "try later" }, { status: 202 });
    const result = await client.send(message());
    expect(result).toMatchObject({ status: 202, attempts: 2 });
    expect(requests).toHaveLength(2);
    expect(retries).toEqual([
      { attempt: 1, delayMs: expect.any(Number), status, reason: `HTTP ${status}: try later` },
    ]);
  });

  it("network errors are retried with status 0", async () => {
    const retries: RetryInfo[] = [];
    const { client, answer, fail } = mockFlowdock({ onRetry: (info) => retries.push(info) });
    fail(Object.assign(new Error("other side closed"), { code: "UND_ERR_SOCKET" }), 2);
    answer({ status: 202 });
    await expect(client.send(message())).resolves.toMatchObject({ attempts: 3 });
    expect(retries.map((r) => [r.status, r.reason])).toEqual([
      [0, "UND_ERR_SOCKET: other side closed"],
      [0, "UND_ERR_SOCKET: other side closed"],
    ]);
  });

  it("gives up after `retries` retries with the last status and cause", async () => {
    const { client, answer, requests } = mockFlowdock({ retries: 2 });
    answer({ status: 500 }, { status: 502 }, { status: 503, body: "overloaded" });
    const error = await rejection(client.send(message()));
    expect(error).toBeInstanceOf(FlowdockRetryError);
    expect(error).toMatchObject({ name: "FlowdockRetryError", status: 503, attempts: 3 });
    expect(error.message).toBe("gave up after 3 attempts: HTTP 503: overloaded");
    expect(error.cause).toBeInstanceOf(FlowdockError);
    expect((error.cause as FlowdockError).status).toBe(503);
    expect(requests).toHaveLength(3);
  });

  it("gives up on network errors with status 0 and the error as cause", async () => {
    const { client, fail } = mockFlowdock({ retries: 1 });
    fail(
      Object.assign(new Error("connect ECONNREFUSED 10.0.0.1:443"), { code: "ECONNREFUSED" }),
      2,
    );
    const error = await rejection(client.send(message()));
    expect(error).toBeInstanceOf(FlowdockRetryError);
    expect(error).toMatchObject({ status: 0, attempts: 2 });
    expect(error.cause).toMatchObject({ code: "ECONNREFUSED" });
  });

  it("does not retry with retries: 0", async () => {
    const { client, answer, requests } = mockFlowdock({ retries: 0 });
    answer({ status: 503 });
    const error = await rejection(client.send(message()));
    expect(error).toMatchObject({ name: "FlowdockRetryError", attempts: 1 });
    expect(error.message).toMatch(/^gave up after 1 attempt:/);
    expect(requests).toHaveLength(1);
  });

  it("keeps the same uuid on every attempt, and a given uuid as is", async () => {
    const { client, answer, requests } = mockFlowdock();
    answer({ status: 503 }, { status: 429 }, { status: 202 });
    const first = await client.send(message());
    const uuids = requests.map((r) => r.body.uuid);
    expect(uuids).toEqual([first.uuid, first.uuid, first.uuid]);
    expect(first.uuid).toMatch(/^[0-9a-f-]{36}$/);

    answer({ status: 202 });
    const mine = message();
    const second = await client.send(mine);
    expect(second.uuid).not.toBe(first.uuid);
    expect(mine).not.toHaveProperty("uuid");

    answer({ status: 503 }, { status: 202 });
    const given = await client.send(message(undefined, { uuid: "deploy-api-42" }));
    expect(given.uuid).toBe("deploy-api-42");
    expect(requests.slice(-2).map((r) => r.body.uuid)).toEqual(["deploy-api-42", "deploy-api-42"]);
  });

  it("survives an onRetry callback that throws", async () => {
    const { client, answer } = mockFlowdock({
      onRetry: () => {
        throw new Error("logger broke");
      },
    });
    answer({ status: 503 }, { status: 202 });
    await expect(client.send(message())).resolves.toMatchObject({ attempts: 2 });
  });
});

describe("send: retry schedule (fake timers)", () => {
  /** Lets the client run until it waits on a timer. */
  const settle = () => vi.advanceTimersByTimeAsync(0);

  it("backs off exponentially with jitter, capped, and waits before each retry", async () => {
    vi.useFakeTimers();
    vi.spyOn(Math, "random").mockReturnValue(0.5);
    const retries: RetryInfo[] = [];
    const { client, answer, requests } = mockFlowdock({
      minDelayMs: 1000,
      maxDelayMs: 5000,
      onRetry: (info) => retries.push(info),
    });
    answer({ status: 503 }, { status: 503 }, { status: 503 }, { status: 503 }, { status: 202 });
    const sent = client.send(message());
    await settle();
    expect(requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1499);
    expect(requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(requests).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(2999);
    expect(requests).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(requests).toHaveLength(3);
    await vi.advanceTimersByTimeAsync(5000 + 5000);
    await expect(sent).resolves.toMatchObject({ status: 202, attempts: 5 });
    expect(retries.map((r) => r.delayMs)).toEqual([1500, 3000, 5000, 5000]);
    expect(retries.map((r) => r.attempt)).toEqual([1, 2, 3, 4]);
  });

  it("waits Retry-After seconds instead of the backoff", async () => {
    vi.useFakeTimers();
    const retries: RetryInfo[] = [];
    const { client, answer, requests } = mockFlowdock({ onRetry: (info) => retries.push(info) });
    answer({ status: 429, headers: { "retry-after": "7" } }, { status: 202 });
    const sent = client.send(message());
    await settle();
    await vi.advanceTimersByTimeAsync(6999);
    expect(requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    await expect(sent).resolves.toMatchObject({ attempts: 2 });
    expect(retries[0]).toMatchObject({ status: 429, delayMs: 7000 });
  });

  it("waits until a Retry-After HTTP date", async () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date("2026-11-27T12:00:00Z"));
    const retries: RetryInfo[] = [];
    const { client, answer, requests } = mockFlowdock({ onRetry: (info) => retries.push(info) });
    answer({ status: 503, headers: { "retry-after": "Fri, 27 Nov 2026 12:00:20 GMT" } });
    answer({ status: 202 });
    const sent = client.send(message());
    await settle();
    await vi.advanceTimersByTimeAsync(19_999);
    expect(requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    await expect(sent).resolves.toMatchObject({ attempts: 2 });
    expect(retries[0]?.delayMs).toBe(20_000);
  });

  it("caps Retry-After at maxRetryAfterMs", async () => {
    vi.useFakeTimers();
    const retries: RetryInfo[] = [];
    const { client, answer } = mockFlowdock({
      maxRetryAfterMs: 5000,
      onRetry: (info) => retries.push(info),
    });
    answer({ status: 429, headers: { "retry-after": "3600" } }, { status: 202 });
    const sent = client.send(message());
    await settle();
    await vi.advanceTimersByTimeAsync(5000);
    await expect(sent).resolves.toMatchObject({ attempts: 2 });
    expect(retries[0]?.delayMs).toBe(5000);
  });

  it("times out a silent server, retries, then gives up with FlowdockTimeoutError", async () => {
    vi.useFakeTimers();
    const { client, answer, requests } = mockFlowdock({ timeoutMs: 1000, retries: 1 });
    answer({ status: 202, delayMs: 60_000 }, { status: 202, delayMs: 60_000 });
    const sent = rejection(client.send(message()));
    await settle();
    expect(requests).toHaveLength(1);
    // The first attempt times out at 1000 ms, the retry follows after a backoff of at most 4 ms.
    await vi.advanceTimersByTimeAsync(1000 + 4);
    expect(requests).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1000);
    const error = await sent;
    expect(error).toBeInstanceOf(FlowdockTimeoutError);
    expect(error).toBeInstanceOf(FlowdockRetryError);
    expect(error).toMatchObject({ name: "FlowdockTimeoutError", status: 0, attempts: 2 });
    expect(error.message).toBe("gave up after 2 attempts: no answer within 1000 ms");
  });
});

describe("the flow token never shows", () => {
  const echo = `flow_token=${TOKEN} was wrong; token ${TOKEN}`;
  const paths: [string, (m: ReturnType<typeof mockFlowdock>) => void][] = [
    [
      "400 echoing it",
      (m) => m.answer({ status: 400, body: { message: echo, errors: { [TOKEN]: [echo] } } }),
    ],
    ["404 echoing it", (m) => m.answer({ status: 404, body: { message: echo } })],
    ["410 echoing it", (m) => m.answer({ status: 410, body: echo })],
    ["413 echoing it", (m) => m.answer({ status: 413, body: echo })],
    ["503s echoing it", (m) => m.answer({ status: 503, body: echo }, { status: 503, body: echo })],
    [
      "a network error holding it",
      (m) =>
        m.fail(
          Object.assign(new Error(echo), { code: "ECONNRESET", detail: echo, nested: { echo } }),
          2,
        ),
    ],
    [
      "a network error whose cause holds it",
      (m) => m.fail(new Error("socket hang up", { cause: new TypeError(echo) }), 2),
    ],
    [
      "an invalid argument",
      (m) => m.fail(Object.assign(new Error(echo), { code: "UND_ERR_INVALID_ARG" })),
    ],
  ];

  it.each(paths)("%s", async (_name, arrange) => {
    const reasons: string[] = [];
    const mock = mockFlowdock({ retries: 1, onRetry: (info) => reasons.push(info.reason) });
    arrange(mock);
    const error = await rejection(mock.client.send(message()));
    expect(error).toBeInstanceOf(FlowdockError);
    expectNoToken(error, TOKEN);
    expect(reasons.join("\n")).not.toContain(TOKEN);
  });

  it("on a timeout", async () => {
    vi.useFakeTimers();
    const mock = mockFlowdock({ timeoutMs: 100, retries: 0 });
    mock.answer({ status: 202, delayMs: 1000 });
    const sent = rejection(mock.client.send(message()));
    await vi.advanceTimersByTimeAsync(100);
    const error = await sent;
    expect(error).toBeInstanceOf(FlowdockTimeoutError);
    expectNoToken(error, TOKEN);
  });

  it("in sendAll failures", async () => {
    const mock = mockFlowdock({ retries: 0 });
    mock.answer({ status: 401, body: echo }, { status: 503, body: echo });
    const results = await mock.client.sendAll([message("a"), message("a"), { flow_token: TOKEN }]);
    expect(results.map((r) => r.ok)).toEqual([false, false, false]);
    for (const result of results) expectNoToken(result, TOKEN);
  });

  it("in the errors of later messages after a refusal, and after close", async () => {
    const mock = mockFlowdock();
    mock.answer({ status: 410, body: echo });
    const first = await rejection(mock.client.send(message()));
    const later = await rejection(mock.client.send(message("other")));
    expect(later.cause).toBe(first);
    const afterClose = mockFlowdock();
    await afterClose.client.close();
    const closed = await rejection(afterClose.client.send(message()));
    for (const error of [first, later, closed]) {
      expect(error).toBeInstanceOf(FlowdockError);
      expectNoToken(error, TOKEN);
    }
  });

  it("in errors about the options", () => {
    expect(() => createFlowdockClient({ flowToken: TOKEN, apiUrl: `ftp://x/${TOKEN}` })).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining(TOKEN) }),
    );
    expect(() => createFlowdockClient({ flowToken: "  " })).toThrow(TypeError);
    expect(() => createFlowdockClient({ flowToken: TOKEN, retries: -1 })).toThrow(RangeError);
    expect(() => createFlowdockClient({ flowToken: TOKEN, timeoutMs: 0 })).toThrow(RangeError);
    // Node fires a timer longer than 2³¹−1 ms at once: such a deadline would end every attempt.
    expect(() => createFlowdockClient({ flowToken: TOKEN, timeoutMs: 3_000_000_000 })).toThrow(
      "timeoutMs must be a number from 0 to 2147483647",
    );
  });
});

describe("sendAll", () => {
  it("resolves one result per message, in input order, failures included", async () => {
    const mock = mockFlowdock({ retries: 0 });
    mock.answer({ status: 202 }, { status: 422, body: { errors: { title: ["too long"] } } });
    mock.answer({ status: 202 });
    const results = await mock.client.sendAll(
      [message("a"), message("b"), { title: "no event" }, message("c")],
      { concurrency: 1 },
    );
    expect(results.map((r) => [r.index, r.ok])).toEqual([
      [0, true],
      [1, false],
      [2, false],
      [3, true],
    ]);
    const [, refused, invalid] = results;
    expect(refused).toMatchObject({ error: { status: 422, fieldErrors: { title: ["too long"] } } });
    // An invalid message is refused before the network: a rejection with status 0.
    expect(invalid?.ok === false && invalid.error).toBeInstanceOf(FlowdockRejectedError);
    expect(invalid).toMatchObject({
      error: { status: 0, fieldErrors: { event: ["is required"] } },
    });
    expect(mock.requests).toHaveLength(3);
  });

  it("after the token is refused, fails the rest without sending them", async () => {
    const mock = mockFlowdock();
    mock.answer({ status: 401 });
    const results = await mock.client.sendAll(
      Array.from({ length: 10 }, (_, n) => message(`t${n}`)),
      { concurrency: 1 },
    );
    expect(results).toHaveLength(10);
    expect(results.every((r) => !r.ok && r.error instanceof FlowdockTokenError)).toBe(true);
    expect(mock.requests).toHaveLength(1);
  });

  it("keeps the order of one thread's messages while others run in parallel", async () => {
    const mock = mockFlowdock();
    const threads = ["a", "b", "c", "d"];
    const input = Array.from({ length: 40 }, (_, n) =>
      message(threads[n % threads.length], { title: `step ${Math.floor(n / threads.length)}` }),
    );
    // Slow answers for early messages: without per-thread order, later ones would overtake them.
    for (let n = 0; n < input.length; n++) {
      mock.answer({ status: 202, delayMs: n % 3 === 0 ? 15 : 1 });
    }
    const results = await mock.client.sendAll(input, { concurrency: 8 });
    expect(results.every((r) => r.ok)).toBe(true);
    for (const thread of threads) {
      const steps = mock.requests
        .filter((r) => r.body.external_thread_id === thread)
        .map((r) => r.body.title);
      expect(steps).toEqual(Array.from({ length: 10 }, (_, step) => `step ${step}`));
    }
  });

  it("orders by thread_id as well as external_thread_id", async () => {
    const mock = mockFlowdock();
    const input = Array.from({ length: 12 }, (_, n) => {
      const { external_thread_id: _unused, ...rest } = message("x", { title: `step ${n}` });
      return { ...rest, thread_id: "flowdock-thread-1" };
    });
    for (let n = 0; n < input.length; n++)
      mock.answer({ status: 202, delayMs: n % 2 === 0 ? 10 : 1 });
    await mock.client.sendAll(input, { concurrency: 6 });
    expect(mock.requests.map((r) => r.body.title)).toEqual(input.map((m) => m.title));
  });

  it("refuses a concurrency below 1", async () => {
    const { client } = mockFlowdock();
    await expect(client.sendAll([], { concurrency: 0 })).rejects.toThrow(RangeError);
    await expect(client.sendAll([], { concurrency: Number.NaN })).rejects.toThrow(RangeError);
  });

  it("takes an async iterable", async () => {
    const mock = mockFlowdock();
    async function* generate() {
      for (let n = 0; n < 5; n++) yield message(`t${n}`);
    }
    mock.answer(...Array.from({ length: 5 }, () => ({ status: 202 })));
    const results = await mock.client.sendAll(generate(), { concurrency: 2 });
    expect(results.map((r) => r.ok)).toEqual([true, true, true, true, true]);
  });
});

describe("close", () => {
  it("cuts a retry wait short and rejects the message", async () => {
    let retrying: () => void = () => {};
    const retried = new Promise<void>((resolve) => (retrying = resolve));
    const mock = mockFlowdock({
      minDelayMs: 60_000,
      maxDelayMs: 60_000,
      onRetry: () => retrying(),
    });
    mock.answer({ status: 503 });
    const sent = rejection(mock.client.send(message()));
    await retried;
    await mock.client.close();
    const error = await sent;
    expect(error).toBeInstanceOf(FlowdockError);
    expect(error).toMatchObject({ attempts: 1 });
    expect(error.message).toContain("closed");
  });

  it("refuses to start new attempts once closed", async () => {
    const mock = mockFlowdock();
    await mock.client.close();
    const error = await rejection(mock.client.send(message()));
    expect(error).toBeInstanceOf(FlowdockError);
    expect(error.message).toContain("closed");
    expect(mock.requests).toHaveLength(0);
  });
});

describe("a transport of the caller's", () => {
  /** A transport that answers from a list and records what it was asked. */
  function fakeTransport(...answers: { status: number; text?: string; retryAfter?: string }[]) {
    const seen: HttpRequest[] = [];
    let closed = 0;
    const transport: Transport = {
      async request(request) {
        seen.push(request);
        const next = answers.shift() ?? { status: 202 };
        return {
          status: next.status,
          headers: { "retry-after": next.retryAfter },
          text: async () => next.text ?? "{}",
        };
      },
      async close() {
        closed++;
      },
      secrets: ["proxy-pw-in-transport"],
    };
    return { transport, seen, closed: () => closed };
  }

  it("sends each attempt through it, with a live deadline signal, and leaves it open", async () => {
    const fake = fakeTransport({ status: 503, retryAfter: "0" }, { status: 201, text: '{"id":7}' });
    const client = createFlowdockClient({
      flowToken: TOKEN,
      apiUrl: ORIGIN,
      transport: fake.transport,
    });
    const result = await client.send(message());
    await client.close();
    expect(result).toMatchObject({ status: 201, attempts: 2, messageId: "7" });
    expect(fake.seen.map((r) => [r.method, r.url])).toEqual([
      ["POST", `${ORIGIN}/messages`],
      ["POST", `${ORIGIN}/messages`],
    ]);
    expect(fake.seen[0]?.signal).toBeInstanceOf(AbortSignal);
    expect(fake.seen[0]?.headers["content-type"]).toBe("application/json");
    expect(JSON.parse(fake.seen[1]?.body ?? "")).toMatchObject({ flow_token: TOKEN });
    expect(fake.closed()).toBe(0);
  });

  it("redacts the transport's secrets from errors", async () => {
    const fake = fakeTransport({ status: 418, text: "proxy-pw-in-transport said no" });
    const client = createFlowdockClient({
      flowToken: TOKEN,
      apiUrl: ORIGIN,
      transport: fake.transport,
    });
    const error = await rejection(client.send(message()));
    expect(error.message).toContain("418");
    expectNoToken(error, "proxy-pw-in-transport");
  });

  it("refuses a transport together with options for the client's own", () => {
    const { transport } = fakeTransport();
    expect(() =>
      createFlowdockClient({ flowToken: TOKEN, transport, proxy: "http://proxy.test:3128" }),
    ).toThrow(TypeError);
  });
});
