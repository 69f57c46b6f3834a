import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { REDACTED, redact, redactCause } from "./redact.js";

const token = "f1a2b3c4d5e6+/secret";

describe("redact", () => {
  it("replaces the secret as is, URL-encoded and JSON-escaped", () => {
    const text = `a ${token} b ${encodeURIComponent(token)} c ${JSON.stringify(`x"${token}`).slice(3, -1)}`;
    const out = redact(text, [token]);
    expect(out).not.toContain(token);
    expect(out).not.toContain(encodeURIComponent(token));
    expect(out.split(REDACTED)).toHaveLength(4);
  });

  it("leaves text without secrets alone and skips too-short secrets", () => {
    expect(redact("nothing to see", [token])).toBe("nothing to see");
    expect(redact("a b c", ["a"])).toBe("a b c");
  });
});

describe("redactCause", () => {
  it("copies an error chain with every string redacted and objects dropped", () => {
    const inner = Object.assign(new Error(`inner ${token}`), { code: "E_INNER", errno: -1 });
    const outer = Object.assign(new TypeError(`outer ${token}`, { cause: inner }), {
      request: { body: token },
      path: `/messages?flow_token=${token}`,
    });
    const copy = redactCause(outer, [token]) as Error & Record<string, unknown>;
    expect(copy).toBeInstanceOf(Error);
    expect(copy.name).toBe("TypeError");
    expect(copy.message).toBe(`outer ${REDACTED}`);
    expect(copy.path).toBe(`/messages?flow_token=${REDACTED}`);
    expect(copy.request).toBeUndefined();
    expect((copy.cause as Record<string, unknown>).code).toBe("E_INNER");
    expect(inspect(copy, { depth: 10, showHidden: true })).not.toContain(token);
  });

  it("keeps the errors of an AggregateError, redacted", () => {
    const copy = redactCause(new AggregateError([new Error(token)], "all failed"), [token]) as {
      errors: Error[];
    };
    expect(copy.errors[0]?.message).toBe(REDACTED);
  });

  it("drops objects that are not errors and redacts strings", () => {
    expect(redactCause({ token }, [token])).toBeUndefined();
    expect(redactCause(`why: ${token}`, [token])).toBe(`why: ${REDACTED}`);
  });
});
