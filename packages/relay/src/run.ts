import { main } from "./cli.js";

/** Runs `flowdock-relay` in this process (what `bin/flowdock-relay.js` calls). */
export async function run(): Promise<number> {
  return main({
    argv: process.argv.slice(2),
    env: process.env,
    stdout: process.stdout,
    stderr: process.stderr,
    onSignal(handler) {
      process.once("SIGTERM", () => handler("SIGTERM"));
      process.once("SIGINT", () => handler("SIGINT"));
    },
  });
}
