import type { IncomingMessage } from "node:http";

/** A request body read up to a limit: the bytes, or why they were dropped. */
export type ReadBody =
  | { ok: true; body: Buffer }
  | { ok: false; reason: "too_large" | "busy"; drained: boolean };

/**
 * Reads a body of at most `limit` bytes, counting as it streams; `reserve` is asked for each chunk
 * kept, so the server can cap the memory all bodies hold together. A refused body is read on and
 * dropped (so the client sees the answer) up to `drainLimit` bytes; past that the caller closes the
 * connection.
 */
export function readBody(
  req: IncomingMessage,
  limit: number,
  drainLimit = limit * 2,
  reserve: (bytes: number) => boolean = () => true,
): Promise<ReadBody> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers["content-length"]);
    if (Number.isFinite(declared) && declared > drainLimit) {
      resolve({ ok: false, reason: "too_large", drained: false });
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let refused: "too_large" | "busy" | undefined;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > drainLimit) {
        req.off("data", onData);
        req.pause();
        resolve({ ok: false, reason: refused ?? "too_large", drained: false });
        return;
      }
      if (refused !== undefined) return;
      if (size > limit) refused = "too_large";
      else if (!reserve(chunk.length)) refused = "busy";
      else chunks.push(chunk);
      if (refused !== undefined) chunks.length = 0;
    };
    req.on("data", onData);
    req.once("end", () => {
      resolve(
        refused === undefined
          ? { ok: true, body: Buffer.concat(chunks, size) }
          : { ok: false, reason: refused, drained: true },
      );
    });
    req.once("error", reject);
  });
}
