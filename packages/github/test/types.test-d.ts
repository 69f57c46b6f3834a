import type { Message, StatusColor } from "@flowdock-kit/core";
import type { components } from "@octokit/openapi-webhooks-types";
import { describe, expectTypeOf, it } from "vitest";
import {
  type MapOptions,
  type MapResult,
  mapEvent,
  mapRunStatus,
  parseColorOverrides,
} from "../src/index.js";

describe("public types", () => {
  it("takes any payload, including GitHub's typed ones", () => {
    const payload = {} as components["schemas"]["webhook-issues-opened"];
    expectTypeOf(mapEvent).toBeCallableWith("issues", payload);
    expectTypeOf(mapEvent).toBeCallableWith("issues", JSON.parse("{}") as unknown);
  });

  it("narrows on skipped", () => {
    const result = mapEvent("issues", {}) as MapResult;
    if (result.skipped) {
      expectTypeOf(result.reason).toEqualTypeOf<string>();
      // @ts-expect-error a skipped result has no messages
      void result.messages;
    } else {
      expectTypeOf(result.messages).toEqualTypeOf<Message[]>();
      expectTypeOf(result.status).toEqualTypeOf<
        { value: string; color: StatusColor } | undefined
      >();
    }
  });

  it("feeds parsed colour overrides straight into the options", () => {
    const options: MapOptions = { colors: parseColorOverrides("merged=purple") };
    expectTypeOf(mapRunStatus).toBeCallableWith(
      {
        eventName: "push",
        payload: {},
        repository: "o/r",
        serverUrl: "https://github.com",
        runId: "1",
        runNumber: 2,
        workflow: "CI",
      },
      "success",
      options,
    );
    // @ts-expect-error colours are the ten Flowdock names
    const bad: MapOptions = { colors: { merged: "gray" } };
    void bad;
  });

  it("takes mentions as a login → nick record, as the action builds it", () => {
    expectTypeOf<MapOptions["mentions"]>().toEqualTypeOf<
      Readonly<Record<string, string>> | undefined
    >();
    const fromInput: Readonly<Record<string, string>> = Object.freeze({ octocat: "marty" });
    expectTypeOf(mapEvent).toBeCallableWith("push", {}, { mentions: fromInput });
  });
});
