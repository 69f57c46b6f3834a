import { createHash, timingSafeEqual } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { BlockList } from "node:net";

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

/**
 * Who may call `/api/*`: with a token, requests bearing it; without one, loopback clients only
 * (the socket's address: a proxy's `X-Forwarded-For` is not trusted).
 */
export function adminAccess(
  req: IncomingMessage,
  token: string | undefined,
): "allowed" | { status: 401 | 403; message: string } {
  if (token === undefined) {
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
