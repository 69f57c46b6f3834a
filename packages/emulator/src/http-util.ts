import type { IncomingMessage, ServerResponse } from "node:http";
import { BodiesBufferFullError, BodyAbortedError, BodyTooLargeError } from "./errors.js";

/** Bodies above this are refused with 413: Flowdock messages are small. */
const MAX_BODY_BYTES = 1_048_576;
/** Bytes of unfinished bodies the process holds at once: many slow large posts must not fill memory. */
export const MAX_BUFFERED_BODY_BYTES = 32 * MAX_BODY_BYTES;
/** Seconds a client is asked to wait when {@link MAX_BUFFERED_BODY_BYTES} is reached. */
const BUSY_RETRY_AFTER = "1";

let buffered = 0;

/**
 * Reads the whole request body as text, refusing more than {@link MAX_BODY_BYTES}, or any more
 * once all bodies being read hold {@link MAX_BUFFERED_BODY_BYTES}.
 */
export function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const finish = () => {
      if (settled) return false;
      settled = true;
      buffered -= size;
      req.off("data", onData);
      return true;
    };
    const refuse = (error: Error) => {
      if (!finish()) return;
      // Reading on would let a client stream into the emulator for as long as it likes.
      req.pause();
      chunks.length = 0;
      reject(error);
    };
    const onData = (chunk: Buffer) => {
      if (size + chunk.length > MAX_BODY_BYTES)
        return refuse(new BodyTooLargeError("the body is larger than 1 MiB"));
      if (buffered + chunk.length > MAX_BUFFERED_BODY_BYTES)
        return refuse(
          new BodiesBufferFullError("too many large bodies are being received at once"),
        );
      size += chunk.length;
      buffered += chunk.length;
      chunks.push(chunk);
    };
    req.on("data", onData);
    req.on("end", () => {
      if (finish()) resolve(Buffer.concat(chunks).toString("utf8"));
    });
    // A client that goes away (or times out) mid-body gives its share back.
    req.on("close", () => {
      if (finish())
        reject(new BodyAbortedError("the client closed the request before its body was sent"));
    });
    req.on("error", (error) => {
      if (finish())
        reject(
          new BodyAbortedError("the request broke off before its body was sent", { cause: error }),
        );
    });
  });
}

/** Reads the body, answering 413 when it is too large or 503 when the buffer is full (then it resolves to `undefined`). */
export async function readMessageBody(
  req: IncomingMessage,
  res: ServerResponse,
): Promise<string | undefined> {
  try {
    return await readBody(req);
  } catch (error) {
    if (error instanceof BodyTooLargeError) {
      sendTooLarge(res);
      return undefined;
    }
    if (error instanceof BodyAbortedError) {
      res.destroy();
      return undefined;
    }
    if (error instanceof BodiesBufferFullError) {
      sendJson(
        res,
        503,
        { message: "the emulator is receiving too many large bodies; retry shortly" },
        // Closing skips the rest of this body, as for a 413.
        { "retry-after": BUSY_RETRY_AFTER, connection: "close" },
      );
      return undefined;
    }
    throw error;
  }
}

/** What the request log says of a body that was not read: its answer's status, or that the client left. */
export function unreadOutcome(res: ServerResponse): string {
  return res.headersSent
    ? String(res.statusCode)
    : "(closed by the client before its body was sent)";
}

/** Answers with JSON. */
export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(text),
    "cache-control": "no-store",
    ...headers,
  });
  res.end(text);
}

/**
 * `413 {"message":"payload too large"}` with `Connection: close`: Node then closes the socket once
 * the answer is written, so the rest of the body is never read.
 */
export function sendTooLarge(res: ServerResponse): void {
  sendJson(res, 413, { message: "payload too large" }, { connection: "close" });
}

/** `{"message":"Validation error","errors":{…}}` with status 400, as Flowdock answered. */
export function sendValidationError(res: ServerResponse, errors: Record<string, string[]>): void {
  sendJson(res, 400, { message: "Validation error", errors });
}

/** `{"message":"not found"}` with status 404. */
export function sendNotFound(res: ServerResponse): void {
  sendJson(res, 404, { message: "not found" });
}

/** `{"message":"method not allowed"}` with status 405 and the methods the path takes. */
export function sendMethodNotAllowed(res: ServerResponse, allow: string): void {
  sendJson(res, 405, { message: "method not allowed" }, { allow });
}

/** Whether the client asked for JSON rather than a page. */
export function wantsJson(req: IncomingMessage): boolean {
  return (req.headers.accept ?? "").includes("application/json");
}
