// What @flowdock-kit/sender takes from undici (`request` and the dispatchers: `Agent`,
// `EnvHttpProxyAgent`, `ProxyAgent`, with `Pool` and `Client` that they are made of), assembled
// from undici's own modules. A name missing here is `undefined` in the bundle: the end-to-end tests
// send through every path, so they catch it. undici's index also loads fetch, WebSocket, caches, mocks
// and more: ~520 KB the action never runs. build.mjs resolves `undici` here for the bundle only.
import api from "undici/lib/api/index.js";
import errors from "undici/lib/core/errors.js";
import util from "undici/lib/core/util.js";
import Agent from "undici/lib/dispatcher/agent.js";
import Client from "undici/lib/dispatcher/client.js";
import Dispatcher from "undici/lib/dispatcher/dispatcher.js";
import EnvHttpProxyAgent from "undici/lib/dispatcher/env-http-proxy-agent.js";
import Pool from "undici/lib/dispatcher/pool.js";
import ProxyAgent from "undici/lib/dispatcher/proxy-agent.js";
import globalDispatcher from "undici/lib/global.js";

Object.assign(Dispatcher.prototype, api);

// undici's `request` (index.js `makeDispatcher(api.request)`), unchanged.
export function request(url, opts, handler) {
  if (typeof opts === "function") {
    handler = opts;
    opts = null;
  }
  if (!url || (typeof url !== "string" && typeof url !== "object" && !(url instanceof URL))) {
    throw new errors.InvalidArgumentError("invalid url");
  }
  if (opts != null && typeof opts !== "object") {
    throw new errors.InvalidArgumentError("invalid opts");
  }
  if (opts?.path != null) {
    if (typeof opts.path !== "string") throw new errors.InvalidArgumentError("invalid opts.path");
    const path = opts.path.startsWith("/") ? opts.path : `/${opts.path}`;
    url = new URL(util.parseOrigin(url).origin + path);
  } else {
    if (!opts) opts = typeof url === "object" ? url : {};
    url = util.parseURL(url);
  }
  const { agent, dispatcher = globalDispatcher.getGlobalDispatcher() } = opts;
  if (agent)
    throw new errors.InvalidArgumentError("unsupported opts.agent. Did you mean opts.client?");
  return api.request.call(
    dispatcher,
    {
      ...opts,
      origin: url.origin,
      path: url.search ? `${url.pathname}${url.search}` : url.pathname,
      method: opts.method || (opts.body ? "PUT" : "GET"),
    },
    handler,
  );
}

export { Agent, Client, Dispatcher, EnvHttpProxyAgent, errors, Pool, ProxyAgent };
