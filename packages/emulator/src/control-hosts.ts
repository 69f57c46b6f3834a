import type { IncomingMessage } from "node:http";
import { isIP } from "node:net";

const LOOPBACK = new Set(["127.0.0.1", "::1", "localhost"]);
const WILDCARD = new Set(["0.0.0.0", "::", ""]);

function hostOf(value: string): string | undefined {
  try {
    return new URL(`http://${value}`).host.toLowerCase();
  } catch {
    return undefined;
  }
}

function bare(host: string): string {
  const colon = host.lastIndexOf(":");
  const name = colon > host.lastIndexOf("]") ? host.slice(0, colon) : host;
  return name.replace(/^\[|\]$/g, "");
}

/**
 * Decides whether a request may see the inbox, the read API and the test controls. A page on
 * another host name that resolves to the emulator (DNS rebinding) sends that name as `Host`, so
 * only the address the emulator listens on, `localhost` when that is a loopback address, IP
 * literals when it listens on every interface, and host names the user configured are let
 * through, in `Host` and `Origin`.
 */
export function controlHosts(
  listenHost: string,
  port: number,
  allowed: readonly string[] = [],
): (req: IncomingMessage) => boolean {
  const names = new Set<string>();
  const add = (name: string) => {
    const host = hostOf(
      `${name.includes(":") && !name.startsWith("[") ? `[${name}]` : name}:${port}`,
    );
    if (host) names.add(host);
  };
  add(listenHost);
  if (LOOPBACK.has(listenHost)) for (const name of LOOPBACK) add(name);
  for (const name of allowed) {
    const withPort = hostOf(name);
    if (withPort?.includes(":") && !withPort.endsWith("]")) names.add(withPort);
    else add(name);
  }
  const anyIp = WILDCARD.has(listenHost);
  const ok = (value: string | undefined): boolean => {
    if (value === undefined) return false;
    const host = hostOf(value);
    if (host === undefined) return false;
    if (names.has(host)) return true;
    return anyIp && isIP(bare(host)) !== 0 && host.endsWith(`:${port}`);
  };
  return (req) => {
    if (!ok(req.headers.host)) return false;
    const origin = req.headers.origin;
    if (origin === undefined) return true;
    try {
      return ok(new URL(origin).host);
    } catch {
      return false;
    }
  };
}
