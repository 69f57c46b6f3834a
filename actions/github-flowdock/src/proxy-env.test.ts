import { describe, expect, it } from "vitest";
import { proxyFor } from "./proxy-env.js";

const api = new URL("https://api.flowdock.com/messages");
const local = new URL("http://127.0.0.1:8080/messages");

describe("proxyFor", () => {
  it("uses no proxy when none is set", () => {
    expect(proxyFor(api, {})).toBeUndefined();
  });

  it("reads HTTPS_PROXY for https and HTTP_PROXY for http, lower case first", () => {
    const env = { HTTPS_PROXY: "http://secure:3128", http_proxy: "http://plain:3128" };
    expect(proxyFor(api, env)?.href).toBe("http://secure:3128/");
    expect(proxyFor(local, env)?.href).toBe("http://plain:3128/");
    expect(proxyFor(api, { https_proxy: "http://a:1", HTTPS_PROXY: "http://b:2" })?.host).toBe(
      "a:1",
    );
  });

  it("falls back to HTTP_PROXY for https, and takes a proxy without a scheme", () => {
    expect(proxyFor(api, { HTTP_PROXY: "proxy.corp:8080" })?.href).toBe("http://proxy.corp:8080/");
  });

  it("keeps the proxy's credentials for the tunnel", () => {
    const proxy = proxyFor(api, { HTTPS_PROXY: "http://user:p%40ss@proxy:3128" });
    expect([proxy?.username, proxy?.password]).toEqual(["user", "p%40ss"]);
  });

  it.each([
    ["*", api, true],
    ["flowdock.com", api, true],
    [".flowdock.com", api, true],
    ["*.flowdock.com", api, true],
    ["api.flowdock.com:443", api, true],
    ["api.flowdock.com:8443", api, false],
    ["lowdock.com", api, false],
    ["localhost, 127.0.0.1", local, true],
    ["127.0.0.1:9999", local, false],
    ["example.com api.flowdock.com", api, true],
  ])("NO_PROXY=%s bypasses %s: %s", (noProxy, url, bypass) => {
    const proxy = proxyFor(url, {
      HTTPS_PROXY: "http://p:1",
      HTTP_PROXY: "http://p:1",
      NO_PROXY: noProxy,
    });
    expect(proxy === undefined).toBe(bypass);
  });
});
