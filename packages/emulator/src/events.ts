import type { ServerResponse } from "node:http";

/** Open `GET /events` streams; each gets every update as a Server-Sent Event. */
export class EventHub {
  readonly #clients = new Set<ServerResponse>();
  #heartbeat: NodeJS.Timeout | undefined;

  get size(): number {
    return this.#clients.size;
  }

  add(res: ServerResponse): void {
    res.writeHead(200, {
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-store",
      connection: "keep-alive",
      "x-accel-buffering": "no",
    });
    res.write("retry: 2000\n\n");
    this.#clients.add(res);
    res.on("close", () => this.#clients.delete(res));
    // Comments keep idle connections open through proxies; the timer must not hold the process.
    this.#heartbeat ??= setInterval(() => {
      for (const client of this.#clients) client.write(": ping\n\n");
    }, 15_000).unref();
  }

  send(event: string, data: unknown): void {
    if (this.#clients.size === 0) return;
    const frame = `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
    for (const client of this.#clients) client.write(frame);
  }

  close(): void {
    clearInterval(this.#heartbeat);
    for (const client of this.#clients) client.end();
    this.#clients.clear();
  }
}
