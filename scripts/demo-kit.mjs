// What `npm start` and the relay's `npm run demo` share: a turbo build of what they run, and an
// emulator on the usual port (or a free one) holding the one demo flow.
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

/** Grey on a terminal: progress that is not the point. */
export const dim = (text) => (process.stderr.isTTY ? `\x1b[2m${text}\x1b[0m` : text);

/** Builds the turbo `filters` (cached after the first run) or exits with turbo's status. */
export function build(filters, what) {
  // Set by the tests that run a demo: turbo has built everything, and a second turbo would restore
  // dist/ files under the other packages' running tests.
  // biome-ignore lint/suspicious/noUndeclaredEnvVars: the demos are not turbo tasks
  if (process.env.FLOWDOCK_DEMO_BUILT === "1") return;
  // Progress goes to stderr so that the inbox URL is the first line on stdout.
  process.stderr.write(dim(`Building ${what} (turbo; cached after the first run)…\n`));
  const result = spawnSync(
    "npx",
    [
      "turbo",
      "run",
      "build",
      ...filters.map((filter) => `--filter=${filter}`),
      "--output-logs=errors-only",
      "--ui=stream",
    ],
    {
      cwd: root,
      stdio: ["ignore", "ignore", "inherit"],
      env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1" },
    },
  );
  if (result.status !== 0) {
    console.error("The build failed; see the errors above (run `npm ci` first on a fresh clone).");
    process.exit(result.status ?? 1);
  }
}

/** The emulator with flow `flow` on `$PORT` or 8080, or on a free port when that one is busy. */
export async function startDemoEmulator({ flow, token }) {
  const { startEmulator } = await import("@flowdock-kit/emulator");
  const options = { host: "127.0.0.1", flows: [{ name: flow, token }] };
  // biome-ignore lint/suspicious/noUndeclaredEnvVars: the demos are not turbo tasks
  const port = Number(process.env.PORT || 8080);
  try {
    return await startEmulator({ ...options, port });
  } catch (error) {
    if (error?.code !== "EADDRINUSE" && error?.cause?.code !== "EADDRINUSE") throw error;
    process.stderr.write(dim(`Port ${port} is busy; using a free one.\n`));
    return startEmulator({ ...options, port: 0 });
  }
}
