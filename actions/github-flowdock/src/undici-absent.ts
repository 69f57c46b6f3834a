// @flowdock-kit/sender imports undici only inside its undici transport, and the action always
// sends through the sender's node:http transport (createNodeTransport), so build.mjs resolves
// `undici` here and its ~310 KB stay out of the bundle. Reaching any of this is a bug, and it says so.
// TODO(issue 12): goes with build.mjs's `absentModules` entry once the bundle marks undici external.
function absent(): never {
  throw new Error(
    "undici is not bundled in the github-flowdock action; send through createNodeTransport",
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
