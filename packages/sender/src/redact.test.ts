import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { MIN_CUT_PREFIX, REDACTED, redact, redactCause } from "./redact.js";

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

describe("redact, encoded echoes", () => {
  const awkward = "tok<en>&'x y+z\"01é";
  const echoes: Record<string, string> = {
    "percent-encoded": encodeURIComponent(awkward),
    "percent-encoded, upper-case hex": encodeURIComponent(awkward).replace(
      /%[0-9a-f]{2}/gi,
      (byte) => byte.toUpperCase(),
    ),
    "form-encoded": new URLSearchParams({ x: awkward }).toString().slice(2),
    "HTML-escaped": awkward
      .replaceAll("&", "&amp;")
      .replaceAll("<", "&lt;")
      .replaceAll(">", "&gt;")
      .replaceAll('"', "&quot;")
      .replaceAll("'", "&#39;"),
    "HTML numeric entities": [...awkward]
      .map((char) => `&#x${char.codePointAt(0)?.toString(16)};`)
      .join(""),
    "JSON-escaped": JSON.stringify(awkward).slice(1, -1),
    "\\u-escaped": [...awkward]
      .map((char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`)
      .join(""),
    base64: Buffer.from(awkward).toString("base64"),
    base64url: Buffer.from(awkward).toString("base64url"),
  };

  it.each(Object.entries(echoes))("replaces the secret %s", (_, echo) => {
    expect(echo).not.toBe(awkward);
    expect(redact(`server said: ${echo}!`, [awkward])).toBe(`server said: ${REDACTED}!`);
  });

  // A server that echoes a longer text in base64 puts the secret at any offset in it.
  it.each([
    ["base64", 1],
    ["base64", 2],
    ["base64url", 1],
    ["base64url", 2],
    ["base64", 0],
  ] as const)("replaces the secret in %s of a text it starts %i bytes into", (encoding, shift) => {
    const echo = Buffer.from(`${"ab".slice(0, shift)}${awkward} and more`).toString(encoding);
    const redacted = redact(`server said: ${echo}!`, [awkward]);
    expect(redacted).toContain(REDACTED);
    const rest = redacted.slice("server said: ".length, -1).split(REDACTED);
    for (const part of rest)
      for (const skip of [0, 1, 2, 3])
        expect(Buffer.from(part.slice(skip), encoding).toString("latin1")).not.toContain(awkward);
  });

  // A flow token is letters and digits, so an echo holding an escape is the rare case.
  const flowToken = "0123456789abcdef0123456789abcdef";
  it.each(["%65", "\\u0065", "&#101;", "&#x65;", "&#X0065;"])(
    "replaces a letters-and-digits secret with one character written %s",
    (escaped) => {
      expect(redact(`plain ${flowToken}`, [flowToken])).toBe(`plain ${REDACTED}`);
      const echo = `${flowToken.slice(0, 14)}${escaped}${flowToken.slice(15)}`;
      expect(redact(`server said: ${echo}!`, [flowToken])).toBe(`server said: ${REDACTED}!`);
    },
  );

  it("replaces the secret in any letter case, which spells it as well as the original", () => {
    const hex = "9f3a7c1e5b2d8046af1e3c5b7d9e2a41";
    const text = `${hex.toUpperCase()} and ${hex.slice(0, 16)}${hex.slice(16).toUpperCase()}`;
    expect(redact(text, [hex])).toBe(`${REDACTED} and ${REDACTED}`);
  });

  it("leaves a start of the secret alone unless asked for prefixes", () => {
    const text = `${awkward.slice(0, -1)} and ${awkward.slice(0, 3)}`;
    expect(redact(text, [awkward])).toBe(text);
  });
});

describe("redact, what a cut leaves", () => {
  const secret = "9f3a7c1e5b2d8046af1e3c5b7d9e2a41";

  it("with prefixes, replaces every start of the secret from MIN_CUT_PREFIX characters on", () => {
    for (let length = MIN_CUT_PREFIX; length <= secret.length; length += 1) {
      const cut = `title: ${secret.slice(0, length)}…`;
      expect(redact(cut, [secret], { prefixes: true })).toBe(`title: ${REDACTED}…`);
    }
    const short = `id ${secret.slice(0, MIN_CUT_PREFIX - 1)}`;
    expect(redact(short, [secret], { prefixes: true })).toBe(short);
  });

  it("with prefixes, also replaces an encoded start of the secret", () => {
    const cut = `${encodeURIComponent(`${secret.slice(0, 9)}`).replace("f", "%66")}…`;
    expect(redact(cut, [secret], { prefixes: true })).toBe(`${REDACTED}…`);
  });

  it("replaces a secret written with JSON's short escapes", () => {
    const tabbed = "tab\there-token";
    expect(redact(JSON.stringify({ t: tabbed }), [tabbed])).toBe(`{"t":"${REDACTED}"}`);
  });
});
