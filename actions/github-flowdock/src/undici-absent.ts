// @flowdock-kit/sender loads undici only to build its own connection pool. The action always hands
// the sender a dispatcher (node-transport.ts), so build.mjs resolves `undici` here and its ~310 KB
// stay out of the bundle. Reaching any of this is a bug, and it says so.
function absent(): never {
  throw new Error(
    "undici is not bundled in the github-flowdock action; the sender must be given a dispatcher",
  );
}

/** Stands in for undici's `Agent`. */
export class Agent {
  constructor() {
    absent();
  }
}

/** Stands in for undici's `EnvHttpProxyAgent`. */
export class EnvHttpProxyAgent extends Agent {}

/** Stands in for undici's `ProxyAgent`. */
export class ProxyAgent extends Agent {}

/** Stands in for undici's `request`. */
export const request = absent;
