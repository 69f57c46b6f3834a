import { createHash, timingSafeEqual } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { BlockList, isIP } from "node:net";

const LOOPBACK = new BlockList();
LOOPBACK.addSubnet("127.0.0.0", 8, "ipv4");
LOOPBACK.addAddress("::1", "ipv6");

/** Whether an address is a loopback one (127.0.0.0/8, ::1, or 127.x mapped into IPv6). */
export function isLoopback(address: string | undefined): boolean {
  if (address === undefined) return false;
  return LOOPBACK.check(address, address.includes(":") ? "ipv6" : "ipv4");
}

// Digests have one length whatever the token's, so comparing them reveals nothing by its time.
const digest = (text: string) => createHash("sha256").update(text).digest();

/** The host name of a `Host` header, without its port or IPv6 brackets; undefined when malformed. */
function hostName(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  try {
    return new URL(`http://${value}`).hostname.toLowerCase().replace(/^\[|\]$/g, "");
  } catch {
    return undefined;
  }
}

/**
 * Whether a request's `Host` names this relay as a local client would: `localhost`, an IP address,
 * or the configured `--host`. A page on another name that resolves to 127.0.0.1 (DNS rebinding)
 * sends that name, and is refused.
 */
export function isLocalHostHeader(req: IncomingMessage, listenHost: string): boolean {
  const name = hostName(req.headers.host);
  if (name === undefined) return false;
  return name === "localhost" || isIP(name) !== 0 || name === listenHost.toLowerCase();
}

/**
 * Who may call `/api/*`: with a token, requests bearing it; without one, loopback clients only
 * (the socket's address: a proxy's `X-Forwarded-For` is not trusted).
 */
export function adminAccess(
  req: IncomingMessage,
  token: string | undefined,
  listenHost = "127.0.0.1",
): "allowed" | { status: 401 | 403; message: string } {
  if (token === undefined) {
    if (!isLocalHostHeader(req, listenHost))
      return { status: 403, message: "the Host header does not name this relay" };
    return isLoopback(req.socket.remoteAddress)
      ? "allowed"
      : {
          status: 403,
          message:
            "the admin API answers loopback clients only; start the relay with an admin token",
        };
  }
  const given = /^Bearer +(\S+) *$/i.exec(req.headers.authorization ?? "")?.[1];
  return given !== undefined && timingSafeEqual(digest(given), digest(token))
    ? "allowed"
    : { status: 401, message: "Authorization: Bearer <admin token> is missing or wrong" };
}
