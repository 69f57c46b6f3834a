import { createHash } from "node:crypto";

/** Sources are known by this hash so that no token is ever kept, logged or stored. */
export function sourceId(token: string): string {
  return createHash("sha256").update(token).digest("base64url").slice(0, 22);
}
