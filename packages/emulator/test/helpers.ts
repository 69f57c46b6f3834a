import { mkdtemp, rm } from "node:fs/promises";
import { request as httpRequest } from "node:http";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Emulator, type EmulatorOptions, startEmulator } from "../src/index.ts";

export const TOKEN = "tok-main-0123456789abcdef";
export const OTHER_TOKEN = "tok-ops-fedcba9876543210";

/** A minimal valid activity that starts (or updates) the thread `external_thread_id`. */
export function activity(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    flow_token: TOKEN,
    event: "activity",
    author: { name: "octocat", avatar: "https://avatars.example.com/octocat.png" },
    title: "opened pull request",
    external_thread_id: "github:octo-org/octo-repo:pull:42",
    thread: {
      title: "Fix the flux capacitor",
      external_url: "https://github.com/octo-org/octo-repo/pull/42",
      status: { color: "green", value: "open" },
      fields: [{ label: "Branch", value: "fix-flux" }],
      actions: [
        {
          "@type": "ViewAction",
          name: "Diff",
          url: "https://github.com/octo-org/octo-repo/pull/42/files",
        },
      ],
    },
    ...overrides,
  };
}

export interface Answer {
  status: number;
  headers: Headers;
  body: unknown;
  text: string;
}

/** Posts JSON (or a raw string with its content type) and reads the answer. */
export async function post(
  url: string,
  body: unknown,
  init: { headers?: Record<string, string>; contentType?: string } = {},
): Promise<Answer> {
  const response = await fetch(url, {
    method: "POST",
    headers: {
      "content-type": init.contentType ?? "application/json",
      accept: "application/json",
      ...init.headers,
    },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  return read(response);
}

export async function get(url: string): Promise<Answer> {
  return read(await fetch(url, { headers: { accept: "application/json" } }));
}

export async function request(url: string, method: string, body?: unknown): Promise<Answer> {
  return read(
    await fetch(url, {
      method,
      headers: { "content-type": "application/json" },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    }),
  );
}

async function read(response: Response): Promise<Answer> {
  const text = await response.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {}
  return { status: response.status, headers: response.headers, body, text };
}

/** Starts an emulator with two flows for a test file; stop it in afterEach/afterAll. */
export function start(options: EmulatorOptions = {}): Promise<Emulator> {
  return startEmulator({
    flows: [
      { name: "main", token: TOKEN },
      { name: "ops", token: OTHER_TOKEN },
    ],
    ...options,
  });
}

/** Sends `head` (and `body`) as they are over a socket and resolves with the whole answer. */
export function raw(url: string, head: string, body = ""): Promise<string> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect({ host: hostname, port: Number(port) }, () => {
      socket.end(
        `${head}\r\nconnection: close\r\ncontent-length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
      );
    });
    let text = "";
    socket.setEncoding("utf8");
    socket.on("data", (chunk: string) => {
      text += chunk;
    });
    socket.on("end", () => resolve(text));
    socket.on("error", reject);
  });
}

/**
 * Sends a request with a `Host` (and `Origin`) of the test's choosing, as another site would; an
 * event stream is cut after its head and answers an empty text.
 */
export function requestAs(
  url: string,
  method: string,
  headers: Record<string, string>,
  body = "",
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      url,
      { method, headers: { "content-type": "application/json", ...headers } },
      (res) => {
        if (res.headers["content-type"]?.startsWith("text/event-stream")) {
          res.destroy();
          resolve({ status: res.statusCode ?? 0, text: "" });
          return;
        }
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => {
          text += chunk;
        });
        res.on("end", () => resolve({ status: res.statusCode ?? 0, text }));
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

/** Both stores: tests that run under each answer the same, in memory and in SQLite. */
export const STORES = ["in memory", "in SQLite"] as const;

/** Starts an emulator on the given store (a fresh temporary folder for SQLite). */
export async function startOn(
  store: (typeof STORES)[number],
  options: EmulatorOptions = {},
): Promise<Emulator> {
  if (store === "in memory") return start(options);
  const dataDir = await mkdtemp(join(tmpdir(), "flowdock-emulator-store-"));
  const emulator = await start({ dataDir, ...options });
  const close = emulator.close.bind(emulator);
  emulator.close = async () => {
    await close();
    await rm(dataDir, { recursive: true, force: true });
  };
  return emulator;
}
