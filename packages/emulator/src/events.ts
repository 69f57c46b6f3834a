import type { ServerResponse } from "node:http";

/** A client with this much unsent data has stopped reading; it is dropped, and reconnects afresh. */
const MAX_BUFFERED_BYTES = 1_048_576;
/** Open streams at once; each holds a socket and up to {@link MAX_BUFFERED_BYTES}. */
export const MAX_CLIENTS = 64;

const STREAM_HEADERS = {
  "content-type": "text/event-stream; charset=utf-8",
  "cache-control": "no-store",
  connection: "keep-alive",
  "x-accel-buffering": "no",
};

/** What `HEAD /events` answers: a stream's head, without taking a place among the streams. */
export function sendStreamHead(res: ServerResponse): void {
  res.writeHead(200, STREAM_HEADERS).end();
}

/** Open `GET /events` streams; each gets every update as a Server-Sent Event. */
export class EventHub {
  readonly #clients = new Set<ServerResponse>();
  readonly #onDrop: (reason: string) => void;
  #heartbeat: NodeJS.Timeout | undefined;

  constructor(onDrop: (reason: string) => void = () => {}) {
    this.#onDrop = onDrop;
  }

  get size(): number {
    return this.#clients.size;
  }

  /**
   * Starts a stream. When {@link MAX_CLIENTS} are open the oldest is ended (its page reconnects),
   * so idle or abandoned streams cannot keep a page that is being looked at from going live.
   */
  add(res: ServerResponse): void {
    const oldest =
      this.#clients.size >= MAX_CLIENTS ? this.#clients.values().next().value : undefined;
    if (oldest !== undefined) {
      this.#clients.delete(oldest);
      // Destroyed, not ended: an ended stream would keep its socket open for keep-alive.
      oldest.destroy();
      this.#onDrop(`more than ${MAX_CLIENTS} live pages are open; the oldest was disconnected`);
    }
    res.writeHead(200, STREAM_HEADERS);
    res.write("retry: 2000\n\n");
    this.#clients.add(res);
    res.on("close", () => this.#clients.delete(res));
    // Comments keep idle connections open through proxies; the timer must not hold the process.
    this.#heartbeat ??= setInterval(() => this.#write(": ping\n\n"), 15_000).unref();
  }

  send(event: string, data: unknown): void {
    if (this.#clients.size === 0) return;
    this.#write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  }

  #write(frame: string): void {
    for (const client of this.#clients) {
      if (client.writableLength > MAX_BUFFERED_BYTES) {
        // Buffering more for a client that does not read would grow the heap without bound.
        this.#clients.delete(client);
        client.destroy();
        this.#onDrop("a live page fell behind and was disconnected");
        continue;
      }
      client.write(frame);
    }
  }

  close(): void {
    clearInterval(this.#heartbeat);
    for (const client of this.#clients) client.end();
    this.#clients.clear();
  }
}
