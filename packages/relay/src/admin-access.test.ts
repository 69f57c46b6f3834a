import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { adminAccess } from "./admin-access.js";

function request(
  remoteAddress: string,
  headers: Record<string, string> = { host: "127.0.0.1:8080" },
) {
  return { socket: { remoteAddress }, headers } as unknown as IncomingMessage;
}

describe("adminAccess without an admin token", () => {
  it.each(["127.0.0.1", "127.8.9.10", "::1", "::ffff:127.0.0.1"])("lets %s in", (address) => {
    expect(adminAccess(request(address), undefined)).toBe("allowed");
  });

  it.each(["192.0.2.7", "10.0.0.1", "::ffff:10.0.0.1", "fd00::2", "::"])(
    "refuses %s with 403",
    (address) => {
      expect(adminAccess(request(address), undefined)).toMatchObject({ status: 403 });
    },
  );

  it("does not trust X-Forwarded-For", () => {
    const forwarded = request("192.0.2.7", {
      host: "127.0.0.1:8080",
      "x-forwarded-for": "127.0.0.1",
    });
    expect(adminAccess(forwarded, undefined)).toMatchObject({ status: 403 });
  });
});

describe("adminAccess with an admin token", () => {
  it("asks a loopback client for the token too", () => {
    expect(adminAccess(request("127.0.0.1"), "s3cret-token")).toMatchObject({ status: 401 });
    const bearer = request("192.0.2.7", { authorization: "Bearer s3cret-token" });
    expect(adminAccess(bearer, "s3cret-token")).toBe("allowed");
    const shorter = request("127.0.0.1", { authorization: "Bearer s3cret" });
    expect(adminAccess(shorter, "s3cret-token")).toMatchObject({ status: 401 });
  });
});

describe("adminAccess and the Host header", () => {
  it.each(["127.0.0.1:8080", "localhost:8080", "[::1]:8080", "192.0.2.7"])(
    "lets a loopback client in with Host %s",
    (host) => {
      expect(adminAccess(request("127.0.0.1", { host }), undefined)).toBe("allowed");
    },
  );

  it("refuses a page on another name that resolves to the relay (DNS rebinding)", () => {
    const rebound = request("127.0.0.1", { host: "evil.example:8080" });
    expect(adminAccess(rebound, undefined)).toMatchObject({ status: 403 });
    expect(adminAccess(request("127.0.0.1", {}), undefined)).toMatchObject({ status: 403 });
    const configured = request("127.0.0.1", { host: "relay.internal:8080" });
    expect(adminAccess(configured, undefined, "relay.internal")).toBe("allowed");
  });
});
