import type { Readable } from "node:stream";

/** Largest answer read; Flowdock's are a few hundred bytes, anything bigger is cut. */
export const MAX_ANSWER_BYTES = 1 << 20;

/** A body stream as UTF-8 text, at most {@link MAX_ANSWER_BYTES} of it; `signal` cuts it short. */
export async function readBody(body: Readable, signal: AbortSignal): Promise<string> {
  const stop = () => body.destroy(signal.reason as Error);
  if (signal.aborted) stop();
  else signal.addEventListener("abort", stop, { once: true });
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of body as AsyncIterable<Buffer | string>) {
      const bytes = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
      chunks.push(bytes);
      size += bytes.length;
      if (size >= MAX_ANSWER_BYTES) {
        body.destroy();
        break;
      }
    }
  } catch (error) {
    throw signal.aborted ? signal.reason : error;
  } finally {
    signal.removeEventListener("abort", stop);
  }
  return Buffer.concat(chunks).subarray(0, MAX_ANSWER_BYTES).toString("utf8");
}

/** Node's and undici's header objects as one string per lower-case name. */
export function flatHeaders(
  headers: Record<string, string | string[] | undefined>,
): Record<string, string | undefined> {
  const flat: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(headers)) {
    flat[name.toLowerCase()] = Array.isArray(value) ? value.join(", ") : value;
  }
  return flat;
}
