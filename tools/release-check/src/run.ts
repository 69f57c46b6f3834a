import { execFile } from "node:child_process";
import { CommandError } from "./errors.js";

/** What a finished command printed. */
export interface RunResult {
  stdout: string;
  stderr: string;
}

/** Options for {@link run}. */
export interface RunOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  input?: string;
}

/** Runs a command without a shell; rejects with a {@link CommandError} when it exits non-zero. */
export function run(command: string, args: readonly string[], options: RunOptions = {}) {
  return new Promise<RunResult>((resolve, reject) => {
    const child = execFile(
      command,
      args,
      { cwd: options.cwd, env: options.env, maxBuffer: 64 * 1024 * 1024, encoding: "utf8" },
      (error, stdout, stderr) => {
        if (error) {
          const code = typeof error.code === "number" ? error.code : null;
          const line = [command, ...args].join(" ");
          reject(new CommandError(line, code, stdout, stderr, { cause: error }));
        } else {
          resolve({ stdout, stderr });
        }
      },
    );
    if (options.input !== undefined) child.stdin?.end(options.input);
  });
}

/** A function with the shape of {@link run}, so callers can be handed a fake. */
export type Runner = typeof run;
