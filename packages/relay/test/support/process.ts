import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { cleanup } from "./relay.js";

const BIN = fileURLToPath(new URL("../../bin/flowdock-relay.js", import.meta.url));
const DIST = fileURLToPath(new URL("../../dist/run.js", import.meta.url));

/** A `flowdock-relay` process. */
export interface RelayProcess {
  url: string;
  child: ChildProcess;
  /** Resolves with the exit code (or signal) once the process has ended. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Everything it wrote on stderr so far. */
  stderr: () => string;
}

/** Starts `flowdock-relay` as a user would, and waits for the URL on its first stdout line. */
export async function spawnRelay(
  args: string[],
  env: Record<string, string>,
): Promise<RelayProcess> {
  if (!existsSync(DIST))
    throw new Error("build the relay first: npx turbo run build --filter=@flowdock-kit/relay");
  const child = spawn(process.execPath, [BIN, "--port", "0", ...args], {
    env: { PATH: process.env.PATH ?? "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let err = "";
  child.stderr?.setEncoding("utf8").on("data", (chunk: string) => {
    err += chunk;
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal })),
  );
  cleanup.push(async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    await exited;
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = "";
    child.stdout?.setEncoding("utf8").on("data", (chunk: string) => {
      out += chunk;
      const newline = out.indexOf("\n");
      if (newline !== -1) resolve(out.slice(0, newline));
    });
    exited.then(({ code }) =>
      reject(new Error(`flowdock-relay exited (${code}) before its URL:\n${err}`)),
    );
  });
  return { url, child, exited, stderr: () => err };
}
