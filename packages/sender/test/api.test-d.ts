import type { Message } from "@flowdock-kit/core";
import { describe, expectTypeOf, it } from "vitest";
import {
  createFlowdockClient,
  createNodeTransport,
  createUndiciTransport,
  type FlowdockClient,
  type FlowdockError,
  type FlowdockRejectedError,
  type FlowdockRetryError,
  type FlowdockTimeoutError,
  type HttpAnswer,
  type HttpRequest,
  type SendAllResult,
  type SendResult,
  type Transport,
} from "../src/index.js";

describe("public types", () => {
  it("createFlowdockClient needs a token and gives a client", () => {
    expectTypeOf(createFlowdockClient)
      .parameter(0)
      .toHaveProperty("flowToken")
      .toEqualTypeOf<string>();
    expectTypeOf(createFlowdockClient({ flowToken: "t" })).toEqualTypeOf<FlowdockClient>();
    // @ts-expect-error the token is required
    createFlowdockClient({});
  });

  it("send takes core messages or anything, and resolves a SendResult", () => {
    const client = createFlowdockClient({ flowToken: "t" });
    expectTypeOf(client.send).parameter(0).toEqualTypeOf<Message | unknown>();
    expectTypeOf(client.send).returns.resolves.toEqualTypeOf<SendResult>();
    expectTypeOf<SendResult["threadId"]>().toEqualTypeOf<string | undefined>();
  });

  it("sendAll results narrow on ok", () => {
    const result = {} as SendAllResult;
    if (result.ok) expectTypeOf(result.result).toEqualTypeOf<SendResult>();
    else expectTypeOf(result.error).toEqualTypeOf<FlowdockError>();
  });

  it("errors form one hierarchy", () => {
    expectTypeOf<FlowdockTimeoutError>().toExtend<FlowdockRetryError>();
    expectTypeOf<FlowdockRetryError>().toExtend<FlowdockError>();
    expectTypeOf<FlowdockRejectedError["fieldErrors"]>().toEqualTypeOf<Record<string, string[]>>();
    expectTypeOf<FlowdockError["status"]>().toEqualTypeOf<number>();
  });

  it("both transports are a Transport, and the client takes either", () => {
    expectTypeOf(createUndiciTransport()).toEqualTypeOf<Transport>();
    expectTypeOf(createNodeTransport({ proxy: "http://proxy:3128" })).toEqualTypeOf<Transport>();
    expectTypeOf<Transport["request"]>().parameter(0).toEqualTypeOf<HttpRequest>();
    expectTypeOf<Transport["request"]>().returns.resolves.toEqualTypeOf<HttpAnswer>();
    expectTypeOf<HttpRequest["signal"]>().toEqualTypeOf<AbortSignal>();
    createFlowdockClient({ flowToken: "t", transport: createNodeTransport() });
  });
});
