import type { IncomingMessage } from "node:http";

/** A request body read up to a limit: the bytes, or why they were dropped. */
export type ReadBody =
  | { ok: true; body: Buffer }
  | { ok: false; reason: "too_large" | "busy" | "timeout"; drained: boolean };

/**
 * Reads a body of at most `limit` bytes, counting as it streams; `reserve` is asked for each chunk
 * kept, so the server can cap the memory all bodies hold together. A refused body is read on and
 * dropped (so the client sees the answer) up to `drainLimit` bytes; past that the caller closes the
 * connection. A body over `slow.bytes` must arrive whole within `slow.timeoutMs` of passing that
 * size (or of its start, when its length says it will).
 */
export function readBody(
  req: IncomingMessage,
  limit: number,
  drainLimit = limit * 2,
  reserve: (bytes: number) => boolean = () => true,
  slow?: { bytes: number; timeoutMs: number },
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
    let timer: NodeJS.Timeout | undefined;
    const stop = (result: ReadBody) => {
      clearTimeout(timer);
      req.off("data", onData);
      req.pause();
      chunks.length = 0;
      resolve(result);
    };
    const startTimer = () => {
      if (slow === undefined || timer !== undefined) return;
      timer = setTimeout(
        () => stop({ ok: false, reason: "timeout", drained: false }),
        slow.timeoutMs,
      );
    };
    if (slow !== undefined && Number.isFinite(declared) && declared > slow.bytes) startTimer();
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > drainLimit) {
        stop({ ok: false, reason: refused ?? "too_large", drained: false });
        return;
      }
      if (slow !== undefined && size > slow.bytes) startTimer();
      if (refused !== undefined) return;
      if (size > limit) refused = "too_large";
      else if (!reserve(chunk.length)) refused = "busy";
      else chunks.push(chunk);
      if (refused !== undefined) chunks.length = 0;
    };
    req.on("data", onData);
    req.once("end", () => {
      clearTimeout(timer);
      resolve(
        refused === undefined
          ? { ok: true, body: Buffer.concat(chunks, size) }
          : { ok: false, reason: refused, drained: true },
      );
    });
    req.once("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}
