import { closeSync, fstatSync, openSync, readSync } from "node:fs";

// The bundle's node:crypto. The action needs one thing from it, random UUIDs (the toolkit's
// GITHUB_OUTPUT delimiters, the sender's message uuid), and loading node:crypto costs ~5 ms of every
// start: 38 internal modules and OpenSSL's set-up. The kernel's generator, which node:crypto draws
// from too, is one read away where there is a /dev/urandom (Linux and macOS runners); elsewhere
// (Windows) node:crypto is loaded after all.

type UUID = `${string}-${string}-${string}-${string}-${string}`;

/** A version 4 UUID (RFC 9562) from the operating system's cryptographic random generator. */
export function randomUUID(): UUID {
  // On Windows "/dev/urandom" would name a file on the current drive, which anyone could write.
  return randomUUIDFrom(process.platform === "win32" ? undefined : "/dev/urandom");
}

/** A version 4 UUID from 16 bytes of `device`, or from node:crypto when that cannot be read. */
export function randomUUIDFrom(device: string | undefined): UUID {
  const bytes = device === undefined ? undefined : readRandom(device, 16);
  if (!bytes) {
    const crypto = process.getBuiltinModule("node:crypto") as typeof import("node:crypto");
    return crypto.randomUUID();
  }
  bytes.writeUInt8((bytes.readUInt8(6) & 0x0f) | 0x40, 6); // version 4
  bytes.writeUInt8((bytes.readUInt8(8) & 0x3f) | 0x80, 8); // variant 10
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * `size` bytes from `device`, or undefined when it is not a character device (a regular file
 * there gives the same bytes every time) or cannot be read in full.
 */
function readRandom(device: string, size: number): Buffer | undefined {
  let fd: number;
  try {
    fd = openSync(device, "r");
  } catch {
    return undefined;
  }
  try {
    if (!fstatSync(fd).isCharacterDevice()) return undefined;
    const bytes = Buffer.alloc(size);
    for (let filled = 0; filled < size; ) {
      const read = readSync(fd, bytes, filled, size - filled, null);
      if (read === 0) return undefined;
      filled += read;
    }
    return bytes;
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}
