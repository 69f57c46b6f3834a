import type { IncomingMessage, ServerResponse } from "node:http";
import { BodyTooLargeError } from "./errors.js";

/** Bodies above this are refused with 413: Flowdock messages are small. */
const MAX_BODY_BYTES = 1_048_576;

/** Reads the whole request body as text, refusing more than {@link MAX_BODY_BYTES}. */
export function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        // Reading on would let a client stream into the emulator for as long as it likes.
        req.off("data", onData);
        req.pause();
        reject(new BodyTooLargeError("the body is larger than 1 MiB"));
        return;
      }
      chunks.push(chunk);
    };
    req.on("data", onData);
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

/** Reads the body, answering 413 when it is too large (then it resolves to `undefined`). */
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
    throw error;
  }
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
