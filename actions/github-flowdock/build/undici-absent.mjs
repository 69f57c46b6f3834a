// @flowdock-kit/sender loads undici only to build its own connection pool. The action always hands
// the sender a dispatcher (src/node-transport.ts), so undici (~310 KB) is left out of the bundle and
// this stands in for it: reaching it is a bug, and it says so.
function absent() {
  throw new Error(
    "undici is not bundled in the github-flowdock action; the sender must be given a dispatcher",
  );
}

export class Agent {
  constructor() {
    absent();
  }
}
export class EnvHttpProxyAgent extends Agent {}
export class ProxyAgent extends Agent {}
export const request = absent;
