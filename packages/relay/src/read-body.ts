import type { IncomingMessage } from "node:http";

/** A request body read up to a limit: the bytes, or how far it went over. */
export type ReadBody = { ok: true; body: Buffer } | { ok: false; tooLarge: true; drained: boolean };

/**
 * Reads a body of at most `limit` bytes, counting as it streams. A larger one is read on and
 * dropped (so the client sees the 413) up to `drainLimit` bytes; past that the caller closes the
 * connection.
 */
export function readBody(
  req: IncomingMessage,
  limit: number,
  drainLimit = limit * 2,
): Promise<ReadBody> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers["content-length"]);
    if (Number.isFinite(declared) && declared > drainLimit) {
      resolve({ ok: false, tooLarge: true, drained: false });
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > drainLimit) {
        req.off("data", onData);
        req.pause();
        resolve({ ok: false, tooLarge: true, drained: false });
        return;
      }
      if (size > limit) {
        tooLarge = true;
        chunks.length = 0;
        return;
      }
      if (!tooLarge) chunks.push(chunk);
    };
    req.on("data", onData);
    req.once("end", () => {
      resolve(
        tooLarge
          ? { ok: false, tooLarge: true, drained: true }
          : { ok: true, body: Buffer.concat(chunks, size) },
      );
    });
    req.once("error", reject);
  });
}
