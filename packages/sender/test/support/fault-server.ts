import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";

/** What the server does with one request. */
export type Fault =
  | { kind: "answer"; status: number; body?: string; headers?: Record<string, string> }
  /** Resets the connection after the first bytes of the body: the message never arrives. */
  | { kind: "reset-mid-request" }
  /** Stores the message, then resets the connection: delivered, but the client hears nothing. */
  | { kind: "reset-after-store" }
  /** Reads the request and never answers. */
  | { kind: "silent" }
  /** Sends the status line and part of the body, then stalls. */
  | { kind: "stall-body" };

/** A message the server stored, with the socket it came on. */
export interface Stored {
  uuid: string;
  body: Record<string, unknown>;
}

/**
 * A small Flowdock stand-in on 127.0.0.1 with faults on demand. `plan(n)` decides what request
 * number `n` (from 0) gets; a message stored twice under the same uuid counts as a duplicate.
 */
export async function startFaultServer(
  plan: (n: number) => Fault = () => ({ kind: "answer", status: 202 }),
) {
  const stored = new Map<string, Stored>();
  const order: Stored[] = [];
  const sockets = new Set<Socket>();
  let duplicates = 0;
  let requests = 0;
  let connections = 0;

  const store = (body: Record<string, unknown>) => {
    const uuid = String(body.uuid);
    if (stored.has(uuid)) {
      duplicates++;
      return;
    }
    const entry = { uuid, body };
    stored.set(uuid, entry);
    order.push(entry);
  };

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const fault = plan(requests++);
    if (fault.kind === "reset-mid-request") {
      req.once("data", () => req.socket.resetAndDestroy());
      return;
    }
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as Record<string, unknown>;
      if (fault.kind === "silent") return;
      if (fault.kind === "stall-body") {
        res.writeHead(202, { "content-type": "application/json", "content-length": "100" });
        res.write('{"id":');
        return;
      }
      if (fault.kind === "reset-after-store") {
        store(body);
        req.socket.resetAndDestroy();
        return;
      }
      if (fault.status >= 200 && fault.status < 300) store(body);
      res.writeHead(fault.status, { "content-type": "application/json", ...fault.headers });
      res.end(fault.body ?? "{}");
    });
  };

  const server = createServer(handle);
  server.on("connection", (socket) => {
    connections++;
    sockets.add(socket);
    socket.once("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    stored,
    order,
    get duplicates() {
      return duplicates;
    },
    get requests() {
      return requests;
    },
    get connections() {
      return connections;
    },
    /** Sockets open right now. */
    get openSockets() {
      return sockets.size;
    },
    /** Resolves when no socket is open any more. */
    async allSocketsClosed() {
      await Promise.all(
        [...sockets].map((socket) => new Promise((resolve) => socket.once("close", resolve))),
      );
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
