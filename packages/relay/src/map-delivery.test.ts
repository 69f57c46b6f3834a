import { describe, expect, it } from "vitest";
import { messageUuid } from "./map-delivery.js";

describe("messageUuid", () => {
  it("gives a delivery's messages the same uuids when it is mapped again after a crash", () => {
    const first = messageUuid("72d3162e-cc78-11e3-81ab-4c9367dc0958", "env:FLOWDOCK_TOKEN", 0);
    expect(first).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(messageUuid("72d3162e-cc78-11e3-81ab-4c9367dc0958", "env:FLOWDOCK_TOKEN", 0)).toBe(
      first,
    );
    // Another message, another flow or another delivery never shares it.
    expect(messageUuid("72d3162e-cc78-11e3-81ab-4c9367dc0958", "env:FLOWDOCK_TOKEN", 1)).not.toBe(
      first,
    );
    expect(messageUuid("72d3162e-cc78-11e3-81ab-4c9367dc0958", "env:OTHER", 0)).not.toBe(first);
    expect(messageUuid("72d3162e-cc78-11e3-81ab-4c9367dc0959", "env:FLOWDOCK_TOKEN", 0)).not.toBe(
      first,
    );
  });
});
